import "server-only";
import { originFromHeaders } from "@/lib/origin";
import { parseFormEncoded, readOAuth1Claims, verifyOAuth1Signature, type OAuthParam } from "./oauth1";
import { USERS_ME_SCOPES } from "./scopes";
import { findAppByBearerToken, findOAuth1Credentials, findSandboxUserByUsername, findUserByAccessToken, recordNonce, type SandboxAppView, type SandboxUserView } from "./store";

/**
 * The sandbox's slice of Twitter API v2: authentication of API requests (OAuth 2.0 user
 * token, OAuth 1.0a user context, app-only Bearer Token) and the user lookups Perch uses.
 * Error bodies copy Twitter's "problem" shapes.
 */

/** Who a request acts as. */
export type ApiCaller =
  | { kind: "user"; via: "oauth2"; user: SandboxUserView; scopes: string[] }
  | { kind: "user"; via: "oauth1"; user: SandboxUserView; app: SandboxAppView }
  | { kind: "app"; app: SandboxAppView }
  | { kind: "none" };

const PROBLEM = { "Content-Type": "application/problem+json", "Cache-Control": "no-store" } as const;

/** Twitter's 401 for a missing, unknown or badly signed credential. */
export function unauthorized(): Response {
  return new Response(JSON.stringify({ title: "Unauthorized", type: "about:blank", status: 401, detail: "Unauthorized" }), { status: 401, headers: PROBLEM });
}

/** Twitter's 403 when an endpoint needs a user and got an app-only Bearer Token. */
export function unsupportedAppOnly(): Response {
  return new Response(
    JSON.stringify({
      title: "Unsupported Authentication",
      detail: "Authenticating with OAuth 2.0 Application-Only is forbidden for this endpoint.  Supported authentication types are [OAuth 1.0a User Context, OAuth 2.0 User Context].",
      type: "https://api.twitter.com/2/problems/unsupported-authentication",
      status: 403,
    }),
    { status: 403, headers: PROBLEM },
  );
}

/** Twitter's 403 when a user token lacks a scope the endpoint needs. */
export function forbidden(): Response {
  return new Response(JSON.stringify({ title: "Forbidden", type: "about:blank", status: 403, detail: "Forbidden" }), { status: 403, headers: PROBLEM });
}

/** Twitter's 400 for an invalid query parameter. */
export function invalidRequest(parameter: string, values: string[], message: string): Response {
  return new Response(
    JSON.stringify({
      errors: [{ parameters: { [parameter]: values }, message }],
      title: "Invalid Request",
      detail: "One or more parameters to your request was invalid.",
      type: "https://api.twitter.com/2/problems/invalid-request",
    }),
    { status: 400, headers: PROBLEM },
  );
}

/** The URLs a client may have signed for this request: as received, and on this site's public origin. */
function signedUrlCandidates(request: Request): string[] {
  const received = new URL(request.url);
  const public_ = new URL(`${received.pathname}${received.search}`, originFromHeaders(request.headers));
  return [...new Set([received.toString(), public_.toString()])];
}

async function formBodyParams(request: Request): Promise<OAuthParam[]> {
  if (request.method === "GET" || request.method === "HEAD") return [];
  const type = (request.headers.get("content-type") ?? "").split(";")[0]?.trim().toLowerCase();
  if (type !== "application/x-www-form-urlencoded") return [];
  return parseFormEncoded(await request.clone().text());
}

/** Identifies the caller of an API request. Never throws for bad credentials: `none`. */
export async function authenticateApiRequest(request: Request, now: Date = new Date()): Promise<ApiCaller> {
  const header = request.headers.get("authorization");
  if (!header) return { kind: "none" };

  const bearer = /^\s*Bearer\s+(\S{1,2048})\s*$/i.exec(header)?.[1];
  if (bearer) {
    const token = bearer;
    const userToken = await findUserByAccessToken({ accessToken: token, now });
    if (userToken) return { kind: "user", via: "oauth2", user: userToken.user, scopes: userToken.scopes };
    const app = await findAppByBearerToken(token);
    return app ? { kind: "app", app } : { kind: "none" };
  }

  const claims = readOAuth1Claims(header, Math.floor(now.getTime() / 1000));
  if (!claims.ok) return { kind: "none" };
  const { consumerKey, token, nonce, timestamp } = claims.claims;
  const credentials = await findOAuth1Credentials({ consumerKey, token });
  if (!credentials) return { kind: "none" };
  const isSigned = verifyOAuth1Signature({
    method: request.method,
    urls: signedUrlCandidates(request),
    bodyParams: await formBodyParams(request),
    claims: claims.claims,
    consumerSecret: credentials.consumerSecret,
    tokenSecret: credentials.tokenSecret,
  });
  if (!isSigned) return { kind: "none" };
  // Only a correctly signed request spends its nonce; a replay of it is refused.
  if (!(await recordNonce({ consumerKey, nonce, timestamp, now }))) return { kind: "none" };
  return { kind: "user", via: "oauth1", user: credentials.user, app: credentials.app };
}

/** Twitter's documented `user.fields` values. */
export const TWITTER_USER_FIELDS = [
  "affiliation",
  "connection_status",
  "created_at",
  "description",
  "entities",
  "id",
  "location",
  "most_recent_tweet_id",
  "name",
  "pinned_tweet_id",
  "profile_banner_url",
  "profile_image_url",
  "protected",
  "public_metrics",
  "receives_your_dm",
  "subscription_type",
  "url",
  "username",
  "verified",
  "verified_type",
  "withheld",
] as const;

/** Parses `user.fields`: a comma-separated list of known fields, or Twitter's 400. */
export function parseUserFields(url: URL): { ok: true; fields: Set<string> } | { ok: false; response: Response } {
  const values = url.searchParams.getAll("user.fields").flatMap((v) => v.split(","));
  const known = new Set<string>(TWITTER_USER_FIELDS);
  const unknown = values.filter((v) => !known.has(v));
  if (unknown.length > 0) {
    return { ok: false, response: invalidRequest("user.fields", unknown, `The \`user.fields\` query parameter value [${unknown[0]}] is not one of [${TWITTER_USER_FIELDS.join(",")}]`) };
  }
  return { ok: true, fields: new Set(values) };
}

/** Where a sandbox user's generated avatar is served on `origin`. */
export function avatarUrl(origin: string, userId: string): string {
  return `${origin}/api/sandbox/avatars/${userId}.svg`;
}

/** A Twitter v2 user object with the default fields plus those asked for (that the sandbox has). */
export function toTwitterUser(user: SandboxUserView, fields: Set<string>, origin: string): Record<string, string | boolean> {
  const out: Record<string, string | boolean> = { id: user.id, name: user.name, username: user.username };
  if (fields.has("profile_image_url")) out.profile_image_url = avatarUrl(origin, user.id);
  if (fields.has("created_at")) out.created_at = user.createdAt.toISOString();
  if (fields.has("protected")) out.protected = false;
  if (fields.has("verified")) out.verified = false;
  return out;
}

function json(body: unknown): Response {
  return Response.json(body, { status: 200, headers: { "Cache-Control": "no-store" } });
}

// GET /2/users/me - the user a user-context token or signature acts for.
export async function handleUsersMe(request: Request, now: Date = new Date()): Promise<Response> {
  const caller = await authenticateApiRequest(request, now);
  if (caller.kind === "none") return unauthorized();
  if (caller.kind === "app") return unsupportedAppOnly();
  if (caller.via === "oauth2" && !USERS_ME_SCOPES.every((s) => caller.scopes.includes(s))) return forbidden();
  const fields = parseUserFields(new URL(request.url));
  if (!fields.ok) return fields.response;
  return json({ data: toTwitterUser(caller.user, fields.fields, originFromHeaders(request.headers)) });
}

const USERNAME = /^[A-Za-z0-9_]{1,15}$/;

// GET /2/users/by/username/:username - any caller, including an app-only Bearer Token.
export async function handleUserByUsername(request: Request, username: string, now: Date = new Date()): Promise<Response> {
  const caller = await authenticateApiRequest(request, now);
  if (caller.kind === "none") return unauthorized();
  if (caller.kind === "user" && caller.via === "oauth2" && !USERS_ME_SCOPES.every((s) => caller.scopes.includes(s))) return forbidden();
  if (!USERNAME.test(username)) {
    return invalidRequest("username", [username], `The \`username\` query parameter value [${username}] does not match ^[A-Za-z0-9_]{1,15}$`);
  }
  const fields = parseUserFields(new URL(request.url));
  if (!fields.ok) return fields.response;
  const user = await findSandboxUserByUsername(username);
  if (!user) {
    return json({
      errors: [
        {
          value: username,
          detail: `Could not find user with username: [${username}].`,
          title: "Not Found Error",
          resource_type: "user",
          parameter: "username",
          resource_id: username,
          type: "https://api.twitter.com/2/problems/resource-not-found",
        },
      ],
    });
  }
  return json({ data: toTwitterUser(user, fields.fields, originFromHeaders(request.headers)) });
}
