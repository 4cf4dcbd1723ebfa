import { describe, expect, it } from "vitest";
import { can, ROLES, type Role } from "@/lib/auth/permissions";
import { accessEntries, type AccessId } from "@/lib/guard/access";
import { Browser } from "@/test/browser";
import { vaultTeam, type Person } from "@/test/vault-fixtures";
import { POST as exportRoute } from "@/app/api/teams/[teamId]/apps/[appId]/export/route";
import { POST as revealRoute } from "@/app/api/teams/[teamId]/apps/[appId]/reveal/route";
import { createApp, deleteApp, saveSecrets, testApp, updateApp } from "./[teamId]/actions";
import { changeRoleAction, createInviteAction, removeMemberAction, revokeInviteAction } from "./[teamId]/members/actions";
import { deleteTeamAction, leaveAction, rekeyAction, transferAction, updateSettingsAction } from "./[teamId]/settings/actions";
import { deleteDraftAction, saveDraftAction } from "@/app/drafts/actions";
import { createServiceToken } from "@/lib/tokens/service-tokens";
import { createTokenAction, revokeTokenAction } from "./[teamId]/tokens/actions";

// The authorization matrix: every team-level action and route in the access table, called
// by anonymous, viewer, member, admin, owner, and the owner of another team. Allowed or
// refused comes from the permission table, never from a list kept here; a refused response
// never carries a secret. A new team-level entry without a way to call it here fails.

type Team = Awaited<ReturnType<typeof vaultTeam>>;
/** What one call returned, as the caller would see it. */
type Outcome = { refusal: "UNAUTHENTICATED" | "FORBIDDEN" | "NOT_A_MEMBER" | null; text: string };

const NOT_A_MEMBER = "That team doesn't exist, or you are not a member of it.";

function fromResult(result: { ok: boolean; code?: string; message?: string }): Outcome {
  const text = JSON.stringify(result);
  if (result.ok) return { refusal: null, text };
  if (result.code === "UNAUTHENTICATED" || result.code === "FORBIDDEN") return { refusal: result.code, text };
  if (result.code === "NOT_FOUND" && result.message === NOT_A_MEMBER) return { refusal: "NOT_A_MEMBER", text };
  return { refusal: null, text };
}

async function fromResponse(response: Response): Promise<Outcome> {
  const text = await response.text();
  const body = (() => {
    try {
      return JSON.parse(text) as { code?: string; detail?: string };
    } catch {
      return {};
    }
  })();
  if (response.status === 401) return { refusal: "UNAUTHENTICATED", text };
  if (response.status === 403) return { refusal: "FORBIDDEN", text };
  if (response.status === 404 && body.detail === NOT_A_MEMBER) return { refusal: "NOT_A_MEMBER", text };
  return { refusal: null, text };
}

const routeCall = (handler: typeof revealRoute, path: string, teamId: string, appId: string, body: unknown) => async (browser: Browser) =>
  fromResponse(
    await browser.call(() =>
      handler(new Request(`http://localhost:3000${path}`, { method: "POST", headers: { "content-type": "application/json", origin: "http://localhost:3000", host: "localhost:3000" }, body: JSON.stringify(body) }), {
        params: Promise.resolve({ teamId, appId }),
      }),
    ),
  );

const meta = { twitterAppId: null, environment: "development" as const, accessLevel: null, notes: null, apiTarget: "sandbox" as const, rotateBy: null };

/** How to call each team-level entry with input that the body would accept. */
const CALLS: Partial<Record<AccessId, (t: Team) => (browser: Browser) => Promise<Outcome>>> = {
  "teams.updateSettings": (t) => async (b) => fromResult(await b.call(() => updateSettingsAction({ teamId: t.teamId, name: `${t.teamName} renamed`, staleAfterDays: 30 }))),
  "teams.delete": (t) => async (b) => fromResult(await b.call(() => deleteTeamAction({ teamId: t.teamId, confirmName: t.teamName }))),
  "teams.transferOwnership": (t) => async (b) => fromResult(await b.call(() => transferAction({ teamId: t.teamId, memberId: t.people.spareMember.id }))),
  "teams.rekey": (t) => async (b) => fromResult(await b.call(() => rekeyAction({ teamId: t.teamId }))),
  "teams.leave": (t) => async (b) => fromResult(await b.call(() => leaveAction({ teamId: t.teamId }))),
  "members.changeRole": (t) => async (b) => fromResult(await b.call(() => changeRoleAction({ teamId: t.teamId, memberId: t.people.spareMember.id, role: "viewer" }))),
  "members.remove": (t) => async (b) => fromResult(await b.call(() => removeMemberAction({ teamId: t.teamId, memberId: t.people.spareViewer.id }))),
  "invites.create": (t) => async (b) => fromResult(await b.call(() => createInviteAction({ teamId: t.teamId, role: "viewer" }))),
  "invites.revoke": (t) => async (b) => fromResult(await b.call(() => revokeInviteAction({ teamId: t.teamId, inviteId: t.inviteId }))),
  "vault.createApp": (t) => async (b) => fromResult(await b.call(() => createApp({ teamId: t.teamId, name: "new-app", ...meta, fields: [{ name: "apiKey", label: null, value: "ANewApiKey0123456789" }] }))),
  "vault.updateApp": (t) => async (b) =>
    fromResult(await b.call(() => updateApp({ teamId: t.teamId, appId: t.appId, version: 1, name: "renamed-app", ...meta, set: [{ name: "bearerToken", label: null, value: "AAAAAAAAAAAAAAAAAAAAAnewbearer0123" }], remove: [] }))),
  "vault.saveSecrets": (t) => async (b) => fromResult(await b.call(() => saveSecrets({ teamId: t.teamId, name: "saved-app", environment: "development", apiTarget: "sandbox", fields: [{ name: "apiKey", label: null, value: "SavedApiKey0123456789" }] }))),
  "vault.deleteApp": (t) => async (b) => fromResult(await b.call(() => deleteApp({ teamId: t.teamId, appId: t.appId }))),
  "vault.testApp": (t) => async (b) => fromResult(await b.call(() => testApp({ teamId: t.teamId, appId: t.appId }))),
  "drafts.save": (t) => async (b) => fromResult(await b.call(() => saveDraftAction({ teamId: t.teamId, title: "A draft", content: {} }))),
  "drafts.delete": (t) => async (b) => fromResult(await b.call(() => deleteDraftAction({ teamId: t.teamId, draftId: "no-such-draft" }))),
  "tokens.create": (t) => async (b) => fromResult(await b.call(() => createTokenAction({ teamId: t.teamId, name: "ci", scope: "some", appIds: [t.appId], environments: ["development"], days: 30 }))),
  "tokens.revoke": (t) => async (b) => {
    const { id } = await createServiceToken({ userId: t.people.owner.id, teamId: t.teamId, name: "to revoke", appIds: [], environments: ["development"], days: 30 });
    return fromResult(await b.call(() => revokeTokenAction({ teamId: t.teamId, tokenId: id })));
  },
  "POST /api/teams/[teamId]/apps/[appId]/reveal": (t) => routeCall(revealRoute, `/api/teams/${t.teamId}/apps/${t.appId}/reveal`, t.teamId, t.appId, { field: "apiKeySecret", purpose: "reveal" }),
  "POST /api/teams/[teamId]/apps/[appId]/export": (t) => routeCall(exportRoute, `/api/teams/${t.teamId}/apps/${t.appId}/export`, t.teamId, t.appId, {}),
};

const teamEntries = accessEntries().filter(([, e]) => e.level === "team");
type Caller = Role | "anonymous" | "other team's owner";
const CALLERS: Caller[] = ["anonymous", ...ROLES, "other team's owner"];

describe("authorization matrix (generated from the permission table)", () => {
  it("has a way to call every team-level action and route", () => {
    expect(teamEntries.map(([id]) => id).filter((id) => !CALLS[id])).toEqual([]);
  });

  for (const [id, entry] of teamEntries) {
    if (entry.level !== "team") continue;
    for (const caller of CALLERS) {
      const expected = caller === "anonymous" ? "UNAUTHENTICATED" : caller === "other team's owner" ? "NOT_A_MEMBER" : can(caller, entry.permission) ? null : "FORBIDDEN";
      it(`${id} × ${caller}: ${expected ? `refused (${expected})` : "allowed"}`, async () => {
        const team = await vaultTeam();
        const outsider: Person = (await vaultTeam()).people.owner;
        const browser = caller === "anonymous" ? new Browser() : caller === "other team's owner" ? outsider.browser : team.people[caller].browser;
        const outcome = await CALLS[id]!(team)(browser);
        expect(outcome.refusal).toBe(expected);
        if (expected) for (const secret of Object.values(team.secrets)) expect(outcome.text).not.toContain(secret);
      });
    }
  }
});
