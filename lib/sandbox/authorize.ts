import "server-only";
import { checkCallbackUrl } from "@/lib/x/callback-url";
import { authorizeQuery, type AuthorizeQuery } from "./schemas";
import { parseScopes, type TwitterScope } from "./scopes";
import { PERCH_SANDBOX_CLIENT_ID } from "./config";
import { createAuthCode, findAppByClientId, type SandboxAppView, type SandboxUserView } from "./store";

/**
 * The authorization endpoint's protocol logic (RFC 6749 section 4.1, RFC 7636), used by the
 * consent page and its server actions, and by tests directly. Every decision re-checks the
 * whole request: the consent form's hidden fields are as untrusted as the first URL.
 */

/** The parameters an authorization request may carry. */
export const AUTHORIZE_PARAMS = ["response_type", "client_id", "redirect_uri", "scope", "state", "code_challenge", "code_challenge_method"] as const;

/** A validated authorization request. */
export type AuthorizeRequest = {
  app: SandboxAppView;
  redirectUri: string;
  scopes: TwitterScope[];
  state: string;
  codeChallenge: string;
  /** The request's parameters, normalised, for the consent form to post back. */
  params: Record<(typeof AUTHORIZE_PARAMS)[number], string>;
};

/**
 * The outcome of checking a request. `error`: show an error page and never redirect on
 * our own (RFC 9700 section 4.11.2): anyone can register a sandbox App with any callback,
 * so an automatic error redirect would make Perch an open redirector. When the callback is
 * registered for the client, `returnTo` is a link the person may choose to follow.
 * `redirect`: only for Perch's own App, whose callback this deployment controls.
 */
export type AuthorizeCheck =
  | { ok: true; request: AuthorizeRequest }
  | { ok: false; kind: "error"; title: string; message: string; returnTo?: { url: string; host: string; appName: string } }
  | { ok: false; kind: "redirect"; location: string };

/** RFC 7636 section 4.2: an S256 challenge is base64url without padding (43 characters). */
const CODE_CHALLENGE = /^[A-Za-z0-9_-]{43}$/;

/** Raw input: a page's search params or a form's fields. */
export type RawParams = Record<string, string | string[] | undefined>;

/** Reads a FormData or URLSearchParams into RawParams, keeping repeats as arrays. */
export function rawParamsFrom(source: FormData | URLSearchParams): RawParams {
  const out: RawParams = {};
  for (const name of AUTHORIZE_PARAMS) {
    const values = source.getAll(name).filter((v): v is string => typeof v === "string");
    if (values.length === 1) out[name] = values[0];
    else if (values.length > 1) out[name] = values;
  }
  return out;
}

/** Builds `redirectUri` with OAuth response parameters added to its query. */
export function redirectWith(redirectUri: string, params: Record<string, string | undefined>): string {
  const url = new URL(redirectUri);
  for (const [name, value] of Object.entries(params)) if (value !== undefined) url.searchParams.set(name, value);
  return url.toString();
}

/** Validates an authorization request against the registered Apps. */
export async function checkAuthorizeRequest(raw: RawParams): Promise<AuthorizeCheck> {
  const repeated = AUTHORIZE_PARAMS.filter((name) => Array.isArray(raw[name]));
  const single = Object.fromEntries(AUTHORIZE_PARAMS.map((name) => [name, Array.isArray(raw[name]) ? undefined : raw[name]]));
  const parsed = authorizeQuery.safeParse(single);
  const query: AuthorizeQuery = parsed.success ? parsed.data : {};

  if (repeated.includes("client_id") || !query.client_id) {
    return { ok: false, kind: "error", title: "Something went wrong", message: "The request has no valid client_id, so there is no app to authorize. Go back to the app and try signing in again." };
  }
  const app = await findAppByClientId(query.client_id);
  if (!app) {
    // X's own authorization page says this for an unknown client (its xurl page quotes it).
    return {
      ok: false,
      kind: "error",
      title: "Something went wrong",
      message: "You weren’t able to give access to the App: no sandbox app has this client ID. Check the Client ID your app uses against the sandbox developer portal.",
    };
  }
  if (repeated.includes("redirect_uri") || !query.redirect_uri || !app.redirectUris.includes(query.redirect_uri)) {
    return {
      ok: false,
      kind: "error",
      title: "Callback URL not approved",
      message: `The redirect_uri in this request does not exactly match a callback URL registered for “${app.name}”, so the sandbox will not send you there. Add the exact URL to the app in the sandbox developer portal.`,
    };
  }
  // A callback stored before X's rules were enforced here is refused as X would refuse it.
  const refused = checkCallbackUrl(query.redirect_uri).findings.find((f) => f.level === "refused");
  if (refused) return { ok: false, kind: "error", title: "Callback URL not approved", message: `${refused.message} Register an http(s) callback URL for “${app.name}” in the sandbox developer portal.` };
  const redirectUri = query.redirect_uri;
  const state = query.state;
  const isTrusted = app.clientId === PERCH_SANDBOX_CLIENT_ID;
  const fail = (error: string, description: string): AuthorizeCheck => {
    const location = redirectWith(redirectUri, { error, error_description: description, state });
    if (isTrusted) return { ok: false, kind: "redirect", location };
    return { ok: false, kind: "error", title: "This sign-in request can't be completed", message: `${app.name} sent a request the sandbox can't accept (${error}): ${description}`, returnTo: { url: location, host: new URL(redirectUri).host, appName: app.name } };
  };

  if (!parsed.success || repeated.length > 0) return fail("invalid_request", "A parameter is repeated or too long.");
  if (!query.response_type) return fail("invalid_request", "response_type is required.");
  if (query.response_type !== "code") return fail("unsupported_response_type", "Only response_type=code is supported.");
  if (!state) return fail("invalid_request", "state is required.");
  if (!query.code_challenge) return fail("invalid_request", "code_challenge is required (PKCE).");
  if (query.code_challenge_method?.toUpperCase() !== "S256") return fail("invalid_request", "code_challenge_method must be S256.");
  if (!CODE_CHALLENGE.test(query.code_challenge)) return fail("invalid_request", "code_challenge must be a base64url SHA-256 digest.");
  const scopes = parseScopes(query.scope);
  if (!scopes.ok) return fail("invalid_scope", scopes.unknown ? `Unknown scope: ${scopes.unknown}.` : "scope is required.");

  return {
    ok: true,
    request: {
      app,
      redirectUri,
      scopes: scopes.scopes,
      state,
      codeChallenge: query.code_challenge,
      params: {
        response_type: "code",
        client_id: app.clientId,
        redirect_uri: redirectUri,
        scope: scopes.scopes.join(" "),
        state,
        code_challenge: query.code_challenge,
        code_challenge_method: "S256",
      },
    },
  };
}

/** What a consent decision leads to: where the browser goes, or a message for the consent page. */
export type DecisionResult = { ok: true; location: string } | { ok: false; message: string };

function notOk(check: Exclude<AuthorizeCheck, { ok: true }>): DecisionResult {
  return check.kind === "redirect" ? { ok: true, location: check.location } : { ok: false, message: `${check.title}. ${check.message}` };
}

/**
 * The person approved, as `account` (a practice account this browser holds — the caller
 * checks): issue a single-use code and send it to the client with its state. The whole
 * request is checked again: the form's hidden fields are as untrusted as the first URL.
 */
export async function approveAuthorization({ raw, account, now = new Date() }: { raw: RawParams; account: SandboxUserView; now?: Date }): Promise<DecisionResult> {
  const check = await checkAuthorizeRequest(raw);
  if (!check.ok) return notOk(check);
  const { request } = check;
  const code = await createAuthCode({ appId: request.app.id, userId: account.id, redirectUri: request.redirectUri, codeChallenge: request.codeChallenge, scope: request.scopes.join(" "), now });
  return { ok: true, location: redirectWith(request.redirectUri, { state: request.state, code }) };
}

/** The person cancelled: tell the client `access_denied`, with its state. */
export async function denyAuthorization({ raw }: { raw: RawParams }): Promise<DecisionResult> {
  const check = await checkAuthorizeRequest(raw);
  if (!check.ok) return notOk(check);
  return { ok: true, location: redirectWith(check.request.redirectUri, { error: "access_denied", state: check.request.state }) };
}
