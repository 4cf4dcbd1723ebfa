import { spawnSync } from "node:child_process";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Keyring, masterKey, masterKeyText, ownDatabase, seedSealed, seedTeam, type SeededField, type SeededSealed } from "@/test/vault";

const root = path.resolve(__dirname, "..");
const k1 = masterKey("k1");
const k2 = masterKey("k2");

/** Runs an npm script the way an operator would, against the test's own database. */
function npmRun(script: string, keys: string, databaseUrl: string) {
  return spawnSync("npm", ["run", "--silent", script], {
    cwd: root,
    encoding: "utf8",
    timeout: 120_000,
    env: {
      PATH: process.env.PATH ?? "",
      HOME: process.env.HOME ?? "",
      NODE_ENV: "test",
      DATABASE_URL: databaseUrl,
      NEXTAUTH_SECRET: "test-only-secret-for-vault-script-runs-0123456789",
      PERCH_MASTER_KEYS: keys,
    },
  });
}

// Each test starts Node processes through npm (a few seconds each, more on a busy machine).
describe("npm run vault:rotate-master-key and vault:verify", { timeout: 240_000 }, () => {
  let own: Awaited<ReturnType<typeof ownDatabase>>;
  let fields: SeededField[] = [];
  let sealed: SeededSealed[] = [];
  beforeAll(async () => {
    own = await ownDatabase();
    const ring = new Keyring([k1]);
    for (let i = 0; i < 3; i++) fields.push(...(await seedTeam(own.db, ring, { fieldsPerApp: 2 })).fields);
    sealed = await seedSealed(own.db, ring);
  });
  afterAll(async () => {
    fields = [];
    sealed = [];
    await own?.close();
  });

  it("rotates to the new key, says the old one can go, and verification then passes without it", () => {
    const rotate = npmRun("vault:rotate-master-key", `${masterKeyText(k2)},${masterKeyText(k1)}`, own.url);
    expect(rotate.stderr).not.toMatch(/stopped/);
    expect(rotate.status).toBe(0);
    expect(rotate.stdout).toMatch(/Team data keys under an older key: 3 \(3 re-wrapped and verified/);
    expect(rotate.stdout).toMatch(/Nothing is left under "k1"/);
    // Not a terminal: plain progress lines.
    expect(rotate.stderr).toMatch(/team data keys: 100% \(3\/3\)/);

    const verify = npmRun("vault:verify", masterKeyText(k2), own.url);
    expect(verify.status).toBe(0);
    expect(verify.stdout).toMatch(/Credential fields: 6 checked, 0 failed/);
    expect(verify.stdout).toMatch(/"k2": 3 team data keys, 4 app secrets/);
    expect(verify.stdout).toMatch(/Everything opens/);
  });

  it("verification fails with the tampered row named and no value printed", async () => {
    const victim = fields[2]!;
    const row = await own.db.credentialField.findUniqueOrThrow({ where: { id: victim.id } });
    const bytes = Buffer.from(row.ciphertext);
    bytes[3] = bytes[3]! ^ 1;
    await own.db.credentialField.update({ where: { id: victim.id }, data: { ciphertext: bytes } });

    const verify = npmRun("vault:verify", masterKeyText(k2), own.url);
    expect(verify.status).toBe(1);
    expect(verify.stdout).toMatch(/Credential fields: 6 checked, 1 failed/);
    expect(verify.stdout).toContain(`field  ${victim.id}  team ${victim.teamId}  field ${victim.name}`);
    for (const v of [...fields.map((f) => f.value), ...sealed.map((s) => s.value)]) {
      expect(verify.stdout).not.toContain(v);
      expect(verify.stderr).not.toContain(v);
    }
  });

  it("exits non-zero and keeps the old key when something cannot be rotated", () => {
    // Everything is under k2 now; a keyring that lacks k2 cannot rotate it.
    const failed = npmRun("vault:rotate-master-key", `${masterKeyText(masterKey("k4"))},${masterKeyText(masterKey("k3"))}`, own.url);
    expect(failed.status).toBe(1);
    expect(failed.stdout).toMatch(/Team data keys under an older key: 3 \(0 re-wrapped and verified, 0 done meanwhile by another run or a re-key, 3 failed\)/);
    expect(failed.stdout).toMatch(/"k2" is not in PERCH_MASTER_KEYS/);
    expect(failed.stdout).toMatch(/7 values are still under "k2": do not remove "k2"/);
  });
});
