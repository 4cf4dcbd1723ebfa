import "server-only";
import { createHash } from "node:crypto";
import { z } from "zod";
import { safeEqual } from "@/lib/crypto/hash";
import { readTextWithLimit } from "@/lib/http/read-body";
import { originFromHeaders } from "@/lib/origin";
import { ensurePerchSandboxApp } from "./config";
import { parseScopes } from "./scopes";
import { authenticateClient, findAppByClientId, issueTokens, redeemAuthCode, revokeToken, rotateRefreshToken, type SandboxAppView } from "./store";

/**
 * The token and revocation endpoints (RFC 6749 section 4.1.3 and 6, RFC 7009, RFC 7636),
 * shaped like Twitter's `/2/oauth2/token` and `/2/oauth2/revoke`. Route handlers stay thin:
 * they pass the Request here.
 */

export type OAuthErrorCode = "invalid_request" | "invalid_client" | "invalid_grant" | "unsupported_grant_type" | "invalid_scope";

const NO_STORE = { "Cache-Control": "no-store", Pragma: "no-cache" } as const;
const MAX_BODY_BYTES = 16 * 1024;

/** An OAuth-shaped error: 401 with a Basic challenge for client failures, else 400. */
export function oauthError(error: OAuthErrorCode, description: string): Response {
  const status = error === "invalid_client" ? 401 : 400;
  const headers: Record<string, string> = { ...NO_STORE };
  if (status === 401) headers["WWW-Authenticate"] = 'Basic realm="Twitter sandbox", charset="UTF-8"';
  return Response.json({ error, error_description: description }, { status, headers });
}

/** Decodes one half of a Basic credential (RFC 6749 section 2.3.1 form-encodes it first). */
function formDecode(value: string): string {
  try {
    return decodeURIComponent(value.replace(/\+/g, " "));
  } catch {
    return value;
  }
}

/** Parses `Authorization: Basic base64(client_id:client_secret)`; null when absent or malformed. */
export function parseBasicAuth(header: string | null): { clientId: string; clientSecret: string } | null {
  const match = header ? /^\s*Basic\s+([A-Za-z0-9+/=_-]+)\s*$/i.exec(header) : null;
  if (!match?.[1]) return null;
  const decoded = Buffer.from(match[1], "base64").toString("utf8");
  const colon = decoded.indexOf(":");
  if (colon <= 0) return null;
  return { clientId: formDecode(decoded.slice(0, colon)), clientSecret: formDecode(decoded.slice(colon + 1)) };
}

type BodyResult = { ok: true; params: Map<string, string> } | { ok: false; response: Response };

/**
 * Reads a form-encoded body (Twitter's documented format) or a flat JSON object (what
 * twitter-api-v2 sends to api.x.com). Repeated parameters are refused (RFC 6749 section 3.2).
 * A body over 16 KB is refused as it streams in (413), never buffered whole.
 */
async function readBody(request: Request): Promise<BodyResult> {
  const text = await readTextWithLimit(request, MAX_BODY_BYTES);
  const type = (request.headers.get("content-type") ?? "").split(";")[0]?.trim().toLowerCase();
  const params = new Map<string, string>();
  if (type === "application/x-www-form-urlencoded") {
    for (const [name, value] of new URLSearchParams(text)) {
      if (params.has(name)) return { ok: false, response: oauthError("invalid_request", `Parameter ${name} is repeated.`) };
      params.set(name, value);
    }
    return { ok: true, params };
  }
  if (type === "application/json") {
    const parsed = z.record(z.string(), z.union([z.string(), z.number()])).safeParse(safeJson(text));
    if (!parsed.success) return { ok: false, response: oauthError("invalid_request", "The JSON body must be an object of string values.") };
    for (const [name, value] of Object.entries(parsed.data)) params.set(name, String(value));
    return { ok: true, params };
  }
  return { ok: false, response: oauthError("invalid_request", "Content-Type must be application/x-www-form-urlencoded.") };
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

/**
 * Client authentication. A confidential client (Twitter's "Web App, Automated App or Bot")
 * must use HTTP Basic, as Twitter requires; a client_id (or client_secret) also sent in the
 * body must agree with it. A public client (Native App, Single Page App) has no secret and
 * names itself with client_id in the body; PKCE, which every code carries, proves it.
 */
async function authenticate(request: Request, params: Map<string, string>): Promise<{ ok: true; app: SandboxAppView } | { ok: false; response: Response }> {
  const basic = parseBasicAuth(request.headers.get("authorization"));
  if (!basic) {
    const clientId = params.get("client_id");
    const app = clientId && !params.has("client_secret") ? await findAppByClientId(clientId) : null;
    if (app?.clientType === "public") return { ok: true, app };
    // X's words when a confidential client leaves out its Basic credentials.
    return { ok: false, response: oauthError("invalid_client", "Missing valid authorization header: a confidential client authenticates with HTTP Basic (client_id:client_secret).") };
  }
  const bodyId = params.get("client_id");
  const bodySecret = params.get("client_secret");
  if (bodyId !== undefined && bodyId !== basic.clientId) return { ok: false, response: oauthError("invalid_client", "client_id does not match the authenticated client.") };
  if (bodySecret !== undefined && !safeEqual(bodySecret, basic.clientSecret)) return { ok: false, response: oauthError("invalid_client", "Client authentication failed.") };
  // Perch's own App follows this deployment's secret; make sure it is current.
  await ensurePerchSandboxApp(originFromHeaders(request.headers));
  const app = await authenticateClient(basic);
  if (!app) return { ok: false, response: oauthError("invalid_client", "Client authentication failed.") };
  return { ok: true, app };
}

/** RFC 7636 section 4.1: 43–128 unreserved characters. */
const CODE_VERIFIER = /^[A-Za-z0-9\-._~]{43,128}$/;

/** True when `verifier` hashes (SHA-256, base64url) to `challenge`. Constant-time. */
export function verifyPkceS256(verifier: string | undefined, challenge: string): boolean {
  if (!verifier || !CODE_VERIFIER.test(verifier)) return false;
  return safeEqual(createHash("sha256").update(verifier, "ascii").digest("base64url"), challenge);
}

function tokenResponse(body: unknown): Response {
  return Response.json(body, { status: 200, headers: NO_STORE });
}

// POST /2/oauth2/token - exchange an authorization code, or rotate a refresh token.
export async function handleTokenRequest(request: Request, now: Date = new Date()): Promise<Response> {
  const body = await readBody(request);
  if (!body.ok) return body.response;
  const { params } = body;
  const client = await authenticate(request, params);
  if (!client.ok) return client.response;
  const { app } = client;
  const grantType = params.get("grant_type");

  if (grantType === "authorization_code") {
    const code = params.get("code");
    const redirectUri = params.get("redirect_uri");
    if (!code) return oauthError("invalid_request", "code is required.");
    if (!redirectUri) return oauthError("invalid_request", "redirect_uri is required.");
    const verifier = params.get("code_verifier");
    const result = await redeemAuthCode({ appId: app.id, code, redirectUri, verifyChallenge: (challenge) => verifyPkceS256(verifier, challenge), now });
    if (!result.ok) {
      const descriptions: Record<typeof result.reason, string> = {
        unknown: "Value passed for the authorization code was invalid.",
        used: "The authorization code has already been used; every token issued from it has been revoked.",
        expired: "The authorization code has expired.",
        wrong_client: "The authorization code was issued to another client.",
        redirect_mismatch: "redirect_uri does not match the one used in the authorization request.",
        pkce_failed: verifier ? "code_verifier does not match the code_challenge." : "code_verifier is required.",
      };
      return oauthError("invalid_grant", descriptions[result.reason]);
    }
    return tokenResponse(await issueTokens({ appId: app.id, userId: result.userId, scope: result.scope, familyId: result.familyId, now }));
  }

  if (grantType === "refresh_token") {
    const refreshToken = params.get("refresh_token");
    if (!refreshToken) return oauthError("invalid_request", "refresh_token is required.");
    let scope: string[] | undefined;
    if (params.has("scope")) {
      const parsed = parseScopes(params.get("scope"));
      if (!parsed.ok) return oauthError("invalid_scope", parsed.unknown ? `Unknown scope: ${parsed.unknown}.` : "scope is empty.");
      scope = parsed.scopes;
    }
    const result = await rotateRefreshToken({ appId: app.id, refreshToken, scope, now });
    if (!result.ok) {
      if (result.reason === "scope") return oauthError("invalid_scope", "scope exceeds what was granted.");
      if (result.reason === "reused") return oauthError("invalid_grant", "The refresh token was already used; every token of this grant has been revoked.");
      if (result.reason === "expired") return oauthError("invalid_grant", "The refresh token has expired; sign the user in again.");
      return oauthError("invalid_grant", "Value passed for the refresh token was invalid.");
    }
    return tokenResponse(result.tokens);
  }

  if (!grantType) return oauthError("invalid_request", "grant_type is required.");
  return oauthError("unsupported_grant_type", "Supported grant types are authorization_code and refresh_token.");
}

// POST /2/oauth2/revoke - revoke an access or refresh token issued to the calling client.
export async function handleRevokeRequest(request: Request, now: Date = new Date()): Promise<Response> {
  const body = await readBody(request);
  if (!body.ok) return body.response;
  const client = await authenticate(request, body.params);
  if (!client.ok) return client.response;
  const token = body.params.get("token");
  if (!token) return oauthError("invalid_request", "token is required.");
  // RFC 7009: an unknown or already revoked token is not an error.
  await revokeToken({ appId: client.app.id, token, now });
  return Response.json({ revoked: true }, { status: 200, headers: NO_STORE });
}
