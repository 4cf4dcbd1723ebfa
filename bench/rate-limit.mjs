// Benchmark: the cost of one rate-limit hit in the database (bench/rate-limit.ts does the
// measuring, in a child Node process under tsx like bench/vault-crypto.mjs).
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";

/** Runs bench/rate-limit.ts and returns its figures for bench/results/rate-limit.json. */
export function benchRateLimit({ root, tmp }) {
  const work = path.join(tmp, "rate-limit");
  rmSync(work, { recursive: true, force: true });
  mkdirSync(work, { recursive: true });
  const out = path.join(work, "figures.json");
  const key = createHash("sha256").update("perch bench master key k1").digest("base64");
  const postgres = process.env.BENCH_POSTGRES_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";
  const result = spawnSync(process.execPath, ["--conditions=react-server", "--import", "tsx", "bench/rate-limit.ts", out, work, postgres], {
    cwd: root,
    stdio: "inherit",
    env: {
      ...process.env,
      NODE_ENV: "production",
      NEXTAUTH_URL: "http://127.0.0.1:3000",
      NEXTAUTH_SECRET: "bench-only-secret-not-for-production-0123456789",
      PERCH_MASTER_KEYS: `k1:${key}`,
      DATABASE_URL: `file:${path.join(work, "unused.db")}`,
    },
  });
  if (result.status !== 0) throw new Error("bench/rate-limit.ts failed");
  return JSON.parse(readFileSync(out, "utf8"));
}
