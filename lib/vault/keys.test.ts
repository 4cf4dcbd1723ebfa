import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CryptoError } from "@/lib/crypto/aead";
import { openWith, sealWith, sealedKeyId } from "@/lib/crypto/app-seal";
import { db as sharedDb, type Db } from "@/lib/db/client";
import { isAppError } from "@/lib/guard/errors";
import { Keyring, masterKey, ownDatabase, secretValue, seedSealed, seedTeam, uid, type SeededField, type SeededSealed } from "@/test/vault";
import { wrapDataKey, newDataKey } from "./crypto";
import {
  DataKeyCache,
  dataKeyFor,
  decryptFieldValue,
  encryptFieldValue,
  ensureTeamKey,
  rekeyTeam,
  rewrapDataKeys,
  verifyVault,
  type RotationProgress,
} from "./keys";

const k1 = masterKey("k1");
const k2 = masterKey("k2");

async function readField(db: Db, field: SeededField, ring: Keyring): Promise<string> {
  const row = await db.credentialField.findUniqueOrThrow({ where: { id: field.id } });
  return decryptFieldValue({ teamId: row.teamId, appId: row.appId, field: row.name, fieldVersion: row.version, ciphertext: row.ciphertext, keyVersion: row.keyVersion }, { db, ring });
}

async function expectAllReadable(db: Db, ring: Keyring, fields: SeededField[], sealed: SeededSealed[] = []) {
  for (const f of fields) expect(await readField(db, f, ring)).toBe(f.value);
  for (const s of sealed) expect(openWith(ring, await s.read(db), s.context)).toBe(s.value);
}

describe("team data keys (shared test database, own teams)", () => {
  const ring = new Keyring([k1]);

  it("gives a team one data key even when many callers race to create it", async () => {
    const team = await sharedDb.team.create({ data: { name: `race ${uid()}` } });
    const results = await Promise.all(Array.from({ length: 8 }, () => ensureTeamKey({ teamId: team.id }, { ring })));
    expect(results.every((r) => r.version === 1)).toBe(true);
    expect(results.filter((r) => r.created)).toHaveLength(1);
    const rows = await sharedDb.teamKey.findMany({ where: { teamId: team.id } });
    expect(rows).toHaveLength(1);
    expect(rows[0]!.masterKeyId).toBe("k1");
    expect(await ensureTeamKey({ teamId: team.id }, { ring })).toEqual({ version: 1, created: false });
  });

  it("refuses a team that does not exist", async () => {
    const error: unknown = await ensureTeamKey({ teamId: `missing-${uid()}` }, { ring }).catch((e: unknown) => e);
    expect(isAppError(error) && error.code).toBe("NOT_FOUND");
  });

  it("encrypts a field for storage (creating the first key) and gives back exactly the value", async () => {
    const team = await sharedDb.team.create({ data: { name: `fields ${uid()}` } });
    const app = await sharedDb.vaultApp.create({ data: { teamId: team.id, name: "app", environment: "production" } });
    const value = secretValue();
    const { ciphertext, keyVersion } = await encryptFieldValue({ teamId: team.id, appId: app.id, field: "apiKeySecret", value }, { ring });
    expect(keyVersion).toBe(1);
    expect(await sharedDb.teamKey.count({ where: { teamId: team.id } })).toBe(1);
    const row = await sharedDb.credentialField.create({ data: { appId: app.id, teamId: team.id, name: "apiKeySecret", ciphertext, keyVersion } });
    const stored = await sharedDb.credentialField.findUniqueOrThrow({ where: { id: row.id } });
    expect(Buffer.from(stored.ciphertext).includes(Buffer.from(value))).toBe(false);
    expect(await decryptFieldValue({ teamId: team.id, appId: app.id, field: "apiKeySecret", fieldVersion: stored.version, ciphertext: stored.ciphertext, keyVersion }, { ring })).toBe(value);
  });

  it("fails closed for a ciphertext copied into another field, app or team's row", async () => {
    const a = await seedTeam(sharedDb, ring, { apps: 2, fieldsPerApp: 2 });
    const b = await seedTeam(sharedDb, ring, { apps: 1, fieldsPerApp: 2 });
    const [source, sameAppOtherField, otherApp] = [a.fields[0]!, a.fields[1]!, a.fields[2]!];
    const otherTeam = b.fields[0]!;
    const { ciphertext } = await sharedDb.credentialField.findUniqueOrThrow({ where: { id: source.id } });
    for (const target of [sameAppOtherField, otherApp, otherTeam]) {
      await sharedDb.credentialField.update({ where: { id: target.id }, data: { ciphertext } });
      await expect(readField(sharedDb, target, ring)).rejects.toThrow(CryptoError);
    }
    expect(await readField(sharedDb, source, ring)).toBe(source.value);
  });

  it("never answers from the cache for another keyring, even one with a key of the same id", async () => {
    const { teamId } = await seedTeam(sharedDb, ring, { fieldsPerApp: 1 });
    expect(await dataKeyFor({ teamId, version: 1 }, { ring })).toHaveLength(32);
    const impostor = new Keyring([masterKey("k1", "not the real k1")]);
    await expect(dataKeyFor({ teamId, version: 1 }, { ring: impostor })).rejects.toThrow(CryptoError);
    await expect(dataKeyFor({ teamId, version: 2 }, { ring })).rejects.toThrow(/no data key version 2/);
  });

  it("notices at once when another instance changed the stored key, even under a version and master key id seen before", async () => {
    const seeded = await seedTeam(sharedDb, ring, { fieldsPerApp: 1 });
    const { teamId } = seeded;
    const first = Buffer.from(await dataKeyFor({ teamId, version: 1 }, { ring })); // cached here
    // Elsewhere (another instance, or a restore followed by a re-key): the row for version 1,
    // still wrapped by k1, now holds another data key.
    const replacement = newDataKey();
    const wrapped = wrapDataKey(ring, { teamId, version: 1 }, replacement);
    await sharedDb.teamKey.update({ where: { teamId_version: { teamId, version: 1 } }, data: { wrapped: wrapped.wrapped, masterKeyId: wrapped.masterKeyId } });
    const now = await dataKeyFor({ teamId, version: 1 }, { ring });
    expect(now.equals(replacement)).toBe(true);
    expect(now.equals(first)).toBe(false);
    // A master-key rotation elsewhere re-wraps the same data key under the same id with a
    // fresh nonce: the cache unwraps the new bytes and still gets the same key.
    const rewrapped = wrapDataKey(ring, { teamId, version: 1 }, replacement);
    await sharedDb.teamKey.update({ where: { teamId_version: { teamId, version: 1 } }, data: { wrapped: rewrapped.wrapped } });
    expect((await dataKeyFor({ teamId, version: 1 }, { ring })).equals(replacement)).toBe(true);
    // A damaged stored key fails closed instead of being answered from memory.
    const damaged = Buffer.from(rewrapped.wrapped);
    damaged[20] = damaged[20]! ^ 1;
    await sharedDb.teamKey.update({ where: { teamId_version: { teamId, version: 1 } }, data: { wrapped: damaged } });
    await expect(dataKeyFor({ teamId, version: 1 }, { ring })).rejects.toThrow(CryptoError);
  });

  it("keeps the cache bounded, dropping the least recently used key", () => {
    const cache = new DataKeyCache(3);
    const entry = (k: string) => ({ wrapped: Buffer.from(`w${k}`), key: Buffer.from(k) });
    for (const k of ["a", "b", "c"]) cache.set(k, entry(k));
    cache.get("a");
    cache.set("d", entry("d"));
    expect(cache.size).toBe(3);
    expect(cache.get("b")).toBeUndefined();
    expect(cache.get("a")?.key.toString()).toBe("a");
    cache.forget("a");
    expect(cache.get("a")).toBeUndefined();
  });
});

describe("re-keying one team", () => {
  const ring = new Keyring([k1]);

  it("re-encrypts every field under a new key version, keeps every value, and deletes the old key", async () => {
    const team = await seedTeam(sharedDb, ring, { apps: 2, fieldsPerApp: 4 });
    const bystander = await seedTeam(sharedDb, ring, { fieldsPerApp: 2 });
    const before = await sharedDb.credentialField.findMany({ where: { teamId: { in: [team.teamId, bystander.teamId] } } });
    await dataKeyFor({ teamId: team.teamId, version: 1 }, { ring }); // cached in this process

    const result = await rekeyTeam({ teamId: team.teamId }, { ring });
    expect(result).toEqual({ teamId: team.teamId, fromVersion: 1, version: 2, fields: 8, deletedKeys: 1 });
    expect((await sharedDb.team.findUniqueOrThrow({ where: { id: team.teamId } })).activeKeyVersion).toBe(2);
    expect((await sharedDb.teamKey.findMany({ where: { teamId: team.teamId } })).map((k) => k.version)).toEqual([2]);
    await expectAllReadable(sharedDb, ring, team.fields);

    const after = await sharedDb.credentialField.findMany({ where: { teamId: { in: [team.teamId, bystander.teamId] } } });
    for (const old of before) {
      const now = after.find((f) => f.id === old.id)!;
      expect(now.updatedAt.getTime()).toBe(old.updatedAt.getTime());
      expect(now.version).toBe(old.version);
      if (old.teamId === team.teamId) {
        expect(now.keyVersion).toBe(2);
        expect(Buffer.from(now.ciphertext).equals(Buffer.from(old.ciphertext))).toBe(false);
        // The old ciphertext is unreadable now: its key is gone, cached or not.
        await expect(decryptFieldValue({ teamId: old.teamId, appId: old.appId, field: old.name, fieldVersion: old.version, ciphertext: old.ciphertext, keyVersion: 1 }, { ring })).rejects.toThrow(CryptoError);
      } else {
        expect(Buffer.from(now.ciphertext).equals(Buffer.from(old.ciphertext))).toBe(true);
      }
    }

    // New values use the new version; a second re-key moves on to version 3.
    const extra = await encryptFieldValue({ teamId: team.teamId, appId: team.fields[0]!.appId, field: "extra:new", value: "v" }, { ring });
    expect(extra.keyVersion).toBe(2);
    expect(await rekeyTeam({ teamId: team.teamId }, { ring })).toMatchObject({ fromVersion: 2, version: 3, fields: 8, deletedKeys: 1 });
    await expectAllReadable(sharedDb, ring, team.fields);
  });

  it("changes nothing when a field does not open (fails closed, loses nothing)", async () => {
    const team = await seedTeam(sharedDb, ring, { fieldsPerApp: 3 });
    const damaged = team.fields[1]!;
    const row = await sharedDb.credentialField.findUniqueOrThrow({ where: { id: damaged.id } });
    const bytes = Buffer.from(row.ciphertext);
    bytes[bytes.length - 1] = bytes[bytes.length - 1]! ^ 1;
    await sharedDb.credentialField.update({ where: { id: damaged.id }, data: { ciphertext: bytes } });
    const before = await sharedDb.credentialField.findMany({ where: { teamId: team.teamId }, orderBy: { id: "asc" } });

    await expect(rekeyTeam({ teamId: team.teamId }, { ring })).rejects.toThrow(CryptoError);
    expect((await sharedDb.team.findUniqueOrThrow({ where: { id: team.teamId } })).activeKeyVersion).toBe(1);
    expect((await sharedDb.teamKey.findMany({ where: { teamId: team.teamId } })).map((k) => k.version)).toEqual([1]);
    const after = await sharedDb.credentialField.findMany({ where: { teamId: team.teamId }, orderBy: { id: "asc" } });
    expect(after.map((f) => [f.keyVersion, Buffer.from(f.ciphertext).toString("hex")])).toEqual(before.map((f) => [f.keyVersion, Buffer.from(f.ciphertext).toString("hex")]));
    await expectAllReadable(sharedDb, ring, team.fields.filter((f) => f !== damaged));
  });

  it("stays consistent when two re-keys of one team run at once", async () => {
    const team = await seedTeam(sharedDb, ring, { apps: 2, fieldsPerApp: 3 });
    const results = await Promise.allSettled([rekeyTeam({ teamId: team.teamId }, { ring }), rekeyTeam({ teamId: team.teamId }, { ring })]);
    const ok = results.filter((r) => r.status === "fulfilled");
    expect(ok.length).toBeGreaterThanOrEqual(1);
    for (const r of results) if (r.status === "rejected") expect(isAppError(r.reason) && r.reason.code).toBe("CONFLICT");
    const keys = await sharedDb.teamKey.findMany({ where: { teamId: team.teamId } });
    const { activeKeyVersion } = await sharedDb.team.findUniqueOrThrow({ where: { id: team.teamId } });
    expect(keys.map((k) => k.version)).toEqual([activeKeyVersion]);
    expect(activeKeyVersion).toBe(1 + ok.length);
    await expectAllReadable(sharedDb, ring, team.fields);
  });
});

describe("master-key rotation (a database of its own)", () => {
  let own: Awaited<ReturnType<typeof ownDatabase>>;
  beforeAll(async () => {
    own = await ownDatabase();
  });
  afterAll(async () => {
    await own?.close();
  });

  // Each test starts from an empty vault in the database, because rotation acts on every row.
  async function emptyVault() {
    await own.db.team.deleteMany();
    await own.db.user.deleteMany();
    await own.db.sandboxApp.deleteMany();
    await own.db.sandboxUser.deleteMany();
  }

  async function seedVault(teams: number, ring: Keyring) {
    const fields: SeededField[] = [];
    for (let i = 0; i < teams; i++) fields.push(...(await seedTeam(own.db, ring, { fieldsPerApp: 2 })).fields);
    const sealed = await seedSealed(own.db, ring);
    return { fields, sealed };
  }

  it("re-wraps every data key and re-seals every app secret under the new key; then the old key can go", async () => {
    await emptyVault();
    const { fields, sealed } = await seedVault(12, new Keyring([k1]));
    const ciphertextsBefore = await own.db.credentialField.findMany({ orderBy: { id: "asc" } });
    const progress: RotationProgress[] = [];

    const result = await rewrapDataKeys({ batchSize: 5, onProgress: (p) => progress.push(p) }, { db: own.db, ring: new Keyring([k2, k1]) });
    expect(result.failures).toEqual([]);
    expect(result.teamKeys).toEqual({ total: 12, rewrapped: 12, skipped: 0, failed: 0 });
    expect(result.sealed).toEqual({ total: 4, resealed: 4, skipped: 0, failed: 0 });
    expect(result.remaining).toEqual({});
    expect(progress.filter((p) => p.phase === "team-keys").map((p) => p.done)).toEqual([5, 10, 12]);
    expect(progress.at(-1)).toMatchObject({ phase: "sealed", done: 4, total: 4 });

    const keys = await own.db.teamKey.findMany();
    expect(keys.every((k) => k.masterKeyId === "k2" && k.rewrappedAt !== null)).toBe(true);
    for (const s of sealed) expect(sealedKeyId(await s.read(own.db))).toBe("k2");
    // Field ciphertexts are untouched: the data keys did not change.
    const ciphertextsAfter = await own.db.credentialField.findMany({ orderBy: { id: "asc" } });
    expect(ciphertextsAfter.map((f) => Buffer.from(f.ciphertext).toString("hex"))).toEqual(ciphertextsBefore.map((f) => Buffer.from(f.ciphertext).toString("hex")));

    // With k1 removed from the keyring, everything still opens.
    const onlyK2 = new Keyring([k2]);
    await expectAllReadable(own.db, onlyK2, fields, sealed);
    const verified = await verifyVault({}, { db: own.db, ring: onlyK2 });
    expect(verified.failures).toEqual([]);
    expect(verified.fields).toEqual({ checked: 24, failed: 0 });
    expect(verified.usage).toEqual({ k2: { teamKeys: 12, sealed: 4 } });

    // Running it again finds nothing left to do.
    const again = await rewrapDataKeys({}, { db: own.db, ring: new Keyring([k2, k1]) });
    expect(again.teamKeys.rewrapped + again.sealed.resealed).toBe(0);
  });

  it("resumes after a crash part-way: nothing lost, nothing wrapped twice", async () => {
    await emptyVault();
    const { fields, sealed } = await seedVault(23, new Keyring([k1]));
    const dataKeys = new Map<string, string>();
    for (const k of await own.db.teamKey.findMany()) dataKeys.set(k.teamId, (await dataKeyFor({ teamId: k.teamId, version: k.version }, { db: own.db, ring: new Keyring([k1]) })).toString("hex"));
    const crash = new Error("simulated crash after the first batch");
    const crashing = (p: RotationProgress) => {
      if (p.phase === "team-keys") throw crash;
    };

    await expect(rewrapDataKeys({ batchSize: 5, onProgress: crashing }, { db: own.db, ring: new Keyring([k2, k1]) })).rejects.toBe(crash);
    expect(await own.db.teamKey.count({ where: { masterKeyId: "k2" } })).toBe(5);
    expect(await own.db.teamKey.count({ where: { masterKeyId: "k1" } })).toBe(18);

    const rerun = await rewrapDataKeys({ batchSize: 5 }, { db: own.db, ring: new Keyring([k2, k1]) });
    expect(rerun.teamKeys).toEqual({ total: 18, rewrapped: 18, skipped: 0, failed: 0 });
    expect(rerun.failures).toEqual([]);
    expect(rerun.remaining).toEqual({});

    const onlyK2 = new Keyring([k2]);
    for (const k of await own.db.teamKey.findMany()) {
      expect(k.masterKeyId).toBe("k2");
      expect((await dataKeyFor({ teamId: k.teamId, version: k.version }, { db: own.db, ring: onlyK2 })).toString("hex")).toBe(dataKeys.get(k.teamId));
    }
    await expectAllReadable(own.db, onlyK2, fields, sealed);
  });

  it("lets two runs at once share the work without conflict", async () => {
    await emptyVault();
    const { fields, sealed } = await seedVault(20, new Keyring([k1]));
    const runs = await Promise.all([0, 1].map(() => rewrapDataKeys({ batchSize: 4 }, { db: own.db, ring: new Keyring([k2, k1]) })));
    expect(runs.flatMap((r) => r.failures)).toEqual([]);
    expect(runs[0]!.teamKeys.rewrapped + runs[1]!.teamKeys.rewrapped).toBe(20);
    expect(runs[0]!.sealed.resealed + runs[1]!.sealed.resealed).toBe(4);
    await expectAllReadable(own.db, new Keyring([k2]), fields, sealed);
  });

  it("reports what it cannot re-wrap, leaves it exactly as it was, and finishes the rest", async () => {
    await emptyVault();
    const { fields } = await seedVault(6, new Keyring([k1]));
    // A team whose key is under a master key this keyring lacks, and one whose wrapped key is damaged.
    const lost = await own.db.team.create({ data: { name: "lost key" } });
    const k0 = masterKey("k0");
    await own.db.teamKey.create({ data: { teamId: lost.id, version: 1, ...wrapDataKey(new Keyring([k0]), { teamId: lost.id, version: 1 }, newDataKey()) } });
    const damagedTeam = fields[0]!.teamId;
    const row = await own.db.teamKey.findUniqueOrThrow({ where: { teamId_version: { teamId: damagedTeam, version: 1 } } });
    const bytes = Buffer.from(row.wrapped);
    bytes[20] = bytes[20]! ^ 4;
    await own.db.teamKey.update({ where: { teamId_version: { teamId: damagedTeam, version: 1 } }, data: { wrapped: bytes } });
    // A sealed token under a key the keyring lacks.
    const sealed = await seedSealed(own.db, new Keyring([k0]));

    const result = await rewrapDataKeys({ batchSize: 2 }, { db: own.db, ring: new Keyring([k2, k1]) });
    expect(result.teamKeys).toEqual({ total: 7, rewrapped: 5, skipped: 0, failed: 2 });
    expect(result.failures.filter((f) => f.kind === "team-key").map((f) => f.team).sort()).toEqual([lost.id, damagedTeam].sort());
    expect(result.failures.find((f) => f.team === lost.id)?.reason).toMatch(/"k0" is not in PERCH_MASTER_KEYS/);
    expect(result.sealed.failed).toBe(4);
    expect(result.remaining).toEqual({ k0: 1 + 4, k1: 1 });
    const still = await own.db.teamKey.findUniqueOrThrow({ where: { teamId_version: { teamId: damagedTeam, version: 1 } } });
    expect(still.masterKeyId).toBe("k1");
    expect(Buffer.from(still.wrapped).equals(bytes)).toBe(true);
    for (const s of sealed) expect(sealedKeyId(await s.read(own.db))).toBe("k0");
    await expectAllReadable(own.db, new Keyring([k2]), fields.filter((f) => f.teamId !== damagedTeam));
    const report = JSON.stringify(result);
    for (const s of sealed) expect(report).not.toContain(s.value);
  });

  it("verification names a tampered row and a missing key without printing any value", async () => {
    await emptyVault();
    const ring = new Keyring([k1]);
    const { fields, sealed } = await seedVault(3, ring);
    const [tampered, orphan] = [fields[0]!, fields[3]!];
    const row = await own.db.credentialField.findUniqueOrThrow({ where: { id: tampered.id } });
    const bytes = Buffer.from(row.ciphertext);
    bytes[bytes.length - 5] = bytes[bytes.length - 5]! ^ 0x10;
    await own.db.credentialField.update({ where: { id: tampered.id }, data: { ciphertext: bytes } });
    await own.db.credentialField.update({ where: { id: orphan.id }, data: { keyVersion: 7 } });
    const account = sealed[0]!;
    const accountRow = await own.db.account.findFirstOrThrow();
    await own.db.account.update({ where: { id: accountRow.id }, data: { accessToken: sealWith(ring, account.value, "some other context") } });

    const progress: string[] = [];
    const result = await verifyVault({ batchSize: 2, onProgress: (p) => progress.push(p.phase) }, { db: own.db, ring });
    expect(result.teamKeys).toEqual({ checked: 3, failed: 0 });
    expect(result.fields).toEqual({ checked: 6, failed: 2 });
    expect(result.sealed).toEqual({ checked: 4, failed: 1 });
    expect(result.failures).toEqual(
      expect.arrayContaining([
        { kind: "field", id: tampered.id, team: tampered.teamId, field: tampered.name, reason: expect.stringMatching(/could not be opened/) as unknown },
        { kind: "field", id: orphan.id, team: orphan.teamId, field: orphan.name, reason: "its team has no data key version 7" },
        { kind: "account-token", id: accountRow.id, field: "access_token", reason: expect.stringMatching(/could not be opened/) as unknown },
      ]),
    );
    expect(result.failures).toHaveLength(3);
    expect(new Set(progress)).toEqual(new Set(["team-keys", "fields", "sealed"]));
    const report = JSON.stringify(result);
    for (const v of [...fields.map((f) => f.value), ...sealed.map((s) => s.value)]) expect(report).not.toContain(v);
  });
});
