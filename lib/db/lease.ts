import "server-only";
import { randomBytes } from "node:crypto";
import type { Db } from "./client";

/** This process's name in JobLease rows (random per start: a restarted instance is a new holder). */
export const INSTANCE_ID = `${process.pid.toString(36)}-${randomBytes(6).toString("hex")}`;

/**
 * Takes or renews the lease `name` for `ms` milliseconds: true when `holder` now has it
 * (the lease was free, had expired, or was already its own), false when another holder's
 * lease is still running. One statement, so two instances asking at once cannot both get
 * it: the conditional upsert runs under SQLite's write lock or PostgreSQL's row lock.
 */
export async function acquireLease(db: Db, { name, holder = INSTANCE_ID, ms, now = Date.now() }: { name: string; holder?: string; ms: number; now?: number }): Promise<boolean> {
  const rows = await db.$queryRaw<{ holder: string }[]>`
    INSERT INTO "JobLease" ("name", "holder", "expiresAt") VALUES (${name}, ${holder}, ${BigInt(now + ms)})
    ON CONFLICT ("name") DO UPDATE SET "holder" = excluded."holder", "expiresAt" = excluded."expiresAt"
    WHERE "JobLease"."expiresAt" <= ${BigInt(now)} OR "JobLease"."holder" = excluded."holder"
    RETURNING "holder"`;
  return rows[0]?.holder === holder;
}
