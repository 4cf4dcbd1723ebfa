import "server-only";
import { db as defaultDb, type Db } from "@/lib/db/client";

/** A practice account nobody used is kept this long after it was made. */
export const PRACTICE_ACCOUNT_RETENTION_MS = 7 * 24 * 3600_000;
/** Accounts deleted per batch, and batches per run, so one run stays short. */
const BATCH = 500;
const MAX_BATCHES = 20;

/**
 * Deletes practice accounts that nobody is using (housekeeping), so a shared demo's
 * account limit (SANDBOX_LIMITS.accounts) frees up again. An account is unused when it was
 * made more than PRACTICE_ACCOUNT_RETENTION_MS ago, nobody signed in to Perch with it
 * (a Perch user's Twitter id is the account's id), it holds no OAuth 1.0a Access Token, and
 * no OAuth 2.0 token of it is still valid. Its browser keys, codes and dead tokens go with
 * it (cascade). Returns how many were deleted.
 */
export async function purgeUnusedPracticeAccounts(now: Date = new Date(), db: Db = defaultDb): Promise<number> {
  const cutoff = new Date(now.getTime() - PRACTICE_ACCOUNT_RETENTION_MS);
  let deleted = 0;
  let after: string | undefined;
  for (let batch = 0; batch < MAX_BATCHES; batch++) {
    const candidates = await db.sandboxUser.findMany({
      where: {
        createdAt: { lt: cutoff },
        userTokens: { none: {} },
        tokens: { none: { revokedAt: null, OR: [{ expiresAt: null }, { expiresAt: { gt: now } }] } },
        ...(after ? { id: { gt: after } } : {}),
      },
      orderBy: { id: "asc" },
      take: BATCH,
      select: { id: true },
    });
    if (candidates.length === 0) break;
    after = candidates.at(-1)!.id;
    const ids = candidates.map((c) => c.id);
    const signedIn = new Set((await db.user.findMany({ where: { twitterId: { in: ids } }, select: { twitterId: true } })).map((u) => u.twitterId));
    const unused = ids.filter((id) => !signedIn.has(id));
    if (unused.length === 0) continue;
    // Re-checked in the delete itself: a token issued since the read keeps the account.
    const { count } = await db.sandboxUser.deleteMany({
      where: { id: { in: unused }, userTokens: { none: {} }, tokens: { none: { revokedAt: null, OR: [{ expiresAt: null }, { expiresAt: { gt: now } }] } } },
    });
    deleted += count;
    if (candidates.length < BATCH) break;
  }
  return deleted;
}
