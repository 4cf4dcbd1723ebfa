// Benchmark worker (run by bench/rate-limit.mjs under tsx, react-server condition): what one
// rate-limit hit costs now that windows live in the database (lib/guard/rate-limit.ts),
// against the cheapest statement the same client can send (`SELECT 1`) and against the
// in-memory window the limiter used before (a Map), on a fresh SQLite file and, when
// reachable, a throwaway PostgreSQL database. Writes its figures as JSON to argv[2].
import { randomBytes } from "node:crypto";
import { rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { createDb, type Db } from "../lib/db/client";
import { migrate } from "../lib/db/migrate";
import type { DbTarget } from "../lib/db/target";
import { RateLimiter } from "../lib/guard/rate-limit";

const [outFile = "", tmpDir = "", postgresUrl = ""] = process.argv.slice(2);
if (!outFile || !tmpDir) throw new Error("usage: rate-limit.ts <out.json> <tmp dir> [postgresql admin url]");
const CALLS = Number(process.env.BENCH_LIMIT_CALLS ?? 3000);
const CONCURRENCY = 20;

const round = (n: number, digits = 1) => Math.round(n * 10 ** digits) / 10 ** digits;
const quantile = (xs: number[], q: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))]!;
};

/** Per-call latency (µs) of `fn` called one after another, and calls per second with CONCURRENCY in flight. */
async function measure(fn: (i: number) => Promise<unknown>): Promise<{ medianUs: number; p99Us: number; concurrentPerSecond: number }> {
  for (let i = 0; i < 200; i++) await fn(i); // warm-up
  const us: number[] = [];
  for (let i = 0; i < CALLS; i++) {
    const t = process.hrtime.bigint();
    await fn(i);
    us.push(Number(process.hrtime.bigint() - t) / 1000);
  }
  let next = 0;
  const start = process.hrtime.bigint();
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (next < CALLS) await fn(next++);
    }),
  );
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  return { medianUs: round(quantile(us, 0.5)), p99Us: round(quantile(us, 0.99)), concurrentPerSecond: Math.round(CALLS / seconds) };
}

/** The limiter before this change: a fixed window per key in a Map, as a floor. */
function memoryHit(windows: Map<string, { count: number; resetAt: number }>, key: string, max: number, now: number): number | null {
  let w = windows.get(key);
  if (!w || w.resetAt <= now) windows.set(key, (w = { count: 0, resetAt: now + 60_000 }));
  if (w.count >= max) return Math.ceil((w.resetAt - now) / 1000);
  w.count += 1;
  return null;
}

async function onEngine(provider: DbTarget["provider"], target: DbTarget) {
  await migrate(target);
  const db: Db = createDb(target);
  try {
    const limiter = new RateLimiter({ db, provider });
    // 500 callers hitting a generous limit: every call is counted (an UPDATE), as on a busy page.
    const rule = { max: 1_000_000, seconds: 600 };
    const hit = await measure((i) => limiter.hit(`bench|caller-${i % 500}`, rule));
    // Each call a new caller: the INSERT path.
    const fresh = await measure((i) => limiter.hit(`bench|new-${i}-${randomBytes(4).toString("hex")}`, rule));
    const select1 = await measure(() => db.$queryRaw`SELECT 1`);
    return { provider, hit, firstHitOfACaller: fresh, select1, ratio: { hitVsSelect1: round(hit.medianUs / select1.medianUs, 2) } };
  } finally {
    await db.$disconnect();
  }
}

async function main() {
  const windows = new Map<string, { count: number; resetAt: number }>();
  const memory = await measure((i) => Promise.resolve(memoryHit(windows, `bench|caller-${i % 500}`, 1_000_000, Date.now())));
  const engines = [];
  const file = path.join(tmpDir, `rate-limit-${process.pid}.db`);
  try {
    engines.push(await onEngine("sqlite", { provider: "sqlite", file }));
  } finally {
    for (const suffix of ["", "-wal", "-shm"]) rmSync(`${file}${suffix}`, { force: true });
  }
  if (postgresUrl) {
    const { Client } = await import("pg");
    const name = `perch_bench_limit_${randomBytes(4).toString("hex")}`;
    const admin = new Client({ connectionString: postgresUrl });
    try {
      await admin.connect();
      await admin.query(`CREATE DATABASE ${name}`);
      const url = new URL(postgresUrl);
      url.pathname = `/${name}`;
      engines.push(await onEngine("postgresql", { provider: "postgresql", url: url.toString() }));
    } catch (error) {
      console.warn(`rate-limit bench: PostgreSQL skipped (${error instanceof Error ? error.message : String(error)})`);
    } finally {
      await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`).catch(() => undefined);
      await admin.end().catch(() => undefined);
    }
  }
  writeFileSync(outFile, JSON.stringify({ calls: CALLS, concurrency: CONCURRENCY, memory, engines }, null, 2));
}

void main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
