/**
 * Rate limits: a fixed window per key, counted in the database (the RateWindow table), so
 * every Perch instance on one database shares each limit. One hit is one statement — an
 * upsert that starts, counts or refuses in place and returns the row — so two instances
 * racing for the last call of a window cannot both get it (SQLite runs the statement under
 * its write lock, PostgreSQL under the row's lock).
 *
 * An active window is never dropped: rows are deleted only once expired, by housekeeping
 * (`purgeExpiredWindows`). If the database cannot be reached, each process counts in
 * memory until it can again (the limit then holds per process), and when that table is
 * full of live windows a new key is refused rather than an old window forgotten.
 */
import { randomBytes } from "node:crypto";
import type { Db } from "@/lib/db/client";
import type { DbTarget } from "@/lib/db/target";
import { Prisma } from "@/lib/generated/sqlite/client";
import type { RateRule } from "./access";

type Window = { count: number; resetAt: number };
/** A database to count in, and which engine it is (the upsert differs a little). */
export type Store = { db: Db; provider: DbTarget["provider"] };

async function appStore(): Promise<Store> {
  const { db, dbTarget } = await import("@/lib/db/client");
  return { db, provider: dbTarget.provider };
}
type Row = { count: number | bigint; resetAt: number | bigint };

/** How many windows the in-memory fallback holds before it refuses new keys. */
const FALLBACK_MAX_KEYS = 50_000;
/** At most one log line per this many milliseconds about the database being unreachable. */
const LOG_EVERY_MS = 60_000;

export class RateLimiter {
  /** Prefixed to every key; empty in production, so every instance counts the same rows. */
  private namespace = "";
  private readonly fallback = new Map<string, Window>();
  private loggedAt = -Infinity;
  private sweptAt = -Infinity;

  /** `store`: the database to count in and its engine (default: the app's own, loaded on first use). */
  constructor(private readonly store?: Store) {}

  /**
   * Counts one call for `key` under `rule`. Resolves to null when allowed, or the seconds to
   * wait when the limit is reached (the refused call is not counted).
   */
  async hit(key: string, rule: RateRule, now: number = Date.now()): Promise<number | null> {
    const id = this.namespace + key;
    let row: Window;
    try {
      row = await this.hitStored(id, rule, now);
    } catch (error) {
      this.logUnreachable(error, now);
      row = this.hitInMemory(id, rule, now);
    }
    return row.count <= rule.max ? null : Math.max(1, Math.ceil((row.resetAt - now) / 1000));
  }

  /**
   * The upsert. `count` goes one past `max` at most (that value means "refused"), so the
   * returned row alone says whether this call got in. SET expressions read the row as it
   * was before the statement, on both engines.
   */
  private async hitStored(id: string, rule: RateRule, now: number): Promise<Window> {
    const { db, provider } = this.store ?? (await appStore());
    const at = BigInt(now);
    const resetAt = BigInt(now + rule.seconds * 1000);
    // On PostgreSQL the hit's own transaction skips waiting for its WAL flush
    // (synchronous_commit off, for this statement only): a counter lost to a crash costs a
    // caller a few extra calls, while waiting for the flush made every hit about 20× a
    // `SELECT 1` here (bench/README.md). Everything else keeps full durability. The
    // set_config sits in the FROM so it runs; `WHERE true` keeps ON CONFLICT unambiguous.
    const source = provider === "postgresql" ? Prisma.sql`SELECT ${id}, 1, ${resetAt} FROM (SELECT set_config('synchronous_commit', 'off', true)) AS "durability" WHERE true` : Prisma.sql`VALUES (${id}, 1, ${resetAt})`;
    const rows = await db.$queryRaw<Row[]>`
      INSERT INTO "RateWindow" ("key", "count", "resetAt") ${source}
      ON CONFLICT ("key") DO UPDATE SET
        "count" = CASE
          WHEN "RateWindow"."resetAt" <= ${at} THEN 1
          WHEN "RateWindow"."count" <= ${rule.max} THEN "RateWindow"."count" + 1
          ELSE "RateWindow"."count" END,
        "resetAt" = CASE WHEN "RateWindow"."resetAt" <= ${at} THEN ${resetAt} ELSE "RateWindow"."resetAt" END
      RETURNING "count", "resetAt"`;
    const stored = rows[0];
    if (!stored) throw new Error("the rate-limit upsert returned no row");
    return { count: Number(stored.count), resetAt: Number(stored.resetAt) };
  }

  private hitInMemory(id: string, rule: RateRule, now: number): Window {
    let window = this.fallback.get(id);
    if (!window || window.resetAt <= now) {
      if (!window && this.fallback.size >= FALLBACK_MAX_KEYS) {
        // Sweep at most once a second: a flood of new keys must not cost a full scan each.
        if (now - this.sweptAt >= 1000) {
          this.sweptAt = now;
          for (const [k, w] of this.fallback) if (w.resetAt <= now) this.fallback.delete(k);
        }
        // Still full of live windows: refuse this new caller for a minute instead of forgetting one.
        if (this.fallback.size >= FALLBACK_MAX_KEYS) return { count: rule.max + 1, resetAt: now + 60_000 };
      }
      window = { count: 0, resetAt: now + rule.seconds * 1000 };
      this.fallback.set(id, window);
    }
    if (window.count <= rule.max) window.count += 1;
    return window;
  }

  private logUnreachable(error: unknown, now: number): void {
    if (now - this.loggedAt < LOG_EVERY_MS) return;
    this.loggedAt = now;
    console.error(`Perch: rate limits cannot reach the database (${error instanceof Error ? error.name : "error"}); counting in this process meanwhile.`);
  }

  /**
   * Forgets every window of this limiter (tests): later keys go to a fresh namespace, so
   * test files running side by side on one database never share a window. Synchronous,
   * and touches no rows (housekeeping deletes them once they expire).
   */
  reset(): void {
    this.namespace = `test-${randomBytes(6).toString("hex")}|`;
    this.fallback.clear();
  }
}

/**
 * Deletes windows that ended before `now` (housekeeping). Returns how many. A window that is
 * still running is never deleted, whatever the table's size.
 */
export async function purgeExpiredWindows(db: Db, now: number = Date.now()): Promise<number> {
  const { count } = await db.rateWindow.deleteMany({ where: { resetAt: { lte: BigInt(now) } } });
  return count;
}

// One limiter per process, kept across hot reloads in development.
const globalForLimits = globalThis as unknown as { perchRateLimiter?: RateLimiter };
export const rateLimiter: RateLimiter = (globalForLimits.perchRateLimiter ??= new RateLimiter());
