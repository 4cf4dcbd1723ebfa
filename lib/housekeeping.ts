import "server-only";
import { purgeExpired } from "@/lib/sandbox/store";

/** How often expired codes, tokens, nonces and sessions are deleted. */
const PURGE_EVERY_MS = 10 * 60_000;

let timer: NodeJS.Timeout | null = null;

/**
 * Starts the periodic purge (once per process). A failed run is logged and retried at the
 * next tick; the timer never keeps the process alive on its own.
 */
export function startHousekeeping(): void {
  if (timer) return;
  const run = () =>
    purgeExpired().then(
      (counts) => {
        const total = counts.codes + counts.tokens + counts.nonces + counts.sessions;
        if (total > 0) console.info(`Perch: purged ${counts.codes} codes, ${counts.tokens} tokens, ${counts.nonces} nonces and ${counts.sessions} sessions that had expired.`);
      },
      (error: unknown) => console.error(`Perch: the periodic purge failed (${error instanceof Error ? error.name : "error"}); it will run again.`),
    );
  void run();
  timer = setInterval(() => void run(), PURGE_EVERY_MS);
  timer.unref();
}
