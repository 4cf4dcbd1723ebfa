import "server-only";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { cache } from "react";
import { sha256 } from "@/lib/crypto/hash";
import { db } from "@/lib/db/client";
import { requestOrigin, sessionCookieName } from "@/lib/origin";

export type CurrentUser = {
  id: string;
  name: string;
  username: string;
  image: string | null;
  sessionId: string;
  /** When this session was created: the person's last sign-in (a re-sign-in replaces the session). */
  signedInAt: Date;
};

/** The signed-in person for this request, or null. Reads the database session directly. */
export const getCurrentUser = cache(async (): Promise<CurrentUser | null> => {
  const token = (await cookies()).get(sessionCookieName(await requestOrigin()))?.value;
  if (!token) return null;
  const session = await db.session.findUnique({ where: { tokenHash: sha256(token) }, include: { user: true } });
  if (!session || session.expires.getTime() <= Date.now()) return null;
  const { user } = session;
  return { id: user.id, name: user.name, username: user.username, image: user.image, sessionId: session.id, signedInAt: session.createdAt };
});

/** The signed-in person, or a redirect to sign-in that comes back to `returnTo`. */
export async function requireUser(returnTo: string): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (!user?.id) redirect(`/signin?callbackUrl=${encodeURIComponent(returnTo)}`);
  return user;
}

/**
 * Ends the session this browser holds, if any. Used before an OAuth callback is handled,
 * so a new sign-in never links its Twitter account to whoever was signed in before.
 */
export async function endBrowserSession(): Promise<void> {
  const token = (await cookies()).get(sessionCookieName(await requestOrigin()))?.value;
  if (token) await db.session.deleteMany({ where: { tokenHash: sha256(token) } });
}
