/**
 * The access table: every server action and route handler in the app, who may call it,
 * and how often. The guards (lib/guard/action.ts, lib/guard/route.ts) read an entry when an
 * action or route is defined and refuse to define one that is missing or mismatched; a test
 * finds every action and route in app/ and fails when one is not built on a guard; the
 * authorization tests and the permissions page are generated from this table.
 */
import type { Permission } from "@/lib/auth/permissions";

/** At most `max` calls per `seconds`, per caller (signed-in user, service token, or client address). */
export type RateRule = { max: number; seconds: number };

export type AccessLevel =
  /** Anyone. Anonymous callers are identified by address for rate limits. */
  | { level: "public" }
  /** A signed-in person; the session is re-read from the database on every call. */
  | { level: "user" }
  /** A signed-in member of the team named in the input or URL, with this permission. */
  | { level: "team"; permission: Permission }
  /**
   * A program with a service token (`Authorization: Bearer perch_st_…`), never a cookie:
   * read-only, limited to the token's team, apps and environments (the handler checks the
   * app it asks for). Rate limits count per token.
   */
  | { level: "token" };

export type AccessEntry = AccessLevel & {
  kind: "action" | "route";
  /** One line for the docs: what it does and who may. */
  description: string;
  /** Only exists while the Twitter sandbox is on (404 otherwise). */
  sandbox?: boolean;
  /** Per-caller rate limit. Every public entry has one. */
  rate?: RateRule;
  /** A cap over all callers together, for anonymous creation (spoofed addresses share it). */
  globalRate?: RateRule;
  /**
   * Seconds: the caller must have signed in at most this long ago (the session's sign-in
   * time), else REAUTHENTICATE and a way to sign in again that comes back. For what hands
   * out every secret at once or changes a team's keys.
   */
  recentSignIn?: number;
};

/** How recent a sign-in the riskiest entries ask for. */
export const RECENT_SIGN_IN_SECONDS = 10 * 60;

const minute = 60;
const hour = 3600;

export const ACCESS = {
  // ---- Sign-in and the deployment ----
  "GET /api/auth/[...nextauth]": { kind: "route", level: "public", description: "next-auth: session, CSRF token, OAuth callback, providers", rate: { max: 240, seconds: minute } },
  "POST /api/auth/[...nextauth]": { kind: "route", level: "public", description: "next-auth: start sign-in (CSRF-checked), sign out", rate: { max: 60, seconds: minute } },
  "POST /signin/start": { kind: "route", level: "public", description: "The sign-in page's plain form: hands the POST to next-auth with its CSRF cookie (same-origin only)", rate: { max: 30, seconds: minute } },
  "GET /api/deployment": { kind: "route", level: "public", description: "Public run-time facts: sandbox mode, sign-in configured, callback and website URLs", rate: { max: 240, seconds: minute } },
  "GET /api/health": { kind: "route", level: "public", description: "Liveness and database reachability", rate: { max: 240, seconds: minute } },
  "GET /api/guides/search-index": { kind: "route", level: "public", description: "The guides' search index (static)", rate: { max: 240, seconds: minute } },
  "GET /guides/[slug]/drawings/[file]": { kind: "route", level: "public", description: "A guide step's drawing as an .svg file (static, cached by browsers)", rate: { max: 600, seconds: minute } },

  // ---- Sessions and guide progress ----
  "sessions.revoke": { kind: "action", level: "user", description: "End one of your other sessions" },
  "sessions.revokeOthers": { kind: "action", level: "user", description: "End all your other sessions" },
  "progress.setStepDone": { kind: "action", level: "user", description: "Tick a guide step done or not done", rate: { max: 240, seconds: minute } },
  "progress.merge": { kind: "action", level: "user", description: "Add this browser's guide progress to your account" },
  "progress.findMine": { kind: "action", level: "user", description: "Your guide progress" },

  // ---- The Twitter sandbox: its developer portal ----
  "sandbox.createApp": { kind: "action", level: "user", sandbox: true, description: "Create a sandbox App you own (at most 10)", rate: { max: 20, seconds: hour } },
  "sandbox.regenerateCredential": { kind: "action", level: "user", sandbox: true, description: "Regenerate a credential of one of your sandbox Apps", rate: { max: 60, seconds: hour } },
  "sandbox.generateAccessToken": { kind: "action", level: "user", sandbox: true, description: "Issue an OAuth 1.0a Access Token for one of your Apps and a practice account this browser holds", rate: { max: 60, seconds: hour } },
  "sandbox.deleteApp": { kind: "action", level: "user", sandbox: true, description: "Delete one of your sandbox Apps" },

  // ---- The Twitter sandbox: practice accounts and the consent screen (anonymous) ----
  "sandbox.createAccount": {
    kind: "action",
    level: "public",
    sandbox: true,
    description: "Create a practice account, usable from this browser (and elsewhere with its password, if one is set)",
    // A classroom behind one address still gets going; the global cap bounds the whole.
    rate: { max: 20, seconds: hour },
    globalRate: { max: 300, seconds: hour },
  },
  "sandbox.addAccount": {
    kind: "action",
    level: "public",
    sandbox: true,
    description: "Use a practice account in this browser too, with its @username and password",
    rate: { max: 10, seconds: 10 * minute },
    globalRate: { max: 600, seconds: hour },
  },
  "sandbox.forgetAccount": { kind: "action", level: "public", sandbox: true, description: "Remove a practice account from this browser's list", rate: { max: 60, seconds: minute } },
  "sandbox.decideAuthorization": { kind: "action", level: "public", sandbox: true, description: "Authorize or cancel on the consent screen, as a practice account this browser holds", rate: { max: 60, seconds: minute } },

  // ---- Teams ----
  "teams.create": { kind: "action", level: "user", description: "Create a team (you become its owner)", rate: { max: 20, seconds: hour } },
  "teams.updateSettings": { kind: "action", level: "team", permission: "team.settings", description: "Rename the team, set when credentials count as stale" },
  "teams.delete": { kind: "action", level: "team", permission: "team.delete", description: "Delete the team and everything in it" },
  "teams.transferOwnership": { kind: "action", level: "team", permission: "team.transfer", description: "Make another member the owner (you become an admin)" },
  "teams.rekey": { kind: "action", level: "team", permission: "team.rekey", description: "Re-encrypt every credential of the team under a new data key", rate: { max: 10, seconds: hour }, recentSignIn: RECENT_SIGN_IN_SECONDS },
  "teams.leave": { kind: "action", level: "team", permission: "team.view", description: "Leave the team (not the owner)" },
  "members.changeRole": { kind: "action", level: "team", permission: "member.manage", description: "Change a member's role (not the owner's)" },
  "members.remove": { kind: "action", level: "team", permission: "member.manage", description: "Remove a member; their access ends on their next request" },
  "invites.create": { kind: "action", level: "team", permission: "member.manage", description: "Make a single-use invite link (7 days)", rate: { max: 60, seconds: hour } },
  "invites.revoke": { kind: "action", level: "team", permission: "member.manage", description: "Revoke an invite link" },
  "invites.accept": { kind: "action", level: "user", description: "Join a team with an invite link", rate: { max: 30, seconds: hour } },

  // ---- The vault ----
  "vault.createApp": { kind: "action", level: "team", permission: "credential.edit", description: "Add an app with its credentials (or import a .env)", rate: { max: 300, seconds: hour } },
  "vault.updateApp": { kind: "action", level: "team", permission: "credential.edit", description: "Edit an app and its credentials (conflict-checked)", rate: { max: 600, seconds: hour } },
  "vault.saveSecrets": { kind: "action", level: "team", permission: "credential.edit", description: "Save keys shown once (sandbox portal, guides) into an app, in one click", rate: { max: 300, seconds: hour } },
  "vault.deleteApp": { kind: "action", level: "team", permission: "app.delete", description: "Delete an app and its credentials" },
  "vault.testApp": { kind: "action", level: "team", permission: "credential.test", description: "Test an app's credentials against the API (audited)", rate: { max: 60, seconds: hour } },
  "POST /api/teams/[teamId]/apps/[appId]/reveal": { kind: "route", level: "team", permission: "credential.reveal", description: "Reveal or copy one credential (audited; no-store)", rate: { max: 600, seconds: hour } },
  "POST /api/teams/[teamId]/apps/[appId]/export": { kind: "route", level: "team", permission: "credential.export", description: "Download an app as .env (audited; no-store)", rate: { max: 120, seconds: hour }, recentSignIn: RECENT_SIGN_IN_SECONDS },

  // ---- Service tokens: programs read the vault ----
  "tokens.create": { kind: "action", level: "team", permission: "token.manage", description: "Create a read-only service token for some or every app and environment (shown once)", rate: { max: 60, seconds: hour } },
  "tokens.revoke": { kind: "action", level: "team", permission: "token.manage", description: "Revoke a service token; its next request is refused" },
  "GET /api/v1/secrets": { kind: "route", level: "token", description: "An app's secrets for a program (JSON or .env; audited; no-store; no cookies)", rate: { max: 600, seconds: minute } },
  "POST /api/v1/check": { kind: "route", level: "token", description: "Test an app's credentials against the API for a program, as `perch check` does (audited)", rate: { max: 60, seconds: hour } },

  // ---- The drafting helper ----
  "drafts.save": { kind: "action", level: "team", permission: "draft.edit", description: "Save a use-case draft as a new version (or a new draft) of the team", rate: { max: 600, seconds: hour } },
  "drafts.delete": { kind: "action", level: "team", permission: "app.delete", description: "Delete a draft and its versions" },
  "POST /api/policy-check": { kind: "route", level: "public", description: "Lint a use-case description (and answers) against the developer policy; stores nothing", rate: { max: 120, seconds: minute } },

  // ---- The Twitter sandbox: its API (callers authenticate by protocol) ----
  "POST /api/sandbox/2/oauth2/token": { kind: "route", level: "public", sandbox: true, description: "OAuth 2.0 token endpoint (client authentication, PKCE, single-use codes)", rate: { max: 120, seconds: minute } },
  "POST /api/sandbox/2/oauth2/revoke": { kind: "route", level: "public", sandbox: true, description: "OAuth 2.0 token revocation (client authentication)", rate: { max: 120, seconds: minute } },
  "GET /api/sandbox/2/users/me": { kind: "route", level: "public", sandbox: true, description: "The user behind an OAuth 2.0 or OAuth 1.0a user token", rate: { max: 600, seconds: minute } },
  "GET /api/sandbox/2/users/by/username/[username]": { kind: "route", level: "public", sandbox: true, description: "Look up a practice account (any token, including an app-only Bearer Token)", rate: { max: 600, seconds: minute } },
  "GET /api/sandbox/avatars/[file]": { kind: "route", level: "public", sandbox: true, description: "A practice account's generated picture", rate: { max: 600, seconds: minute } },
} as const satisfies Record<string, AccessEntry>;

export type AccessId = keyof typeof ACCESS;

/** The entry for `id`, typed loosely for code that walks the table. */
export function accessEntry(id: AccessId): AccessEntry {
  return ACCESS[id];
}

/** Every entry, in table order. */
export function accessEntries(): [AccessId, AccessEntry][] {
  return Object.entries(ACCESS) as [AccessId, AccessEntry][];
}
