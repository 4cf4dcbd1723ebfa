import "server-only";
import type { Role } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";

/** The caller's role in a team, or null when they are not a member. Read on every call. */
export async function findMembershipRole({ userId, teamId }: { userId: string; teamId: string }): Promise<Role | null> {
  const membership = await db.membership.findUnique({ where: { teamId_userId: { teamId, userId } }, select: { role: true } });
  return membership?.role ?? null;
}
