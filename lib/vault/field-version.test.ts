import { describe, expect, it } from "vitest";
import { CryptoError } from "@/lib/crypto/aead";
import { db } from "@/lib/db/client";
import { vaultTeam } from "@/test/vault-fixtures";
import { getVaultApp, revealCredential, updateVaultApp } from "./apps";

// Issue 15 (info): putting a field's previous ciphertext back (a database write, a restored
// backup of one column) once brought the old secret back without a trace. The field's
// version is now sealed into its ciphertext, so the old one no longer opens.
describe("restoring a field's previous ciphertext", () => {
  it("fails to decrypt, while the current value and a re-save keep working", async () => {
    const t = await vaultTeam();
    const owner = t.people.owner.id;
    const before = await db.credentialField.findUniqueOrThrow({ where: { appId_name: { appId: t.appId, name: "apiKeySecret" } } });
    const app = await getVaultApp({ teamId: t.teamId, appId: t.appId });
    const { meta } = { meta: { name: app.name, twitterAppId: app.twitterAppId, environment: app.environment, accessLevel: app.accessLevel, notes: app.notes, apiTarget: app.apiTarget, rotateBy: app.rotateBy } };
    await updateVaultApp({ userId: owner, teamId: t.teamId, appId: t.appId, version: app.version, meta, set: [{ name: "apiKeySecret", label: null, value: "the-rotated-secret-value-0123456789" }], remove: [] });
    const after = await db.credentialField.findUniqueOrThrow({ where: { id: before.id } });
    expect(after.version).toBe(before.version + 1);
    expect(await revealCredential({ userId: owner, teamId: t.teamId, appId: t.appId, field: "apiKeySecret", purpose: "reveal" })).toBe("the-rotated-secret-value-0123456789");

    await db.credentialField.update({ where: { id: before.id }, data: { ciphertext: before.ciphertext } });
    await expect(revealCredential({ userId: owner, teamId: t.teamId, appId: t.appId, field: "apiKeySecret", purpose: "reveal" })).rejects.toBeInstanceOf(CryptoError);
    // Both the ciphertext and the version put back: that is the old row whole, which opens (the audit log shows the change).
    await db.credentialField.update({ where: { id: before.id }, data: { ciphertext: before.ciphertext, version: before.version } });
    expect(await revealCredential({ userId: owner, teamId: t.teamId, appId: t.appId, field: "apiKeySecret", purpose: "reveal" })).toBe(t.secrets.apiKeySecret);
  });
});
