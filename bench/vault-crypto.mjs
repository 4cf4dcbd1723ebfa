// Benchmark: the vault's per-field encryption (lib/vault/crypto.ts) against raw
// node:crypto AES-256-GCM on the same inputs, and master-key rotation of 10,000 teams.
// The measuring code is TypeScript (it calls the real modules), so it runs in a child
// Node process under tsx, with the react-server condition that server-only modules need.
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";

/** Runs bench/vault-crypto.ts and returns its figures for bench/results/vault-crypto.json. */
export function benchVaultCrypto({ root, tmp }) {
  const work = path.join(tmp, "vault-crypto");
  rmSync(work, { recursive: true, force: true });
  mkdirSync(work, { recursive: true });
  const out = path.join(work, "figures.json");
  const key = createHash("sha256").update("perch bench master key k1").digest("base64");
  const result = spawnSync(process.execPath, ["--conditions=react-server", "--import", "tsx", "bench/vault-crypto.ts", out, work], {
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
  if (result.status !== 0) throw new Error("bench/vault-crypto.ts failed");
  return JSON.parse(readFileSync(out, "utf8"));
}
