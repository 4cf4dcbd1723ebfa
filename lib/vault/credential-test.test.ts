import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { createTeam } from "@/lib/teams/teams";
import { newAccessToken, newApp, newPerchUser, newUser, uid } from "@/test/sandbox/fixtures";
import { startSandboxServer, type SandboxServer } from "@/test/sandbox/server";
import { createVaultApp } from "./apps";
import { testAppCredentials } from "./credential-test";

let sandbox: SandboxServer;
beforeAll(async () => {
  sandbox = await startSandboxServer();
});
afterAll(async () => {
  await sandbox.close();
});

/** A team app aimed at the sandbox, holding a sandbox App's real credentials (or a wrong secret). */
async function sandboxVaultApp({ wrongSecret = false } = {}) {
  const owner = await newPerchUser("Katherine Johnson");
  const { id: teamId } = await createTeam({ userId: owner.id, name: `Team ${uid(4)}` });
  const sandboxApp = await newApp();
  const practice = await newUser("Dorothy Vaughan");
  const { accessToken, accessTokenSecret } = await newAccessToken(sandboxApp.id, practice.id);
  const { id: appId } = await createVaultApp({
    userId: owner.id,
    teamId,
    meta: { name: `app-${uid(4)}`, twitterAppId: null, environment: "development", accessLevel: null, notes: null, apiTarget: "sandbox", rotateBy: null },
    fields: [
      { name: "apiKey", label: null, value: sandboxApp.consumerKey },
      { name: "apiKeySecret", label: null, value: wrongSecret ? `${sandboxApp.consumerSecret}x` : sandboxApp.consumerSecret },
      { name: "accessToken", label: null, value: accessToken },
      { name: "accessTokenSecret", label: null, value: accessTokenSecret },
      { name: "bearerToken", label: null, value: sandboxApp.bearerToken },
    ],
  });
  // The app was last edited a while ago.
  const edited = new Date("2026-01-02T03:04:05.000Z");
  await db.vaultApp.update({ where: { id: appId }, data: { updatedAt: edited } });
  return { owner, teamId, appId, edited, practice };
}

describe("testAppCredentials", () => {
  it("records the outcome without changing the app's 'changed' time (issue 19)", async () => {
    const { owner, teamId, appId, edited, practice } = await sandboxVaultApp();
    const result = await testAppCredentials({ userId: owner.id, teamId, appId, origin: sandbox.origin });
    expect(result).toMatchObject({ ok: true, target: "sandbox" });
    expect(result.userContext?.ok && result.userContext.user?.username).toBe(practice.username);
    const row = await db.vaultApp.findUniqueOrThrow({ where: { id: appId } });
    expect(row.updatedAt.toISOString()).toBe(edited.toISOString());
    expect(row.lastTestOk).toBe(true);
    expect(row.lastTestedAt?.getTime()).toBeGreaterThan(edited.getTime());
  });

  it("a failure against the sandbox names the sandbox, carries the catalogue's diagnosis, and leaves updatedAt alone", async () => {
    const { owner, teamId, appId, edited } = await sandboxVaultApp({ wrongSecret: true });
    const result = await testAppCredentials({ userId: owner.id, teamId, appId, origin: sandbox.origin });
    expect(result.ok).toBe(false);
    const outcome = result.userContext;
    if (!outcome || outcome.ok) throw new Error("expected a failure");
    expect(outcome.message).toMatch(/^Perch's sandbox did not accept these OAuth 1\.0a credentials/);
    expect(outcome.message).not.toContain("Twitter");
    expect(outcome.diagnosis?.troubleshoot).toBe("/troubleshoot#status-401");
    expect(result.summary).toContain("user context failed: invalid: 401 Unauthorized");
    expect((await db.vaultApp.findUniqueOrThrow({ where: { id: appId } })).updatedAt.toISOString()).toBe(edited.toISOString());
  });
});
