// Benchmark worker (run by bench/vault-crypto.mjs under tsx, with the react-server
// condition so server-only modules load): the vault's per-field encryption against raw
// node:crypto AES-256-GCM on the same inputs in the same process, and master-key
// rotation of 10,000 teams on a fresh SQLite database (and PostgreSQL when reachable).
// Writes its figures as JSON to the file named by its first argument.
import { createCipheriv, createDecipheriv, createHash, randomBytes } from "node:crypto";
import { rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { Keyring } from "../lib/crypto/keyring";
import { createDb, type Db } from "../lib/db/client";
import { migrate } from "../lib/db/migrate";
import type { DbTarget } from "../lib/db/target";
import { decryptField, encryptField, fieldAadV2, newDataKey, wrapDataKey, type VersionedFieldRef } from "../lib/vault/crypto";
import { rewrapDataKeys, verifyVault } from "../lib/vault/keys";

function args(): { outFile: string; tmpDir: string } {
  const [outFile, tmpDir] = process.argv.slice(2);
  if (!outFile || !tmpDir) throw new Error("usage: vault-crypto.ts <out.json> <tmp dir>");
  return { outFile, tmpDir };
}
const { outFile, tmpDir } = args();

const masterKey = (id: string) => ({ id, key: createHash("sha256").update(`perch bench master key ${id}`).digest() });
const k1 = masterKey("k1");
const k2 = masterKey("k2");

// ---- Per-field encryption against raw AES-256-GCM ----

function rawEncrypt(key: Buffer, plaintext: string, aad: string): Buffer {
  const nonce = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", key, nonce);
  cipher.setAAD(Buffer.from(aad, "utf8"));
  const body = Buffer.concat([cipher.update(Buffer.from(plaintext, "utf8")), cipher.final()]);
  return Buffer.concat([nonce, body, cipher.getAuthTag()]);
}

function rawDecrypt(key: Buffer, blob: Buffer, aad: string): string {
  const decipher = createDecipheriv("aes-256-gcm", key, blob.subarray(0, 12));
  decipher.setAAD(Buffer.from(aad, "utf8"));
  decipher.setAuthTag(blob.subarray(blob.length - 16));
  return Buffer.concat([decipher.update(blob.subarray(12, blob.length - 16)), decipher.final()]).toString("utf8");
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
};
const round = (n: number, digits = 0) => Math.round(n * 10 ** digits) / 10 ** digits;

/** ns per call of `fn` over `n` calls. */
function timeLoop(n: number, fn: () => unknown): number {
  let sink = 0;
  const start = process.hrtime.bigint();
  for (let i = 0; i < n; i++) if (fn()) sink++;
  const ns = Number(process.hrtime.bigint() - start);
  if (sink < 0) console.log(sink); // keeps the calls observable
  return ns / n;
}

type OpFigures = { medianNsPerOp: number; p25NsPerOp: number; p75NsPerOp: number };
type PairFigures = { perch: OpFigures; raw: OpFigures; ratio: number; ratioOfMedians: number };

function figures(samples: number[]): OpFigures {
  const s = [...samples].sort((a, b) => a - b);
  return { medianNsPerOp: round(median(s)), p25NsPerOp: round(s[Math.floor(s.length * 0.25)]!), p75NsPerOp: round(s[Math.floor(s.length * 0.75)]!) };
}

/**
 * Interleaves Perch and raw in each round (alternating which goes first), so drift and
 * other load on the machine hit both alike; the ratio is the median of the per-round
 * ratios, each from two measurements taken back to back.
 */
function compare(rounds: number, iterations: number, perch: () => unknown, raw: () => unknown): PairFigures {
  const p: number[] = [];
  const r: number[] = [];
  const ratios: number[] = [];
  timeLoop(iterations, perch);
  timeLoop(iterations, raw);
  for (let i = 0; i < rounds; i++) {
    let a: number;
    let b: number;
    if (i % 2 === 0) {
      a = timeLoop(iterations, perch);
      b = timeLoop(iterations, raw);
    } else {
      b = timeLoop(iterations, raw);
      a = timeLoop(iterations, perch);
    }
    p.push(a);
    r.push(b);
    ratios.push(a / b);
  }
  const perchFig = figures(p);
  const rawFig = figures(r);
  return { perch: perchFig, raw: rawFig, ratio: round(median(ratios), 3), ratioOfMedians: round(perchFig.medianNsPerOp / rawFig.medianNsPerOp, 3) };
}

function benchFields() {
  const key = newDataKey();
  const ref: VersionedFieldRef = { teamId: "cmi4c1x9k0000qz8h2b7f3d1e", appId: "cmi4c2a6p0001qz8hd9e0a4kc", field: "apiKeySecret", fieldVersion: 1 };
  const aad = fieldAadV2(ref);
  const rounds = Number(process.env.BENCH_VAULT_ROUNDS ?? 31);
  const sizes = [
    { name: "50 characters", value: randomBytes(38).toString("base64url").slice(0, 50), iterations: 4000 },
    { name: "4 KiB", value: randomBytes(3072).toString("base64").slice(0, 4096), iterations: 1500 },
  ];
  return sizes.map(({ name, value, iterations }) => {
    const ours = encryptField(key, ref, value);
    const raws = rawEncrypt(key, value, aad);
    // Both sides must do the real work: check the outputs once.
    if (decryptField(key, ref, ours) !== value || rawDecrypt(key, raws, aad) !== value) throw new Error("round trip failed");
    console.log(`  per-field ${name}: encrypt…`);
    const encrypt = compare(rounds, iterations, () => encryptField(key, ref, value), () => rawEncrypt(key, value, aad));
    console.log(`  per-field ${name}: decrypt…`);
    const decrypt = compare(rounds, iterations, () => decryptField(key, ref, ours), () => rawDecrypt(key, raws, aad));
    return { size: name, valueBytes: Buffer.byteLength(value), storedBytes: ours.length, rounds, iterationsPerRound: iterations, encrypt, decrypt };
  });
}

// ---- Master-key rotation of many teams ----

async function seedTeams(db: Db, teams: number, fieldsPerTeam: number) {
  const ring = new Keyring([k1]);
  const chunk = 500;
  for (let start = 0; start < teams; start += chunk) {
    const ids = Array.from({ length: Math.min(chunk, teams - start) }, (_, i) => `bench-team-${String(start + i).padStart(6, "0")}-${randomBytes(4).toString("hex")}`);
    await db.team.createMany({ data: ids.map((id) => ({ id, name: id })) });
    const keys = ids.map((teamId) => ({ teamId, dataKey: newDataKey() }));
    await db.teamKey.createMany({ data: keys.map(({ teamId, dataKey }) => ({ teamId, version: 1, ...wrapDataKey(ring, { teamId, version: 1 }, dataKey) })) });
    await db.vaultApp.createMany({ data: ids.map((teamId) => ({ id: `${teamId}-app`, teamId, name: "app", environment: "production" as const })) });
    const names = ["apiKey", "apiKeySecret", "accessToken", "accessTokenSecret", "bearerToken"];
    await db.credentialField.createMany({
      data: keys.flatMap(({ teamId, dataKey }) =>
        names.slice(0, fieldsPerTeam).map((name) => ({ appId: `${teamId}-app`, teamId, name, keyVersion: 1, ciphertext: encryptField(dataKey, { teamId, appId: `${teamId}-app`, field: name, fieldVersion: 1 }, randomBytes(38).toString("base64url").slice(0, 50)) })),
      ),
    });
  }
}

async function benchRotation(target: DbTarget, teams: number, fieldsPerTeam: number) {
  await migrate(target);
  const db = createDb(target);
  try {
    let t = performance.now();
    await seedTeams(db, teams, fieldsPerTeam);
    const seedSeconds = (performance.now() - t) / 1000;
    t = performance.now();
    const result = await rewrapDataKeys({ batchSize: 500 }, { db, ring: new Keyring([k2, k1]) });
    const rotateSeconds = (performance.now() - t) / 1000;
    if (result.teamKeys.rewrapped !== teams || result.failures.length > 0 || Object.keys(result.remaining).length > 0) throw new Error(`rotation did not finish cleanly: ${JSON.stringify({ ...result, failures: result.failures.length })}`);
    t = performance.now();
    const verified = await verifyVault({ batchSize: 500 }, { db, ring: new Keyring([k2]) });
    const verifySeconds = (performance.now() - t) / 1000;
    if (verified.failures.length > 0 || verified.fields.checked !== teams * fieldsPerTeam) throw new Error("verification after rotation failed");
    return {
      provider: target.provider,
      teams,
      fieldsPerTeam,
      batchSize: 500,
      seedSeconds: round(seedSeconds, 2),
      rotation: { seconds: round(rotateSeconds, 2), teamsPerSecond: round(teams / rotateSeconds) },
      verifyAfter: { seconds: round(verifySeconds, 2), fieldsPerSecond: round((teams * fieldsPerTeam) / verifySeconds) },
    };
  } finally {
    await db.$disconnect();
  }
}

async function postgresTarget(): Promise<{ target: DbTarget; drop: () => Promise<void> } | null> {
  const base = process.env.BENCH_POSTGRES_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";
  const { Client } = await import("pg");
  const admin = new Client({ connectionString: base, connectionTimeoutMillis: 3000 });
  try {
    await admin.connect();
  } catch {
    return null;
  }
  const name = `perch_bench_${randomBytes(5).toString("hex")}`;
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(base);
  url.pathname = `/${name}`;
  return {
    target: { provider: "postgresql", url: url.toString() },
    drop: async () => {
      const c = new Client({ connectionString: base });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await c.end();
    },
  };
}

async function main() {
  console.log("vault crypto: per-field encryption against raw AES-256-GCM");
  const fields = benchFields();
  const teams = Number(process.env.BENCH_VAULT_TEAMS ?? 10_000);
  const fieldsPerTeam = 3;
  const rotation = [];
  const file = path.join(tmpDir, "rotation.db");
  for (const suffix of ["", "-wal", "-shm"]) rmSync(`${file}${suffix}`, { force: true });
  console.log(`vault crypto: master-key rotation of ${teams} teams on a fresh SQLite database`);
  rotation.push(await benchRotation({ provider: "sqlite", file }, teams, fieldsPerTeam));
  for (const suffix of ["", "-wal", "-shm"]) rmSync(`${file}${suffix}`, { force: true });
  const pg = await postgresTarget();
  if (pg) {
    console.log(`vault crypto: master-key rotation of ${teams} teams on a fresh PostgreSQL database`);
    try {
      rotation.push(await benchRotation(pg.target, teams, fieldsPerTeam));
    } finally {
      await pg.drop();
    }
  } else {
    console.log("vault crypto: PostgreSQL not reachable; rotation measured on SQLite only");
  }
  writeFileSync(outFile, JSON.stringify({ fields, rotation }));
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exit(1);
});
