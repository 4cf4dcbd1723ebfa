import "server-only";
import { db as defaultDb, type Db } from "@/lib/db/client";
import { acquireLease, INSTANCE_ID } from "@/lib/db/lease";
import { purgeExpiredWindows } from "@/lib/guard/rate-limit";
import { purgeUnusedPracticeAccounts } from "@/lib/sandbox/purge";
import { purgeExpired } from "@/lib/sandbox/store";

/** How often each instance offers to run housekeeping. */
const PURGE_EVERY_MS = 10 * 60_000;
/**
 * How long a run's lease lasts: a little under the interval, so the instances whose ticks
 * fall in the same ten minutes skip, and another takes over when the holder is gone.
 */
const LEASE_MS = PURGE_EVERY_MS - 30_000;
export const HOUSEKEEPING_LEASE = "housekeeping";

export type HousekeepingCounts = { codes: number; tokens: number; nonces: number; sessions: number; rateWindows: number; practiceAccounts: number };

/**
 * One housekeeping run, if this instance holds the lease (null when another instance ran it
 * within the lease): expired sandbox codes, tokens and nonces, expired sessions, ended
 * rate-limit windows, and practice accounts nobody uses.
 */
export async function runHousekeeping({ db = defaultDb, holder = INSTANCE_ID, now = new Date() }: { db?: Db; holder?: string; now?: Date } = {}): Promise<HousekeepingCounts | null> {
  if (!(await acquireLease(db, { name: HOUSEKEEPING_LEASE, holder, ms: LEASE_MS, now: now.getTime() }))) return null;
  const expired = await purgeExpired(now);
  const rateWindows = await purgeExpiredWindows(db, now.getTime());
  const practiceAccounts = await purgeUnusedPracticeAccounts(now, db);
  return { ...expired, rateWindows, practiceAccounts };
}

let timer: NodeJS.Timeout | null = null;

/**
 * Starts the periodic run (once per process; every instance offers, one at a time runs it).
 * A failed run is logged and retried at the next tick; the timer never keeps the process
 * alive on its own.
 */
export function startHousekeeping(): void {
  if (timer) return;
  const run = () =>
    runHousekeeping().then(
      (counts) => {
        if (!counts) return;
        const total = Object.values(counts).reduce((a, b) => a + b, 0);
        if (total > 0) {
          console.info(
            `Perch: purged ${counts.codes} codes, ${counts.tokens} tokens, ${counts.nonces} nonces, ${counts.sessions} sessions and ${counts.rateWindows} rate-limit windows that had expired, and ${counts.practiceAccounts} unused practice accounts.`,
          );
        }
      },
      (error: unknown) => console.error(`Perch: the periodic purge failed (${error instanceof Error ? error.name : "error"}); it will run again.`),
    );
  void run();
  timer = setInterval(() => void run(), PURGE_EVERY_MS);
  timer.unref();
}
