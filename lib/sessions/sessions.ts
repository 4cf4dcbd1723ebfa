import "server-only";
import { db } from "@/lib/db/client";

export type SessionSummary = { id: string; userAgent: string | null; createdAt: Date; lastSeenAt: Date; isCurrent: boolean };

/** A user's live sessions, newest activity first. */
export async function findSessions({ userId, currentSessionId }: { userId: string; currentSessionId: string }): Promise<SessionSummary[]> {
  const rows = await db.session.findMany({ where: { userId, expires: { gt: new Date() } }, orderBy: { lastSeenAt: "desc" } });
  return rows.map((r) => ({ id: r.id, userAgent: r.userAgent, createdAt: r.createdAt, lastSeenAt: r.lastSeenAt, isCurrent: r.id === currentSessionId }));
}

/** Ends one of the user's sessions; returns false when it is not theirs or already gone. */
export async function deleteSession({ userId, sessionId }: { userId: string; sessionId: string }): Promise<boolean> {
  const { count } = await db.session.deleteMany({ where: { id: sessionId, userId } });
  return count === 1;
}

/** Ends every session of the user except the current one; returns how many ended. */
export async function deleteOtherSessions({ userId, currentSessionId }: { userId: string; currentSessionId: string }): Promise<number> {
  const { count } = await db.session.deleteMany({ where: { userId, id: { not: currentSessionId } } });
  return count;
}
