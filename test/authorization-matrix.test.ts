import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";
import { can, type Role } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import { ACCESS, accessEntries, type AccessEntry, type AccessId } from "@/lib/guard/access";
import type { ActionResult } from "@/lib/guard/result";
import { sha256 } from "@/lib/crypto/hash";
import { hashPassword } from "@/lib/crypto/password";
import { createSandboxUser } from "@/lib/sandbox/store";
import { createInvite } from "@/lib/teams/invites";
import { createTeam } from "@/lib/teams/teams";
import { createServiceToken } from "@/lib/tokens/service-tokens";
import { allGuides } from "@/content/guides/catalog";
import { drawingFileParams } from "@/content/guides/drawing-files";
import { Browser } from "./browser";
import { findGuarded, type Guarded } from "./guarded";
import { authorizeAs, authorizeParams, basic, newApp, newPerchUser, newUser, pkce, uid } from "./sandbox/fixtures";
import { vaultTeam, type Person } from "./vault-fixtures";

// The authorization matrix: every server action and route handler in app/ (found from the
// code by test/guarded.ts, called through the function its guard built), called by six
// callers: anonymous, a signed-in outsider (the owner of another team), and a viewer,
// member, admin and owner of the team. Who is allowed comes from the access table
// (lib/guard/access.ts) and the permission table, never from a list kept here. An allowed
// call must succeed (the body ran and answered); a refused one must be refused by the
// guard with the right error, and never carry a secret. An action or route in app/ that is
// not in the table, or an entry here with no way to call it, fails the first tests.
//
// Real database, real guard, real session cookies: nothing is mocked but `next/headers`
// (test/setup.ts), which reads each Browser's request.

type Team = Awaited<ReturnType<typeof vaultTeam>>;
type Refusal = "UNAUTHENTICATED" | "FORBIDDEN" | "NOT_A_MEMBER" | "REAUTHENTICATE";
/** What one call returned, as the caller would see it: refused by the guard (and how), or whether the body succeeded. */
type Outcome = { refusal: Refusal | null; ok: boolean; text: string };

const NOT_A_MEMBER = "That team doesn't exist, or you are not a member of it.";

function fromResult(result: ActionResult<unknown>): Outcome {
  const text = JSON.stringify(result);
  if (result.ok) return { refusal: null, ok: true, text };
  if (result.code === "UNAUTHENTICATED" || result.code === "FORBIDDEN" || result.code === "REAUTHENTICATE") return { refusal: result.code, ok: false, text };
  if (result.code === "NOT_FOUND" && result.message === NOT_A_MEMBER) return { refusal: "NOT_A_MEMBER", ok: false, text };
  return { refusal: null, ok: false, text };
}

/** A route's answer: the guard's refusals are problem responses with its codes; anything else is the handler's own. */
async function fromResponse(response: Response, isOk: (status: number) => boolean = (s) => s < 400): Promise<Outcome> {
  const text = await response.text();
  const isProblem = response.headers.get("content-type")?.startsWith("application/problem+json") ?? false;
  const body = (() => {
    try {
      return JSON.parse(text) as { code?: string; detail?: string };
    } catch {
      return {};
    }
  })();
  if (isProblem && (body.code === "UNAUTHENTICATED" || body.code === "FORBIDDEN" || body.code === "REAUTHENTICATE")) return { refusal: body.code, ok: false, text };
  if (isProblem && body.code === "NOT_FOUND" && body.detail === NOT_A_MEMBER) return { refusal: "NOT_A_MEMBER", ok: false, text };
  return { refusal: null, ok: isOk(response.status), text };
}

type Caller = "anonymous" | "outsider" | Role;
const CALLERS: Caller[] = ["anonymous", "outsider", "viewer", "member", "admin", "owner"];

/** Who calls, and the team they call about. `person` is null for anonymous. */
type Ctx = { team: Team; browser: Browser; person: Person | null; fn: Guarded["fn"] };

type AnyAction = (input: unknown) => Promise<ActionResult<unknown>>;
type AnyRoute = (request: Request, context: { params: Promise<Record<string, unknown>> }) => Promise<Response>;

const act = async (c: Ctx, input: unknown) => fromResult(await c.browser.call(() => (c.fn as AnyAction)(input)));

const SITE = "http://localhost:3000";
function request(method: string, path: string, init: { body?: string; headers?: Record<string, string> } = {}): Request {
  return new Request(`${SITE}${path}`, { method, headers: { host: "localhost:3000", ...(method === "GET" ? {} : { origin: SITE }), ...init.headers }, body: init.body });
}
const callRoute = async (c: Ctx, req: Request, params: Record<string, unknown> = {}, isOk?: (status: number) => boolean) =>
  fromResponse(await c.browser.call(() => (c.fn as AnyRoute)(req, { params: Promise.resolve(params) })), isOk);
const jsonPost = (path: string, body: unknown) => request("POST", path, { body: JSON.stringify(body), headers: { "content-type": "application/json" } });
const formPost = (path: string, body: Record<string, string>, headers: Record<string, string> = {}) =>
  request("POST", path, { body: new URLSearchParams(body).toString(), headers: { "content-type": "application/x-www-form-urlencoded", ...headers } });

const meta = { twitterAppId: null, environment: "development" as const, accessLevel: null, notes: null, apiTarget: "sandbox" as const, rotateBy: null };
const firstGuide = allGuides()[0]!;

/** A sandbox code exchanged for a user access token, as a client would after consent. */
async function sandboxAccessToken(): Promise<{ accessToken: string; auth: string }> {
  const app = await newApp();
  const user = await newUser();
  const { verifier, challenge } = pkce();
  const { code } = await authorizeAs(user, authorizeParams(app, challenge));
  const auth = basic(app.clientId, app.clientSecret);
  const { POST } = await import("@/app/api/sandbox/2/oauth2/token/route");
  const res = await POST(formPost("/api/sandbox/2/oauth2/token", { grant_type: "authorization_code", code, redirect_uri: app.redirectUris[0]!, code_verifier: verifier, client_id: app.clientId }, { authorization: auth }), {
    params: Promise.resolve({}),
  });
  const body = (await res.json()) as { access_token?: string };
  if (!body.access_token) throw new Error(`token exchange failed: ${JSON.stringify(body)}`);
  return { accessToken: body.access_token, auth };
}

/** How to call each entry with input its body accepts; every entry of the access table must have one. */
const CALLS: Record<AccessId, (c: Ctx) => Promise<Outcome>> = {
  // ---- Sign-in and the deployment ----
  // next-auth itself needs a running Next server (the e2e tests sign in for real); Perch's
  // own part of the handler answers an unsafe callbackUrl with a redirect to a safe one.
  "GET /api/auth/[...nextauth]": (c) => callRoute(c, new NextRequest(`${SITE}/api/auth/signin?callbackUrl=https://evil.example/`, { headers: { host: "localhost:3000" } }), { nextauth: ["signin"] }, (s) => s === 302),
  "POST /api/auth/[...nextauth]": (c) =>
    callRoute(c, new NextRequest(`${SITE}/api/auth/signin/twitter?callbackUrl=https://evil.example/`, { method: "POST", headers: { host: "localhost:3000", origin: SITE } }), { nextauth: ["signin", "twitter"] }, (s) => s === 302),
  "POST /signin/start": (c) => callRoute(c, formPost("/signin/start", {}), {}, (s) => s === 303),
  "GET /api/deployment": (c) => callRoute(c, request("GET", "/api/deployment")),
  "GET /api/health": (c) => callRoute(c, request("GET", "/api/health")),
  "GET /api/guides/search-index": (c) => callRoute(c, request("GET", "/api/guides/search-index")),
  "GET /guides/[slug]/drawings/[file]": (c) => {
    const p = drawingFileParams()[0]!;
    return callRoute(c, request("GET", `/guides/${p.slug}/drawings/${p.file}`), p);
  },

  // ---- Sessions and guide progress ----
  "sessions.revoke": async (c) => {
    // Another session of the caller's own (anonymous: a stranger's), to end.
    const owner = c.person ?? { id: (await newPerchUser()).id };
    const token = await new Browser().signInAs(owner);
    const row = await db.session.findUniqueOrThrow({ where: { tokenHash: sha256(token) }, select: { id: true } });
    return act(c, { sessionId: row.id });
  },
  "sessions.revokeOthers": (c) => act(c, {}),
  "progress.setStepDone": (c) => act(c, { guide: firstGuide.slug, step: firstGuide.steps[0]!.id, isDone: true }),
  "progress.merge": (c) => act(c, { entries: [{ guide: firstGuide.slug, step: firstGuide.steps[0]!.id, doneAt: new Date().toISOString() }] }),
  "progress.findMine": (c) => act(c, {}),

  // ---- The Twitter sandbox: its developer portal ----
  "sandbox.createApp": (c) => act(c, { name: `App ${uid(3)}`, clientType: "confidential", callbackUrls: "https://client.example/cb" }),
  "sandbox.regenerateCredential": async (c) => act(c, { appId: (await newApp(undefined, { ownerId: c.person?.id })).id, which: "api-key" }),
  "sandbox.generateAccessToken": async (c) => {
    const app = await newApp(undefined, { ownerId: c.person?.id });
    // A practice account this browser holds (created through the public action, as a person would).
    const createAccount = (await import("@/app/sandbox/actions")).createAccount;
    const account = await c.browser.call(() => createAccount({ name: "Practice", username: `p${uid(6)}` }));
    if (!account.ok) throw new Error(account.message);
    return act(c, { appId: app.id, userId: account.data.id });
  },
  "sandbox.deleteApp": async (c) => act(c, { appId: (await newApp(undefined, { ownerId: c.person?.id })).id }),

  // ---- The Twitter sandbox: practice accounts and the consent screen ----
  "sandbox.createAccount": (c) => act(c, { name: "Practice", username: `p${uid(6)}` }),
  "sandbox.addAccount": async (c) => {
    const username = `p${uid(6)}`;
    const password = `correct horse ${uid(4)}`;
    await createSandboxUser({ name: "Practice", username, keyHash: uid(16), passwordHash: await hashPassword(password) });
    return act(c, { username, password });
  },
  "sandbox.forgetAccount": async (c) => act(c, { userId: (await newUser()).id }),
  "sandbox.decideAuthorization": async (c) => {
    const app = await newApp();
    return act(c, { decision: "cancel", ...authorizeParams(app, pkce().challenge) });
  },

  // ---- Teams ----
  "teams.create": (c) => act(c, { name: `Team ${uid(3)}` }),
  "teams.updateSettings": (c) => act(c, { teamId: c.team.teamId, name: `${c.team.teamName} renamed`, staleAfterDays: 30 }),
  "teams.delete": (c) => act(c, { teamId: c.team.teamId, confirmName: c.team.teamName }),
  "teams.transferOwnership": (c) => act(c, { teamId: c.team.teamId, memberId: c.team.people.spareMember.id }),
  "teams.rekey": (c) => act(c, { teamId: c.team.teamId }),
  "teams.leave": async (c) => {
    const out = await act(c, { teamId: c.team.teamId });
    // The owner may call it, and is told to hand the team over first.
    return c.person?.id === c.team.people.owner.id ? { ...out, ok: out.text.includes("Transfer ownership to another member") } : out;
  },
  "members.changeRole": (c) => act(c, { teamId: c.team.teamId, memberId: c.team.people.spareMember.id, role: "viewer" }),
  "members.remove": (c) => act(c, { teamId: c.team.teamId, memberId: c.team.people.spareViewer.id }),
  "invites.create": (c) => act(c, { teamId: c.team.teamId, role: "viewer" }),
  "invites.revoke": (c) => act(c, { teamId: c.team.teamId, inviteId: c.team.inviteId }),
  "invites.accept": async (c) => {
    // An invite to a team the caller is not in yet.
    const maker = await newPerchUser();
    const { id: teamId } = await createTeam({ userId: maker.id, name: `Invite ${uid(3)}` });
    const { token } = await createInvite({ userId: maker.id, userRole: "owner", teamId, role: "viewer" });
    return act(c, { token });
  },

  // ---- The vault ----
  "vault.createApp": (c) => act(c, { teamId: c.team.teamId, name: "new-app", ...meta, fields: [{ name: "apiKey", label: null, value: "ANewApiKey0123456789" }] }),
  "vault.updateApp": (c) =>
    act(c, { teamId: c.team.teamId, appId: c.team.appId, version: 1, name: "renamed-app", ...meta, set: [{ name: "bearerToken", label: null, value: "AAAAAAAAAAAAAAAAAAAAAnewbearer0123" }], remove: [] }),
  "vault.saveSecrets": (c) => act(c, { teamId: c.team.teamId, name: "saved-app", environment: "development", apiTarget: "sandbox", fields: [{ name: "apiKey", label: null, value: "SavedApiKey0123456789" }] }),
  "vault.deleteApp": (c) => act(c, { teamId: c.team.teamId, appId: c.team.appId }),
  "vault.testApp": (c) => act(c, { teamId: c.team.teamId, appId: c.team.appId }),
  "POST /api/teams/[teamId]/apps/[appId]/reveal": (c) =>
    callRoute(c, jsonPost(`/api/teams/${c.team.teamId}/apps/${c.team.appId}/reveal`, { field: "apiKeySecret", purpose: "reveal" }), { teamId: c.team.teamId, appId: c.team.appId }),
  "POST /api/teams/[teamId]/apps/[appId]/export": (c) => callRoute(c, jsonPost(`/api/teams/${c.team.teamId}/apps/${c.team.appId}/export`, {}), { teamId: c.team.teamId, appId: c.team.appId }),

  // ---- Service tokens ----
  "tokens.create": (c) => act(c, { teamId: c.team.teamId, name: "ci", scope: "some", appIds: [c.team.appId], environments: ["development"], days: 30 }),
  "tokens.revoke": async (c) => {
    const { id } = await createServiceToken({ userId: c.team.people.owner.id, teamId: c.team.teamId, name: "to revoke", appIds: [], environments: ["development"], days: 30 });
    return act(c, { teamId: c.team.teamId, tokenId: id });
  },
  // A session is never a service token: every signed-in caller is refused like anonymous.
  "GET /api/v1/secrets": (c) => callRoute(c, request("GET", `/api/v1/secrets?app=${c.team.appId}&environment=development`)),
  "POST /api/v1/check": (c) => callRoute(c, jsonPost("/api/v1/check", { app: c.team.appId, environment: "development" })),

  // ---- The drafting helper ----
  "drafts.save": (c) => act(c, { teamId: c.team.teamId, title: "A draft", content: {} }),
  "drafts.delete": async (c) => {
    const draft = await db.draft.create({ data: { teamId: c.team.teamId, title: "To delete", createdById: c.team.people.owner.id }, select: { id: true } });
    return act(c, { teamId: c.team.teamId, draftId: draft.id });
  },
  "POST /api/policy-check": (c) => callRoute(c, jsonPost("/api/policy-check", { text: "We build a reply inbox for bakeries; it reads mentions of their own account." })),

  // ---- The Twitter sandbox: its API (callers authenticate by protocol, not by session) ----
  "POST /api/sandbox/2/oauth2/token": async (c) => {
    const app = await newApp();
    const user = await newUser();
    const { verifier, challenge } = pkce();
    const { code } = await authorizeAs(user, authorizeParams(app, challenge));
    const body = { grant_type: "authorization_code", code, redirect_uri: app.redirectUris[0]!, code_verifier: verifier, client_id: app.clientId };
    return callRoute(c, formPost("/api/sandbox/2/oauth2/token", body, { authorization: basic(app.clientId, app.clientSecret) }), {}, (s) => s === 200);
  },
  "POST /api/sandbox/2/oauth2/revoke": async (c) => {
    const { accessToken, auth } = await sandboxAccessToken();
    return callRoute(c, formPost("/api/sandbox/2/oauth2/revoke", { token: accessToken }, { authorization: auth }), {}, (s) => s === 200);
  },
  "GET /api/sandbox/2/users/me": async (c) => {
    const { accessToken } = await sandboxAccessToken();
    return callRoute(c, request("GET", "/api/sandbox/2/users/me", { headers: { authorization: `Bearer ${accessToken}` } }), {}, (s) => s === 200);
  },
  "GET /api/sandbox/2/users/by/username/[username]": async (c) => {
    const app = await newApp();
    const user = await newUser();
    return callRoute(c, request("GET", `/api/sandbox/2/users/by/username/${user.username}`, { headers: { authorization: `Bearer ${app.bearerToken}` } }), { username: user.username }, (s) => s === 200);
  },
  "GET /api/sandbox/avatars/[file]": async (c) => {
    const user = await newUser();
    return callRoute(c, request("GET", `/api/sandbox/avatars/${user.id}.svg`), { file: `${user.id}.svg` }, (s) => s === 200);
  },
};

/** What the access table says `caller` gets from `entry`: null for allowed, else the guard's refusal. */
function expectedFor(entry: AccessEntry, caller: Caller): Refusal | null {
  if (entry.level === "public") return null;
  if (caller === "anonymous" || entry.level === "token") return "UNAUTHENTICATED";
  if (entry.level === "user") return null;
  if (caller === "outsider") return "NOT_A_MEMBER";
  return can(caller, entry.permission) ? null : "FORBIDDEN";
}

const guarded = await findGuarded();
const byId = new Map(guarded.filter((g) => g.id).map((g) => [g.id!, g]));

describe("authorization matrix (generated from the access table and the guards in app/)", () => {
  it("finds every action and route in app/ in the access table, built by a guard", () => {
    const unlisted = guarded.filter((g) => !g.id || !(g.id in ACCESS)).map((g) => `${g.where} (${g.id ?? "no guard"})`);
    expect(unlisted).toEqual([]);
    expect(guarded.length).toBe(accessEntries().length);
  });

  it("has a way to call every entry of the access table", () => {
    expect(accessEntries().map(([id]) => id).filter((id) => !(id in CALLS) || !byId.has(id))).toEqual([]);
    expect(Object.keys(CALLS).filter((id) => !(id in ACCESS))).toEqual([]);
  });

  for (const [id, entry] of accessEntries()) {
    for (const caller of CALLERS) {
      const expected = expectedFor(entry, caller);
      it(`${id} × ${caller}: ${expected ? `refused (${expected})` : "allowed"}`, async () => {
        const team = await vaultTeam();
        let person: Person | null = null;
        if (caller === "outsider") {
          const user = await newPerchUser("Outsider");
          const browser = new Browser();
          await browser.signInAs(user);
          await createTeam({ userId: user.id, name: `Elsewhere ${uid(3)}` });
          person = { id: user.id, username: user.username, browser };
        } else if (caller !== "anonymous") person = team.people[caller];
        const browser = person?.browser ?? new Browser();
        const outcome = await CALLS[id]({ team, browser, person, fn: byId.get(id)!.fn });
        expect(outcome.refusal, outcome.text).toBe(expected);
        if (!expected) expect(outcome.ok, outcome.text).toBe(true);
        if (expected) for (const secret of Object.values(team.secrets)) expect(outcome.text).not.toContain(secret);
      });
    }
    // Entries that ask for a recent sign-in: every caller the table allows, signed in just
    // longer ago than that, is asked to sign in again (and just inside it, is allowed: above).
    if (entry.recentSignIn !== undefined) {
      const seconds = entry.recentSignIn;
      for (const caller of CALLERS.filter((c) => c !== "anonymous" && expectedFor(entry, c) === null)) {
        it(`${id} × ${caller} signed in ${seconds / 60 + 1} min ago: refused (REAUTHENTICATE)`, async () => {
          const team = await vaultTeam();
          const person = team.people[caller as Role];
          const token = person.browser.jar.get("next-auth.session-token")!;
          await db.session.update({ where: { tokenHash: sha256(token) }, data: { createdAt: new Date(Date.now() - (seconds + 60) * 1000) } });
          const outcome = await CALLS[id]({ team, browser: person.browser, person, fn: byId.get(id)!.fn });
          expect(outcome.refusal, outcome.text).toBe("REAUTHENTICATE");
          expect(outcome.text).toContain("sign in again");
          for (const secret of Object.values(team.secrets)) expect(outcome.text).not.toContain(secret);
        });
      }
    }
  }
});
