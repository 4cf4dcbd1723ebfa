import { describe, expect, it } from "vitest";
import { sha256 } from "@/lib/crypto/hash";
import { db } from "@/lib/db/client";
import { ACCESS, accessEntries } from "@/lib/guard/access";
import { POST as exportRoute } from "@/app/api/teams/[teamId]/apps/[appId]/export/route";
import { rekeyAction } from "@/app/vault/[teamId]/settings/actions";
import { Browser } from "./browser";
import { vaultTeam } from "./vault-fixtures";

// Re-authentication before `.env` export and a team re-key: the rule is in the access table
// (recentSignIn), the guard reads the session's sign-in time, and signing in again (a new
// session) lets the same person through.

const SITE = "http://localhost:3000";

async function ageSession(browser: Browser, seconds: number): Promise<void> {
  const token = browser.jar.get("next-auth.session-token")!;
  await db.session.update({ where: { tokenHash: sha256(token) }, data: { createdAt: new Date(Date.now() - seconds * 1000) } });
}

function exportRequest(teamId: string, appId: string, headers: Record<string, string> = {}) {
  return new Request(`${SITE}/api/teams/${teamId}/apps/${appId}/export`, { method: "POST", headers: { host: "localhost:3000", origin: SITE, ...headers } });
}

describe("re-authentication", () => {
  it("is asked for by exactly the export and the team re-key, 10 minutes", () => {
    const asking = accessEntries().filter(([, e]) => e.recentSignIn !== undefined);
    expect(asking.map(([id]) => id).sort()).toEqual(["POST /api/teams/[teamId]/apps/[appId]/export", "teams.rekey"]);
    for (const [, e] of asking) expect(e.recentSignIn).toBe(600);
  });

  it("refuses an export from an 11-minute-old sign-in with problem JSON, then allows it after signing in again", async () => {
    const team = await vaultTeam();
    const { owner } = team.people;
    await ageSession(owner.browser, 660);
    const params = { params: Promise.resolve({ teamId: team.teamId, appId: team.appId }) };
    const refused = await owner.browser.call(() => exportRoute(exportRequest(team.teamId, team.appId), params));
    expect(refused.status).toBe(401);
    const body = (await refused.json()) as { code: string; detail: string };
    expect(body.code).toBe("REAUTHENTICATE");
    expect(body.detail).toMatch(/sign in again.*more than 10 minutes ago/i);
    // Nothing was handed out or recorded as exported.
    expect(await db.auditEntry.count({ where: { teamId: team.teamId, action: { contains: "export" } } })).toBe(0);

    await owner.browser.signInAs({ id: owner.id });
    const allowed = await owner.browser.call(() => exportRoute(exportRequest(team.teamId, team.appId), { params: Promise.resolve({ teamId: team.teamId, appId: team.appId }) }));
    expect(allowed.status).toBe(200);
    expect(await allowed.text()).toContain(team.secrets.apiKey);
  });

  it("sends the Export button's form (a navigation) to the sign-in page, which comes back to the app page", async () => {
    const team = await vaultTeam();
    const { admin } = team.people;
    await ageSession(admin.browser, 3600);
    const page = `/vault/${team.teamId}/apps/${team.appId}`;
    const res = await admin.browser.call(() =>
      exportRoute(exportRequest(team.teamId, team.appId, { "sec-fetch-mode": "navigate", referer: `${SITE}${page}` }), { params: Promise.resolve({ teamId: team.teamId, appId: team.appId }) }),
    );
    expect(res.status).toBe(303);
    expect(res.headers.get("location")).toBe(`/signin?reauth=1&callbackUrl=${encodeURIComponent(page)}`);
    expect(await res.text()).not.toContain(team.secrets.apiKey);
  });

  it("never sends the browser to another site from a forged Referer", async () => {
    const team = await vaultTeam();
    await ageSession(team.people.owner.browser, 3600);
    const res = await team.people.owner.browser.call(() =>
      exportRoute(exportRequest(team.teamId, team.appId, { "sec-fetch-mode": "navigate", referer: "https://evil.example/phish" }), { params: Promise.resolve({ teamId: team.teamId, appId: team.appId }) }),
    );
    expect(res.headers.get("location")).toBe("/signin?reauth=1&callbackUrl=%2F");
  });

  it("refuses a re-key from an old sign-in and leaves the key as it was; a fresh sign-in re-keys", async () => {
    const team = await vaultTeam();
    const { owner } = team.people;
    const before = await db.team.findUniqueOrThrow({ where: { id: team.teamId }, select: { activeKeyVersion: true } });
    await ageSession(owner.browser, ACCESS["teams.rekey"].recentSignIn + 1);
    const refused = await owner.browser.call(() => rekeyAction({ teamId: team.teamId }));
    expect(refused).toMatchObject({ ok: false, code: "REAUTHENTICATE" });
    expect((await db.team.findUniqueOrThrow({ where: { id: team.teamId }, select: { activeKeyVersion: true } })).activeKeyVersion).toBe(before.activeKeyVersion);

    await owner.browser.signInAs({ id: owner.id });
    expect(await owner.browser.call(() => rekeyAction({ teamId: team.teamId }))).toMatchObject({ ok: true });
  });

  it("asks a viewer nothing about signing in again: they are refused for their role first", async () => {
    const team = await vaultTeam();
    await ageSession(team.people.viewer.browser, 3600);
    expect(await team.people.viewer.browser.call(() => rekeyAction({ teamId: team.teamId }))).toMatchObject({ ok: false, code: "FORBIDDEN" });
  });
});
