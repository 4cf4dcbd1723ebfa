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

/** The session token this browser sent, if any. */
export async function browserSessionToken(): Promise<string | null> {
  return (await cookies()).get(sessionCookieName(await requestOrigin()))?.value ?? null;
}

/**
 * Ends the session `previousToken` names once an OAuth callback has set a new one (the
 * sign-in completed): a replayed, stale or forged callback sets none and leaves it alone.
 */
export async function endSessionReplacedBy(previousToken: string | null, response: Response): Promise<boolean> {
  if (!previousToken) return false;
  const name = sessionCookieName(await requestOrigin());
  const setsNew = response.headers.getSetCookie().some((cookie) => {
    const [pair = ""] = cookie.split(";");
    const eq = pair.indexOf("=");
    return pair.slice(0, eq).trim() === name && pair.slice(eq + 1).trim() !== "" && pair.slice(eq + 1).trim() !== previousToken;
  });
  if (setsNew) await db.session.deleteMany({ where: { tokenHash: sha256(previousToken) } });
  return setsNew;
}
