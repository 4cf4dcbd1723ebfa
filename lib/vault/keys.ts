import "server-only";
import { createHash, timingSafeEqual } from "node:crypto";
import { CryptoError } from "@/lib/crypto/aead";
import { masterKeyring, openWith, resealWith, sealedKeyId } from "@/lib/crypto/app-seal";
import type { Keyring } from "@/lib/crypto/keyring";
import { accountTokenContext } from "@/lib/auth/adapter";
import { db as defaultDb, type Db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/sqlite/client";
import { AppError } from "@/lib/guard/errors";
import { consumerSecretContext, tokenSecretContext } from "@/lib/sandbox/store";
import { decryptField, encryptField, newDataKey, unwrapDataKey, wrapDataKey } from "./crypto";

/**
 * The vault's keys in the database: each team's wrapped data keys (TeamKey), field
 * encryption under them, re-keying one team, and master-key rotation and verification
 * for the whole deployment. The pure cryptography is in ./crypto.ts.
 *
 * Every function takes optional dependencies last: the keyring (default: the master
 * keyring from PERCH_MASTER_KEYS) and the database client (default: `db`). Tests and
 * benchmarks pass their own instead of changing the environment.
 */

/** A Prisma client, or the client of an interactive transaction. */
export type DbClient = Db | Prisma.TransactionClient;

/** Optional dependencies of the functions that read or write one team's keys. */
export type VaultDeps = { ring?: Keyring; db?: DbClient };

/** Optional dependencies of the functions that need their own transactions. */
export type VaultAdminDeps = { ring?: Keyring; db?: Db };

type KeyRow = { teamId: string; version: number; masterKeyId: string; wrapped: Uint8Array };
const KEY_ROW = { teamId: true, version: true, masterKeyId: true, wrapped: true } as const;

// ---- The data key cache ----

/** A cached data key and the stored wrapped key it was unwrapped from. */
type CachedKey = { wrapped: Buffer; key: Buffer };

/**
 * A least-recently-used map of unwrapped data keys, bounded so a deployment with many
 * teams does not keep every key in memory. Exported for its own test.
 */
export class DataKeyCache {
  private readonly map = new Map<string, CachedKey>();
  constructor(readonly limit = 1000) {}

  get size(): number {
    return this.map.size;
  }

  get(key: string): CachedKey | undefined {
    const value = this.map.get(key);
    if (value) {
      // Re-insert so Map order is least- to most-recently used.
      this.map.delete(key);
      this.map.set(key, value);
    }
    return value;
  }

  set(key: string, value: CachedKey): void {
    this.map.delete(key);
    this.map.set(key, value);
    while (this.map.size > this.limit) this.map.delete(this.map.keys().next().value!);
  }

  /** Drops every entry whose key starts with `prefix`. */
  forget(prefix: string): void {
    for (const key of [...this.map.keys()]) if (key.startsWith(prefix)) this.map.delete(key);
  }
}

// One cache per keyring object: a test keyring whose key has an id the real one also
// uses must never be answered from the other's cache.
const caches = new WeakMap<Keyring, DataKeyCache>();
function cacheFor(ring: Keyring): DataKeyCache {
  let cache = caches.get(ring);
  if (!cache) caches.set(ring, (cache = new DataKeyCache()));
  return cache;
}

const cachePrefix = (teamId: string, version: number) => `${teamId}|${version}|`;

/**
 * Unwraps a key row, through the cache. Every caller has just read the row from the
 * database (the one query it needs anyway), and a cached key is served only while the
 * stored wrapped key is byte for byte the one it was unwrapped from. That is how a change
 * made by another instance is noticed at once, with no extra query and no message between
 * instances: a re-key deletes the row (or, after a restore, writes a new key under a
 * version number seen before), a master-key rotation re-wraps it, and every wrap uses a
 * fresh nonce, so any change to the stored key changes these bytes. Comparing the bytes
 * rather than (version, master key id) alone also covers a database restored from a backup
 * under this running process. The entry is keyed by the master key id too, so a keyring
 * without that key never finds it.
 */
function unwrapRow(ring: Keyring, row: KeyRow): Buffer {
  const cache = cacheFor(ring);
  const id = `${cachePrefix(row.teamId, row.version)}${row.masterKeyId}`;
  const stored = Buffer.from(row.wrapped);
  const cached = cache.get(id);
  if (cached && cached.wrapped.length === stored.length && timingSafeEqual(cached.wrapped, stored)) return cached.key;
  const key = unwrapDataKey(ring, row, row.wrapped);
  cache.set(id, { wrapped: stored, key });
  return key;
}

function isUniqueViolation(error: unknown): boolean {
  return typeof error === "object" && error !== null && "code" in error && error.code === "P2002";
}

function sameBytes(a: Buffer, b: Buffer): boolean {
  return a.length === b.length && timingSafeEqual(a, b);
}

// ---- One team ----

/**
 * Makes sure a team has a data key: when it has none, creates one for its active key
 * version (1 for a new team), wrapped under the active master key. Safe under
 * concurrency: two callers racing create one key between them (the loser of the insert
 * reads the winner's). Returns the active version and whether this call created it.
 */
export async function ensureTeamKey({ teamId }: { teamId: string }, deps: VaultDeps = {}): Promise<{ version: number; created: boolean }> {
  const { ring = masterKeyring(), db = defaultDb } = deps;
  const team = await db.team.findUnique({ where: { id: teamId }, select: { activeKeyVersion: true, keys: { select: { version: true }, take: 1 } } });
  if (!team) throw new AppError("NOT_FOUND");
  const version = team.activeKeyVersion;
  if (team.keys.length > 0) return { version, created: false };
  const { wrapped, masterKeyId } = wrapDataKey(ring, { teamId, version }, newDataKey());
  try {
    await db.teamKey.create({ data: { teamId, version, wrapped, masterKeyId } });
    return { version, created: true };
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    return { version, created: false };
  }
}

/**
 * A team's data key of one version, unwrapped (kept in a bounded in-process cache; do not
 * modify the returned buffer). CryptoError when the team has no such key version or it
 * does not unwrap with this keyring.
 */
export async function dataKeyFor({ teamId, version }: { teamId: string; version: number }, deps: VaultDeps = {}): Promise<Buffer> {
  const { ring = masterKeyring(), db = defaultDb } = deps;
  const row = await db.teamKey.findUnique({ where: { teamId_version: { teamId, version } }, select: KEY_ROW });
  if (!row) throw new CryptoError(`the team has no data key version ${version}`);
  return unwrapRow(ring, row);
}

/**
 * Encrypts a credential field value for storage under the team's active data key
 * (creating the team's first key if it has none). Store both results in the
 * CredentialField row: `ciphertext` and `keyVersion`, with `fieldVersion` as the row's
 * `version` (sealed into the ciphertext; 1, the default, for a new row). When the write happens in a
 * transaction, pass it (`{ db: tx }`) so the key version is read where it is used.
 */
export async function encryptFieldValue(
  { teamId, appId, field, fieldVersion = 1, value }: { teamId: string; appId: string; field: string; fieldVersion?: number; value: string },
  deps: VaultDeps = {},
): Promise<{ ciphertext: Buffer<ArrayBuffer>; keyVersion: number }> {
  const { ring = masterKeyring(), db = defaultDb } = deps;
  // One query for the active version and the key rows (a team has one, two during a re-key).
  const read = () => db.team.findUnique({ where: { id: teamId }, select: { activeKeyVersion: true, keys: { select: KEY_ROW } } });
  let team = await read();
  if (!team) throw new AppError("NOT_FOUND");
  if (team.keys.length === 0) {
    await ensureTeamKey({ teamId }, { ring, db });
    team = await read();
    if (!team) throw new AppError("NOT_FOUND");
  }
  const keyVersion = team.activeKeyVersion;
  const row = team.keys.find((k) => k.version === keyVersion);
  if (!row) throw new CryptoError(`the team has no data key version ${keyVersion}`);
  return { ciphertext: encryptField(unwrapRow(ring, row), { teamId, appId, field, fieldVersion }, value), keyVersion };
}

/**
 * Decrypts a stored credential field value. CryptoError when it does not open: another
 * team, credential or field, an earlier version of the field, a missing or foreign key, or
 * damage. Never a partial value. `fieldVersion` is the row's `version` and has no default:
 * a caller that forgot it would open only fields never saved twice.
 */
export async function decryptFieldValue(
  { teamId, appId, field, fieldVersion, ciphertext, keyVersion }: { teamId: string; appId: string; field: string; fieldVersion: number; ciphertext: Uint8Array; keyVersion: number },
  deps: VaultDeps = {},
): Promise<string> {
  const key = await dataKeyFor({ teamId, version: keyVersion }, deps);
  return decryptField(key, { teamId, appId, field, fieldVersion }, ciphertext);
}

/** What a re-key did: the team's key version before and now (`version`), fields re-encrypted, old key rows deleted. */
export type RekeyResult = { teamId: string; fromVersion: number; version: number; fields: number; deletedKeys: number };

/**
 * Re-keys one team (an owner's action; the caller checks the role): a new random data key version,
 * every credential field of the team decrypted and encrypted again under it, the team's
 * active version moved to it and the old key rows deleted — all in one transaction, so a
 * failure (a field that does not open, a concurrent change) leaves everything as it was.
 * Fields keep their `updatedAt` and `version`: their values did not change. `record` runs
 * inside the same transaction (the audit entry), so a re-key is never left unrecorded.
 */
export async function rekeyTeam(
  { teamId, record }: { teamId: string; record?: (tx: Prisma.TransactionClient, result: Omit<RekeyResult, "teamId">) => Promise<void> },
  deps: VaultAdminDeps = {},
): Promise<RekeyResult> {
  const { ring = masterKeyring(), db = defaultDb } = deps;
  const newKey = newDataKey();
  const result = await db.$transaction(
    async (tx) => {
      const team = await tx.team.findUnique({ where: { id: teamId }, select: { activeKeyVersion: true, keys: { select: KEY_ROW } } });
      if (!team) throw new AppError("NOT_FOUND");
      const fromVersion = team.activeKeyVersion;
      const toVersion = Math.max(fromVersion, ...team.keys.map((k) => k.version)) + 1;
      // Claim the re-key before anything else: a second re-key of the same team waits on
      // this row (PostgreSQL) or the write lock (SQLite), then finds the version moved.
      const claimed = await tx.team.updateMany({ where: { id: teamId, activeKeyVersion: fromVersion }, data: { activeKeyVersion: toVersion } });
      if (claimed.count !== 1) throw new AppError("CONFLICT", "The team's key changed meanwhile. Try again.");

      const wrapped = wrapDataKey(ring, { teamId, version: toVersion }, newKey);
      if (!sameBytes(unwrapDataKey(ring, { teamId, version: toVersion, masterKeyId: wrapped.masterKeyId }, wrapped.wrapped), newKey)) throw new CryptoError("the new data key did not verify");
      await tx.teamKey.create({ data: { teamId, version: toVersion, wrapped: wrapped.wrapped, masterKeyId: wrapped.masterKeyId } });

      const oldKeys = new Map(team.keys.map((k) => [k.version, k]));
      const fields = await tx.credentialField.findMany({
        where: { teamId },
        select: { id: true, appId: true, name: true, ciphertext: true, keyVersion: true, version: true, updatedAt: true },
      });
      for (const f of fields) {
        const row = oldKeys.get(f.keyVersion);
        if (!row) throw new CryptoError(`a field needs data key version ${f.keyVersion}, which the team does not have`);
        // The field keeps its version, so the re-sealed value is bound to the same one.
        const ref = { teamId, appId: f.appId, field: f.name, fieldVersion: f.version };
        const ciphertext = encryptField(newKey, ref, decryptField(unwrapRow(ring, row), ref, f.ciphertext));
        // Conditional on what was read: a save that slipped in between aborts the re-key
        // rather than being overwritten with the older value.
        const updated = await tx.credentialField.updateMany({
          where: { id: f.id, keyVersion: f.keyVersion, version: f.version },
          data: { ciphertext, keyVersion: toVersion, updatedAt: f.updatedAt },
        });
        if (updated.count !== 1) throw new AppError("CONFLICT", "A credential changed during the re-key. Try again.");
      }
      // Nothing may still need an old key when it is deleted.
      const left = await tx.credentialField.count({ where: { teamId, keyVersion: { not: toVersion } } });
      if (left > 0) throw new AppError("CONFLICT", "A credential changed during the re-key. Try again.");
      const deleted = await tx.teamKey.deleteMany({ where: { teamId, version: { not: toVersion } } });
      await record?.(tx, { fromVersion, version: toVersion, fields: fields.length, deletedKeys: deleted.count });
      return { teamId, fromVersion, version: toVersion, fields: fields.length, deletedKeys: deleted.count, oldVersions: [...oldKeys.keys()] };
    },
    { maxWait: 10_000, timeout: 120_000 },
  );
  // Other processes stop using the old keys because every use reads the (now deleted) row
  // and compares it with the cached one (unwrapRow); this one also drops them from memory.
  const cache = cacheFor(ring);
  for (const v of result.oldVersions) cache.forget(cachePrefix(teamId, v));
  const { oldVersions: _old, ...counts } = result;
  return counts;
}

// ---- The whole deployment: master-key rotation and verification ----

/** Where a failure was found. Values never appear in a failure, only where and why. */
export type VaultFailureKind = "team-key" | "field" | "account-token" | "sandbox-consumer-secret" | "sandbox-token-secret";

/** Something that did not open or could not be re-wrapped; never carries a value. */
export type VaultFailure = { kind: VaultFailureKind; id: string; team?: string; field?: string; reason: string };

export type RotationProgress = { phase: "team-keys" | "sealed"; done: number; total: number; changed: number; skipped: number; failed: number };

export type RotationResult = {
  activeKeyId: string;
  /** TeamKey rows under an older master key: re-wrapped now, skipped (another run or a re-key got there first), failed. */
  teamKeys: { total: number; rewrapped: number; skipped: number; failed: number };
  /** App-sealed values (sign-in tokens, sandbox secrets) under an older key: re-sealed, skipped (changed meanwhile), failed. */
  sealed: { total: number; resealed: number; skipped: number; failed: number };
  failures: VaultFailure[];
  /** What is still under each master key other than the active one after the run (empty: the old keys can go). */
  remaining: Record<string, number>;
};

/** Why something failed, in words that never contain a value. */
function reasonOf(error: unknown): string {
  if (error instanceof CryptoError) return error.message;
  throw error; // not a vault failure (e.g. the database): stop, do not hide it
}

/** A stable reference to a sandbox access token that does not reveal the token. */
function tokenRef(token: string): string {
  return `token-sha256:${createHash("sha256").update(token).digest("hex").slice(0, 16)}`;
}

/** One app-sealed value: where it lives and its context. */
type SealedValue = { kind: Exclude<VaultFailureKind, "team-key" | "field">; id: string; field?: string; sealed: string; context: string };

/**
 * Reads every app-sealed value in keyset-paginated batches (so memory stays flat), one
 * model after another, and hands each batch to `visit`.
 */
async function forEachSealedBatch(db: DbClient, batchSize: number, visit: (batch: SealedValue[], write: (value: SealedValue, sealed: string) => Prisma.PrismaPromise<{ count: number }>) => Promise<void>): Promise<void> {
  let after: string | undefined;
  for (;;) {
    const rows = await db.account.findMany({
      where: { OR: [{ accessToken: { not: null } }, { refreshToken: { not: null } }], ...(after ? { id: { gt: after } } : {}) },
      orderBy: { id: "asc" },
      take: batchSize,
      select: { id: true, provider: true, providerAccountId: true, accessToken: true, refreshToken: true },
    });
    if (rows.length === 0) break;
    after = rows.at(-1)!.id;
    const batch: SealedValue[] = [];
    for (const r of rows) {
      if (r.accessToken) batch.push({ kind: "account-token", id: r.id, field: "access_token", sealed: r.accessToken, context: accountTokenContext(r.provider, r.providerAccountId, "access_token") });
      if (r.refreshToken) batch.push({ kind: "account-token", id: r.id, field: "refresh_token", sealed: r.refreshToken, context: accountTokenContext(r.provider, r.providerAccountId, "refresh_token") });
    }
    // Conditional on the old sealed text: a token refreshed meanwhile is left alone.
    await visit(batch, (v, sealed) =>
      v.field === "access_token"
        ? db.account.updateMany({ where: { id: v.id, accessToken: v.sealed }, data: { accessToken: sealed } })
        : db.account.updateMany({ where: { id: v.id, refreshToken: v.sealed }, data: { refreshToken: sealed } }),
    );
  }
  after = undefined;
  for (;;) {
    const rows: { id: string; consumerKey: string; consumerSecretSealed: string }[] = await db.sandboxApp.findMany({ where: after ? { id: { gt: after } } : {}, orderBy: { id: "asc" }, take: batchSize, select: { id: true, consumerKey: true, consumerSecretSealed: true } });
    if (rows.length === 0) break;
    after = rows.at(-1)!.id;
    await visit(
      rows.map((r) => ({ kind: "sandbox-consumer-secret", id: r.id, sealed: r.consumerSecretSealed, context: consumerSecretContext(r.consumerKey) })),
      (v, sealed) => db.sandboxApp.updateMany({ where: { id: v.id, consumerSecretSealed: v.sealed }, data: { consumerSecretSealed: sealed } }),
    );
  }
  after = undefined;
  for (;;) {
    const rows: { token: string; secretSealed: string }[] = await db.sandboxUserToken.findMany({ where: after ? { token: { gt: after } } : {}, orderBy: { token: "asc" }, take: batchSize, select: { token: true, secretSealed: true } });
    if (rows.length === 0) break;
    after = rows.at(-1)!.token;
    // The token is the row's id, and a credential: failures name it by a hash prefix.
    const tokens = new Map(rows.map((r) => [tokenRef(r.token), r.token]));
    await visit(
      rows.map((r) => ({ kind: "sandbox-token-secret", id: tokenRef(r.token), sealed: r.secretSealed, context: tokenSecretContext(r.token) })),
      (v, sealed) => db.sandboxUserToken.updateMany({ where: { token: tokens.get(v.id)!, secretSealed: v.sealed }, data: { secretSealed: sealed } }),
    );
  }
}

async function countSealed(db: DbClient): Promise<number> {
  const [accounts, refresh, apps, tokens] = await Promise.all([
    db.account.count({ where: { accessToken: { not: null } } }),
    db.account.count({ where: { refreshToken: { not: null } } }),
    db.sandboxApp.count(),
    db.sandboxUserToken.count(),
  ]);
  return accounts + refresh + apps + tokens;
}

/**
 * How many stored values each master key protects: TeamKey rows by `masterKeyId`, and
 * app-sealed values by the key id in their text (unreadable ones under "(unreadable)").
 * Read-only; an old key can be removed from PERCH_MASTER_KEYS when it protects nothing.
 */
export async function masterKeyUsage(deps: VaultAdminDeps = {}): Promise<Record<string, { teamKeys: number; sealed: number }>> {
  const { db = defaultDb } = deps;
  const usage: Record<string, { teamKeys: number; sealed: number }> = {};
  const entry = (id: string) => (usage[id] ??= { teamKeys: 0, sealed: 0 });
  const groups = await db.teamKey.groupBy({ by: ["masterKeyId"], _count: { _all: true } });
  for (const g of groups) entry(g.masterKeyId).teamKeys += g._count._all;
  await forEachSealedBatch(db, 1000, (batch) => {
    for (const v of batch) entry(sealedKeyId(v.sealed) ?? "(unreadable)").sealed += 1;
    return Promise.resolve();
  });
  return usage;
}

/**
 * Master-key rotation: re-wraps every team data key that is under a master key other than
 * the keyring's active one, and re-seals every app-sealed value (sign-in OAuth tokens,
 * sandbox API Key Secrets and Access Token Secrets) likewise. Field ciphertexts are not
 * touched: the data keys themselves do not change, which is what makes this cheap.
 *
 * Batches of `batchSize`, each checked as it goes: the old wrapping must open, the new one
 * is opened again before it is written and once more after it is read back. Each write is
 * conditional on the row still holding the old value, so two runs at once, a re-key, a
 * token refresh or a crash and re-run are all safe: a re-run simply finds what is left.
 * A row that cannot be re-wrapped (its key is not in the keyring, or it is damaged) is
 * reported in `failures` and left exactly as it was. `onProgress` runs after each batch;
 * if it throws, the run stops there (everything written so far is complete and valid).
 */
export async function rewrapDataKeys(
  { batchSize = 500, onProgress }: { batchSize?: number; onProgress?: (progress: RotationProgress) => void } = {},
  deps: VaultAdminDeps = {},
): Promise<RotationResult> {
  const { ring = masterKeyring(), db = defaultDb } = deps;
  if (!Number.isSafeInteger(batchSize) || batchSize < 1) throw new RangeError("batchSize must be a positive integer");
  const active = ring.active.id;
  const failures: VaultFailure[] = [];
  const teamKeys = { total: 0, rewrapped: 0, skipped: 0, failed: 0 };
  const oldKeyWhere = { masterKeyId: { not: active } };
  teamKeys.total = await db.teamKey.count({ where: oldKeyWhere });

  // Keyset pagination on the primary key: rows that fail stay under their old key and
  // must not be found again by the next batch.
  let after: { teamId: string; version: number } | undefined;
  let done = 0;
  for (;;) {
    const rows = await db.teamKey.findMany({
      where: { ...oldKeyWhere, ...(after ? { OR: [{ teamId: { gt: after.teamId } }, { teamId: after.teamId, version: { gt: after.version } }] } : {}) },
      orderBy: [{ teamId: "asc" }, { version: "asc" }],
      take: batchSize,
      select: KEY_ROW,
    });
    if (rows.length === 0) break;
    const last = rows.at(-1)!;
    after = { teamId: last.teamId, version: last.version };

    const ready: { row: KeyRow; dataKey: Buffer; wrapped: Buffer<ArrayBuffer> }[] = [];
    for (const row of rows) {
      try {
        const dataKey = unwrapDataKey(ring, row, row.wrapped);
        const next = wrapDataKey(ring, row, dataKey);
        if (!sameBytes(unwrapDataKey(ring, { ...row, masterKeyId: next.masterKeyId }, next.wrapped), dataKey)) throw new CryptoError("the re-wrapped key did not verify");
        ready.push({ row, dataKey, wrapped: next.wrapped });
      } catch (error) {
        failures.push({ kind: "team-key", id: `${row.teamId}/v${row.version}`, team: row.teamId, reason: reasonOf(error) });
        teamKeys.failed += 1;
      }
    }
    // One transaction per batch: far fewer commits (it is most of the cost on SQLite).
    const rewrappedAt = new Date();
    const results =
      ready.length === 0
        ? []
        : await db.$transaction(
            ready.map(({ row, wrapped }) =>
              db.teamKey.updateMany({ where: { teamId: row.teamId, version: row.version, masterKeyId: row.masterKeyId }, data: { wrapped, masterKeyId: active, rewrappedAt } }),
            ),
          );
    const written = ready.filter((_, i) => results[i]!.count === 1);
    teamKeys.rewrapped += written.length;
    teamKeys.skipped += ready.length - written.length;

    // Read back what was written and open it once more.
    if (written.length > 0) {
      // By team id (an IN list), not an OR per row: SQLite limits expression depth.
      const stored = await db.teamKey.findMany({ where: { teamId: { in: [...new Set(written.map(({ row }) => row.teamId))] } }, select: KEY_ROW });
      const byId = new Map(stored.map((s) => [`${s.teamId}/v${s.version}`, s]));
      for (const { row, dataKey } of written) {
        const s = byId.get(`${row.teamId}/v${row.version}`);
        // Gone means a re-key deleted it after this run wrote it: nothing to check.
        if (!s || s.masterKeyId !== active) continue;
        try {
          if (!sameBytes(unwrapDataKey(ring, s, s.wrapped), dataKey)) throw new CryptoError("the stored key did not verify");
        } catch (error) {
          failures.push({ kind: "team-key", id: `${row.teamId}/v${row.version}`, team: row.teamId, reason: `after re-wrapping: ${reasonOf(error)}` });
          teamKeys.failed += 1;
        }
      }
    }
    done += rows.length;
    onProgress?.({ phase: "team-keys", done, total: teamKeys.total, changed: teamKeys.rewrapped, skipped: teamKeys.skipped, failed: teamKeys.failed });
  }

  const sealed = { total: await countSealed(db), resealed: 0, skipped: 0, failed: 0 };
  let sealedDone = 0;
  await forEachSealedBatch(db, batchSize, async (batch, write) => {
    const ready: { value: SealedValue; sealed: string }[] = [];
    for (const value of batch) {
      if (sealedKeyId(value.sealed) === active) continue;
      try {
        const next = resealWith(ring, value.sealed, value.context);
        if (openWith(ring, next, value.context) !== openWith(ring, value.sealed, value.context)) throw new CryptoError("the re-sealed value did not verify");
        ready.push({ value, sealed: next });
      } catch (error) {
        failures.push({ kind: value.kind, id: value.id, ...(value.field ? { field: value.field } : {}), reason: reasonOf(error) });
        sealed.failed += 1;
      }
    }
    if (ready.length > 0) {
      const results = await db.$transaction(ready.map(({ value, sealed: next }) => write(value, next)));
      const count = results.filter((r) => r.count === 1).length;
      sealed.resealed += count;
      sealed.skipped += ready.length - count;
    }
    sealedDone += batch.length;
    onProgress?.({ phase: "sealed", done: sealedDone, total: sealed.total, changed: sealed.resealed, skipped: sealed.skipped, failed: sealed.failed });
  });

  const remaining: Record<string, number> = {};
  for (const [id, use] of Object.entries(await masterKeyUsage({ db }))) {
    if (id !== active && use.teamKeys + use.sealed > 0) remaining[id] = use.teamKeys + use.sealed;
  }
  return { activeKeyId: active, teamKeys, sealed, failures, remaining };
}

export type VerifyProgress = { phase: "team-keys" | "fields" | "sealed"; done: number; total: number; failed: number };

export type VerifyResult = {
  teamKeys: { checked: number; failed: number };
  fields: { checked: number; failed: number };
  sealed: { checked: number; failed: number };
  failures: VaultFailure[];
  /** How many values each master key protects (see masterKeyUsage). */
  usage: Record<string, { teamKeys: number; sealed: number }>;
};

/**
 * Opens everything the vault stores, read-only: every team data key, every credential
 * field of every team, every app-sealed value. Returns counts and the failures (where
 * and why, never a value). Holds one 32-byte data key per team key version in memory.
 */
export async function verifyVault(
  { batchSize = 500, onProgress }: { batchSize?: number; onProgress?: (progress: VerifyProgress) => void } = {},
  deps: VaultAdminDeps = {},
): Promise<VerifyResult> {
  const { ring = masterKeyring(), db = defaultDb } = deps;
  const failures: VaultFailure[] = [];
  const keys = new Map<string, Buffer | null>();
  const ref = (teamId: string, version: number) => `${teamId}/v${version}`;

  const teamKeys = { checked: 0, failed: 0 };
  const keyTotal = await db.teamKey.count();
  let after: { teamId: string; version: number } | undefined;
  for (;;) {
    const rows = await db.teamKey.findMany({
      where: after ? { OR: [{ teamId: { gt: after.teamId } }, { teamId: after.teamId, version: { gt: after.version } }] } : {},
      orderBy: [{ teamId: "asc" }, { version: "asc" }],
      take: batchSize,
      select: KEY_ROW,
    });
    if (rows.length === 0) break;
    after = { teamId: rows.at(-1)!.teamId, version: rows.at(-1)!.version };
    for (const row of rows) {
      teamKeys.checked += 1;
      try {
        keys.set(ref(row.teamId, row.version), unwrapDataKey(ring, row, row.wrapped));
      } catch (error) {
        keys.set(ref(row.teamId, row.version), null);
        failures.push({ kind: "team-key", id: ref(row.teamId, row.version), team: row.teamId, reason: reasonOf(error) });
        teamKeys.failed += 1;
      }
    }
    onProgress?.({ phase: "team-keys", done: teamKeys.checked, total: keyTotal, failed: teamKeys.failed });
  }

  const fields = { checked: 0, failed: 0 };
  const fieldTotal = await db.credentialField.count();
  let afterField: string | undefined;
  for (;;) {
    const rows = await db.credentialField.findMany({
      where: afterField ? { id: { gt: afterField } } : {},
      orderBy: { id: "asc" },
      take: batchSize,
      select: { id: true, teamId: true, appId: true, name: true, ciphertext: true, keyVersion: true, version: true, app: { select: { teamId: true } } },
    });
    if (rows.length === 0) break;
    afterField = rows.at(-1)!.id;
    for (const f of rows) {
      fields.checked += 1;
      const fail = (reason: string) => {
        failures.push({ kind: "field", id: f.id, team: f.teamId, field: f.name, reason });
        fields.failed += 1;
      };
      if (f.app.teamId !== f.teamId) {
        fail("the field's team is not its credential's team");
        continue;
      }
      const key = keys.get(ref(f.teamId, f.keyVersion));
      if (key === undefined) fail(`its team has no data key version ${f.keyVersion}`);
      else if (key === null) fail(`its data key version ${f.keyVersion} did not unwrap (see the team-key failure)`);
      else {
        try {
          decryptField(key, { teamId: f.teamId, appId: f.appId, field: f.name, fieldVersion: f.version }, f.ciphertext);
        } catch (error) {
          fail(reasonOf(error));
        }
      }
    }
    onProgress?.({ phase: "fields", done: fields.checked, total: fieldTotal, failed: fields.failed });
  }

  const sealed = { checked: 0, failed: 0 };
  const sealedTotal = await countSealed(db);
  await forEachSealedBatch(db, batchSize, (batch) => {
    for (const v of batch) {
      sealed.checked += 1;
      try {
        openWith(ring, v.sealed, v.context);
      } catch (error) {
        failures.push({ kind: v.kind, id: v.id, ...(v.field ? { field: v.field } : {}), reason: reasonOf(error) });
        sealed.failed += 1;
      }
    }
    onProgress?.({ phase: "sealed", done: sealed.checked, total: sealedTotal, failed: sealed.failed });
    return Promise.resolve();
  });

  return { teamKeys, fields, sealed, failures, usage: await masterKeyUsage({ db }) };
}
