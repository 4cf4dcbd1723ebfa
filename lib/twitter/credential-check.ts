import "server-only";
import type { IncomingHttpHeaders } from "node:http";
import type { Socket } from "node:net";
import { ApiPartialResponseError, ApiRequestError, ApiResponseError, type IGetHttpRequestArgs, type TwitterApi } from "twitter-api-v2";
import { STANDARD_FIELDS, fieldValueSchema } from "@/lib/vault/fields";
import { diagnoseXAnswer, troubleshootHref, X_ERRORS_BY_ID, type XErrorEntry } from "@/lib/x/errors";
import { xSource } from "@/lib/x/sources";
import { rewriteTwitterUrl, twitterClientFor } from "./client";

/**
 * "Test these credentials": one real request per kind of credential, made with
 * twitter-api-v2 against any Twitter-shaped API base (Twitter itself, or the sandbox, which
 * verifies OAuth 1.0a signatures for real). Each outcome says what worked and whose token it
 * is, or a specific reason for what did not, and carries the same request as a `curl`
 * command with placeholders plus the raw response with anything secret-looking redacted.
 * Nothing returned, thrown or logged here holds a credential.
 */

/** The vault's values, any of which may be missing; empty or blank ones count as missing. */
export type CredentialsToCheck = {
  apiKey?: string | null;
  apiKeySecret?: string | null;
  accessToken?: string | null;
  accessTokenSecret?: string | null;
  bearerToken?: string | null;
};

/**
 * Why a check failed:
 * - `invalid`: 401, the credentials are wrong, regenerated or unknown to Twitter;
 * - `revoked`: 401 whose body says the token was revoked or expired;
 * - `forbidden`: 403 (or 402) — accepted, but not allowed to do this (access level, App
 *   permissions, not attached to a Project, no credits);
 * - `suspended`: 403/401 whose body says the account or App is suspended or locked;
 * - `rate_limited`: 429, with `resetAt` from `x-rate-limit-reset`;
 * - `unreachable`: no answer (refused, unknown host, timeout, TLS failure, connection reset);
 * - `unexpected`: an answer that is not Twitter's (5xx, 404, a page that is not JSON…).
 */
export type CheckFailureReason = "invalid" | "revoked" | "forbidden" | "suspended" | "rate_limited" | "unreachable" | "unexpected";

/** The raw response, for the "first request" panel: a few headers and the body with secrets redacted. */
export type FirstResponse = { status: number; headers: Record<string, string>; body: string };

/** The request that was made, as a newcomer could make it themselves. */
export type FirstRequest = {
  method: "GET";
  url: string;
  auth: "oauth1-user" | "app-only-bearer";
  /** A copyable command; secrets are `$TWITTER_…` placeholders (the names an exported .env uses). */
  curl: string;
  /** What the command needs that curl cannot do (OAuth 1.0a signing). */
  note?: string;
  /** Null when no answer came (or the request was not sent). */
  response: FirstResponse | null;
};

export type TwitterUserSummary = { id: string; username: string; name: string };

export type CheckSuccess = {
  ok: true;
  /** Whose token it is (user context), or the account the Bearer Token looked up; null when that handle does not exist. */
  user: TwitterUserSummary | null;
  message: string;
  /** Twitter's `x-access-level` for OAuth 1.0a (e.g. "read", "read-write"), when sent. */
  accessLevel?: string;
  /** Set when the access level limits what the token can do (a read-only token): the catalogue's entry for what posting would answer. */
  diagnosis?: CheckDiagnosis;
  request: FirstRequest;
};

/** The catalogue's explanation of an answer (lib/x/errors.ts), for the result panel and the troubleshooting page. */
export type CheckDiagnosis = {
  id: string;
  title: string;
  meaning: string;
  cause: string;
  fix: string;
  /** The guide step that shows the fix. */
  guide: string;
  /** This error on /troubleshoot. */
  troubleshoot: string;
  source: { title: string; url: string; checkedOn: string };
};

export type CheckFailure = {
  ok: false;
  reason: CheckFailureReason;
  /** Specific and in plain words; never a secret. */
  message: string;
  /** What the catalogue says about the answer; absent when no answer came or the catalogue does not know it. */
  diagnosis?: CheckDiagnosis;
  status?: number;
  /** For `rate_limited`: when the limit resets (ISO 8601). */
  resetAt?: string;
  request: FirstRequest;
};

export type CheckOutcome = CheckSuccess | CheckFailure;

/** `userContext` is null unless all four OAuth 1.0a values are present; `appOnly` is null without a Bearer Token. */
export type CredentialCheckResult = { userContext: CheckOutcome | null; appOnly: CheckOutcome | null };

/** How long one request may take before the check calls the API unreachable. */
export const DEFAULT_CHECK_TIMEOUT_MS = 10_000;
/** The public account the Bearer Token looks up when no user-context username is known. */
export const APP_ONLY_LOOKUP_HANDLE = "XDevelopers";

const TWITTER_API = "https://api.x.com";
const USERNAME = /^[A-Za-z0-9_]{1,15}$/;
const REDACTED = "[redacted]";

// ---------- redaction ----------

/** The spellings of a secret that can appear in a response: as is, URL-encoded, RFC 3986-encoded (OAuth), URL-decoded. */
function secretVariants(secret: string): string[] {
  const variants = new Set([secret, encodeURIComponent(secret), encodeURIComponent(secret).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)]);
  try {
    variants.add(decodeURIComponent(secret));
  } catch {
    // Not percent-encoded: nothing more to add.
  }
  return [...variants].filter((v) => v.length >= 4).sort((a, b) => b.length - a.length);
}

function hideSecrets(text: string, secrets: readonly string[]): string {
  let out = text;
  for (const secret of secrets) for (const variant of secretVariants(secret)) out = out.split(variant).join(REDACTED);
  return out;
}

/** Object keys whose values are credentials whatever they look like. */
const SECRET_KEY = /token|secret|password|passwd|authorization|bearer|signature|api_?key|consumer_?key|client_?id|credential|cookie/i;
/** A string that looks like a key or token: 20+ key characters with letters and digits. */
const KEY_LIKE = /^(?=[^]*[A-Za-z])(?=[^]*\d)[A-Za-z0-9%_\-+/=.~]{20,}$/;
const KEY_LIKE_RUN = /[A-Za-z0-9%_\-+/=.~]{20,}/g;

function redactJson(value: unknown, secrets: readonly string[], key = ""): unknown {
  if (typeof value === "string") return SECRET_KEY.test(key) || KEY_LIKE.test(value) ? REDACTED : hideSecrets(value, secrets);
  if (typeof value === "number" || typeof value === "boolean" || value === null) return SECRET_KEY.test(key) ? REDACTED : value;
  if (Array.isArray(value)) return value.map((v) => redactJson(v, secrets, key));
  if (typeof value === "object") {
    return Object.fromEntries(Object.entries(value as Record<string, unknown>).map(([k, v]) => [hideSecrets(k, secrets), redactJson(v, secrets, k)]));
  }
  return undefined;
}

function redactText(text: string, secrets: readonly string[]): string {
  return hideSecrets(text, secrets).replace(KEY_LIKE_RUN, (run) => (/[A-Za-z]/.test(run) && /\d/.test(run) ? REDACTED : run));
}

const MAX_BODY = 8000;

function clip(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/** The body for display: pretty JSON with secrets redacted, or redacted text. */
function displayBody(data: unknown, secrets: readonly string[]): string {
  if (data === undefined || data === "") return "";
  if (typeof data === "string") return clip(redactText(data, secrets), MAX_BODY);
  if (Buffer.isBuffer(data)) return clip(redactText(data.toString("utf8"), secrets), MAX_BODY);
  return clip(JSON.stringify(redactJson(data, secrets), null, 2), MAX_BODY);
}

const SHOWN_HEADERS = /^(content-type|x-access-level|retry-after|x-rate-limit-(limit|remaining|reset)|x-(app|user)-limit-24hour-(limit|remaining|reset))$/;

function displayHeaders(headers: IncomingHttpHeaders, secrets: readonly string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) {
    if (value === undefined || !SHOWN_HEADERS.test(name)) continue;
    out[name] = clip(redactText(Array.isArray(value) ? value.join(", ") : value, secrets), 200);
  }
  return out;
}

// ---------- the request as curl ----------

function shellQuote(text: string): string {
  return `'${text.replace(/'/g, `'\\''`)}'`;
}

const OAUTH1_NOTE =
  "curl cannot sign OAuth 1.0a requests: oauth_signature (HMAC-SHA1 over this method, URL and the oauth_ parameters, keyed with the API Key Secret and Access Token Secret), oauth_nonce and oauth_timestamp must be made fresh for every request — by twurl or a Twitter library such as twitter-api-v2.";

function oauth1Curl(url: string): string {
  const env = (field: "apiKey" | "accessToken") => `\\"$${STANDARD_FIELDS[field].env}\\"`;
  const params = [
    `oauth_consumer_key=${env("apiKey")}`,
    `oauth_nonce=\\"$OAUTH_NONCE\\"`,
    `oauth_signature=\\"$OAUTH_SIGNATURE\\"`,
    `oauth_signature_method=\\"HMAC-SHA1\\"`,
    `oauth_timestamp=\\"$OAUTH_TIMESTAMP\\"`,
    `oauth_token=${env("accessToken")}`,
    `oauth_version=\\"1.0\\"`,
  ];
  return `curl --request GET ${shellQuote(url)} \\\n  --header "Authorization: OAuth ${params.join(", ")}"`;
}

function bearerCurl(url: string): string {
  return `curl --request GET ${shellQuote(url)} \\\n  --header "Authorization: Bearer $${STANDARD_FIELDS.bearerToken.env}"`;
}

// ---------- sending ----------

type Answer =
  | { kind: "response"; status: number; headers: IncomingHttpHeaders; data: unknown }
  | { kind: "no-answer"; cause: string };

/** Node's error codes for "no answer", in words that name no credential. */
function networkCause(error: unknown, host: string, timeoutMs: number): string {
  const code = typeof error === "object" && error && "code" in error ? String(error.code) : "";
  const message = error instanceof Error ? error.message : "";
  if (message === "Request timeout." || message === "check deadline" || code === "ETIMEDOUT") return `${host} did not answer within ${timeoutMs / 1000} seconds.`;
  if (code === "ECONNREFUSED") return `${host} refused the connection: nothing is listening there.`;
  if (code === "ENOTFOUND" || code === "EAI_AGAIN" || code === "EAI_NONAME") return `The name ${host} could not be resolved (DNS): check the API URL and this server's network.`;
  if (code === "ECONNRESET" || code === "EPIPE" || message === "Socket closed without any information.") return `${host} closed the connection without answering.`;
  if (code === "EHOSTUNREACH" || code === "ENETUNREACH" || code === "EHOSTDOWN") return `${host} cannot be reached from this server (no route).`;
  if (/CERT|SSL|TLS/i.test(code) || /certificate|TLS|SSL/i.test(message)) return `The secure connection to ${host} failed (certificate or TLS problem).`;
  return `${host} could not be reached${code ? ` (${code})` : ""}.`;
}

/**
 * The network error behind an `ApiRequestError`. Its `requestError` getter reads
 * `_options.requestError`, but the library stores the error as `_options.error`
 * (twitter-api-v2 1.29.1), so read that first.
 */
function requestCause(error: ApiRequestError): unknown {
  const options = (error as unknown as { _options?: { error?: unknown } })._options;
  return options?.error ?? error.requestError;
}

/** One GET with twitter-api-v2, bounded in time; every way it can end becomes an `Answer`. */
async function send(client: TwitterApi, path: string, params: Record<string, string>, host: string, timeoutMs: number): Promise<Answer> {
  let status = 0;
  let socket: Socket | undefined;
  const onEvent: NonNullable<IGetHttpRequestArgs["requestEventDebugHandler"]> = (event, data?: { res?: { statusCode?: number }; socket?: Socket }) => {
    if (event === "response") status = data?.res?.statusCode ?? 0;
    if (event === "socket") socket = data?.socket;
  };
  // `requestEventDebugHandler` is a request option the library passes through (IGetHttpRequestArgs) but
  // leaves out of get()'s argument type; it tells the status code and the socket.
  const args: Pick<IGetHttpRequestArgs, "params" | "timeout" | "requestEventDebugHandler"> & { fullResponse: true } = { params, fullResponse: true, timeout: timeoutMs, requestEventDebugHandler: onEvent };
  const request = client.v2.get(path, undefined, args).then(
    (response): Answer => ({ kind: "response", status: status || 200, headers: response.headers, data: response.data as unknown }),
    (error: unknown): Answer => {
      if (error instanceof ApiResponseError) return { kind: "response", status: error.code, headers: error.headers, data: error.data };
      if (error instanceof ApiPartialResponseError) return { kind: "response", status: error.response.statusCode ?? 0, headers: error.response.headers, data: error.rawContent };
      if (error instanceof ApiRequestError) return { kind: "no-answer", cause: networkCause(requestCause(error), host, timeoutMs) };
      return { kind: "no-answer", cause: networkCause(error, host, timeoutMs) };
    },
  );
  // The library's timeout is per socket inactivity; this bounds the whole exchange.
  let timer: ReturnType<typeof setTimeout> | undefined;
  const deadline = new Promise<Answer>((resolve) => {
    timer = setTimeout(() => {
      socket?.destroy(new Error("check deadline"));
      resolve({ kind: "no-answer", cause: networkCause(new Error("check deadline"), host, timeoutMs) });
    }, timeoutMs + 500);
  });
  try {
    return await Promise.race([request, deadline]);
  } finally {
    clearTimeout(timer);
  }
}

// ---------- reading answers ----------

/** Twitter's own words from an error body (v2 `detail`/`title`, v1.1 `errors[].message`), clipped and redacted. */
function twitterSays(data: unknown, secrets: readonly string[]): string {
  if (typeof data === "string") return "";
  const body = (data ?? {}) as { detail?: unknown; title?: unknown; error?: unknown; errors?: unknown };
  const first = Array.isArray(body.errors) ? (body.errors[0] as { message?: unknown; detail?: unknown } | undefined) : undefined;
  const words = [body.detail, first?.message, first?.detail, body.title, body.error].find((w): w is string => typeof w === "string" && w.trim() !== "");
  return words ? clip(redactText(words.replace(/\s+/g, " ").trim(), secrets), 240) : "";
}

function quoteApi(apiName: string, words: string): string {
  return words ? ` ${apiName} says: “${words}”` : "";
}

function toDiagnosis(entry: XErrorEntry): CheckDiagnosis {
  const source = xSource(entry.source);
  return { id: entry.id, title: entry.title, meaning: entry.meaning, cause: entry.cause, fix: entry.fix, guide: entry.guide, troubleshoot: troubleshootHref(entry), source: { title: source.title, url: source.url, checkedOn: source.checkedOn } };
}

/** The catalogue's entry for an answer, when it knows one. */
function diagnose(answer: Extract<Answer, { kind: "response" }>): CheckDiagnosis | undefined {
  const headers: Record<string, string | string[] | undefined> = { ...answer.headers };
  const result = diagnoseXAnswer({ status: answer.status, headers, body: Buffer.isBuffer(answer.data) ? answer.data.toString("utf8") : answer.data });
  return result.kind === "recognised" ? toDiagnosis(result.entry) : undefined;
}

/** Codes and words for a suspended or locked account or App (v1.1 codes 64, 326, 416). */
function isSuspension(data: unknown, words: string): boolean {
  const codes = Array.isArray((data as { errors?: unknown } | null)?.errors) ? ((data as { errors: { code?: unknown }[] }).errors.map((e) => e?.code) ?? []) : [];
  return codes.some((c) => c === 64 || c === 326 || c === 416) || /suspend|locked/i.test(words);
}

function problemType(data: unknown): string {
  const body = (data ?? {}) as { type?: unknown; reason?: unknown; title?: unknown };
  return [body.type, body.reason, body.title].filter((v): v is string => typeof v === "string").join(" ");
}

function isoFromEpochSeconds(value: string | string[] | undefined): string | undefined {
  const seconds = Number(Array.isArray(value) ? value[0] : value);
  return Number.isFinite(seconds) && seconds > 0 ? new Date(seconds * 1000).toISOString() : undefined;
}

function resetTime(headers: IncomingHttpHeaders): string | undefined {
  // The limit that ran out: the 15-minute window, else a 24-hour one.
  if (headers["x-user-limit-24hour-remaining"] === "0") return isoFromEpochSeconds(headers["x-user-limit-24hour-reset"]);
  if (headers["x-app-limit-24hour-remaining"] === "0") return isoFromEpochSeconds(headers["x-app-limit-24hour-reset"]);
  return isoFromEpochSeconds(headers["x-rate-limit-reset"]);
}

function whenText(resetAt: string, now: Date): string {
  const minutes = Math.max(1, Math.ceil((Date.parse(resetAt) - now.getTime()) / 60_000));
  const clock = resetAt.slice(11, 19);
  return `at ${clock} UTC (in ${minutes === 1 ? "about a minute" : `${minutes} minutes`})`;
}

type Kind = "user" | "app";

function statusText(status: number): string {
  const names: Record<number, string> = { 400: "Bad Request", 401: "Unauthorized", 402: "Payment Required", 403: "Forbidden", 404: "Not Found", 429: "Too Many Requests", 500: "Internal Server Error", 502: "Bad Gateway", 503: "Service Unavailable", 504: "Gateway Timeout" };
  return names[status] ? `${status} ${names[status]}` : String(status);
}

/** Maps a non-2xx answer to a reason and a specific message, with the catalogue's explanation. */
function failureFor(kind: Kind, answer: Extract<Answer, { kind: "response" }>, ctx: CheckContext): Omit<CheckFailure, "request"> {
  const failure = describeFailure(kind, answer, ctx);
  const diagnosis = diagnose(answer);
  return diagnosis ? { ...failure, diagnosis } : failure;
}

function describeFailure(kind: Kind, answer: Extract<Answer, { kind: "response" }>, { host, secrets, now, apiName }: CheckContext): Omit<CheckFailure, "request"> {
  const { status, data, headers } = answer;
  const words = twitterSays(data, secrets);
  const quote = quoteApi(apiName, words);
  const what = kind === "user" ? "these OAuth 1.0a credentials" : "this Bearer Token";
  const portal = apiName === "X" ? "the Developer Console" : "the sandbox's developer portal";
  if (status === 401) {
    if (isSuspension(data, words)) return { ok: false, reason: "suspended", status, message: `${apiName} refused ${what} because the account or App is suspended or locked.${quote}` };
    if (/revoked|expired|invalidated|deactivated/i.test(words)) {
      return { ok: false, reason: "revoked", status, message: `${apiName} says ${what} ${kind === "user" ? "were" : "was"} revoked or expired: generate new ones in ${portal}.${quote}` };
    }
    return {
      ok: false,
      reason: "invalid",
      status,
      message:
        kind === "user"
          ? `${apiName} did not accept these OAuth 1.0a credentials (401 Unauthorized): the API Key, API Key Secret, Access Token or Access Token Secret is wrong or was regenerated, or the Access Token belongs to another App. Compare each with ${portal}.`
          : `${apiName} did not accept this Bearer Token (401 Unauthorized): it is wrong, or it was regenerated or revoked (regenerating the API Key and Secret also replaces the Bearer Token).`,
    };
  }
  if (status === 403 || status === 402) {
    if (isSuspension(data, words)) return { ok: false, reason: "suspended", status, message: `${apiName} accepted ${what} but the account or App is suspended or locked.${quote}` };
    const type = problemType(data);
    let why = "the credentials are valid but not allowed to make this request (the App's access level or permissions)";
    if (status === 402) why = "the developer account has no API credits or plan that covers this request";
    else if (/client-not-enrolled/i.test(type)) why = "the App is not attached to a Project, or its package or environment does not include this endpoint";
    else if (/client-forbidden/i.test(type)) why = "the App is not enrolled for this endpoint or lacks the access it needs";
    else if (/unsupported-authentication/i.test(type)) why = `${apiName} does not accept this kind of credential for this request`;
    else if (/oauth1-permissions/i.test(type)) why = "the App's permissions do not allow this request (check User authentication settings)";
    return { ok: false, reason: "forbidden", status, message: `${apiName} refused the request (${statusText(status)}): ${why}.${quote}` };
  }
  if (status === 429) {
    const resetAt = resetTime(headers);
    const isCap = /usage-capped|UsageCapExceeded/i.test(problemType(data));
    const limit = isCap ? "The usage cap is reached" : "Rate limited (429 Too Many Requests)";
    return {
      ok: false,
      reason: "rate_limited",
      status,
      ...(resetAt ? { resetAt } : {}),
      message: `${limit}: ${resetAt ? `the limit resets ${whenText(resetAt, now)}` : `${apiName} did not say when the limit resets`}. Try again after that; checking again sooner does not help.`,
    };
  }
  if (status >= 500) return { ok: false, reason: "unexpected", status, message: `${host} answered ${statusText(status)}: the API is having trouble. Try again in a few minutes.${quote}` };
  if (status === 404) return { ok: false, reason: "unexpected", status, message: `${host} answered 404 Not Found: check that the API URL points at ${apiName === "X" ? "X's" : "the sandbox's"} API.` };
  return { ok: false, reason: "unexpected", status, message: `${host} answered ${statusText(status)}, which a credential check does not expect.${quote}` };
}

function userFrom(value: unknown): TwitterUserSummary | null {
  const user = (value ?? {}) as { id?: unknown; username?: unknown; name?: unknown };
  if (typeof user.id !== "string" || typeof user.username !== "string") return null;
  return { id: clip(user.id, 40), username: clip(user.username, 40), name: clip(typeof user.name === "string" ? user.name : user.username, 100) };
}

// ---------- the checks ----------

function present(value: string | null | undefined): string | null {
  const trimmed = value?.trim();
  return trimmed ? trimmed : null;
}

/** A value a request cannot carry (spaces, line breaks): a failure before anything is sent. */
function unusable(values: Record<string, string>): string | null {
  for (const [label, value] of Object.entries(values)) {
    if (!fieldValueSchema.safeParse(value).success) return `The ${label} has spaces, line breaks or other characters no credential has: check what was copied. Nothing was sent.`;
  }
  return null;
}

/** `apiName`: how messages name the API that answered ("X", or "Perch's sandbox"). */
type CheckContext = { apiUrl: string; host: string; secrets: string[]; now: Date; timeoutMs: number; apiName: string };

function apiOf(ctx: CheckContext): string {
  return ctx.apiName === "X" ? "X's" : "the sandbox's";
}

async function checkUserContext(ctx: CheckContext, tokens: { apiKey: string; apiKeySecret: string; accessToken: string; accessTokenSecret: string }): Promise<CheckOutcome> {
  const url = rewriteTwitterUrl(`${TWITTER_API}/2/users/me`, ctx.apiUrl);
  const base = { method: "GET" as const, url, auth: "oauth1-user" as const, curl: oauth1Curl(url), note: OAUTH1_NOTE };
  const problem = unusable({ "API Key": tokens.apiKey, "API Key Secret": tokens.apiKeySecret, "Access Token": tokens.accessToken, "Access Token Secret": tokens.accessTokenSecret });
  if (problem) return { ok: false, reason: "invalid", message: problem, request: { ...base, response: null } };
  const client = twitterClientFor(ctx.apiUrl, { appKey: tokens.apiKey, appSecret: tokens.apiKeySecret, accessToken: tokens.accessToken, accessSecret: tokens.accessTokenSecret });
  const answer = await send(client, "users/me", {}, ctx.host, ctx.timeoutMs);
  if (answer.kind === "no-answer") return { ok: false, reason: "unreachable", message: answer.cause, request: { ...base, response: null } };
  const request = { ...base, response: { status: answer.status, headers: displayHeaders(answer.headers, ctx.secrets), body: displayBody(answer.data, ctx.secrets) } };
  if (answer.status < 200 || answer.status >= 300) return { ...failureFor("user", answer, ctx), request };
  const user = userFrom((answer.data as { data?: unknown } | null)?.data);
  if (!user) return { ok: false, reason: "unexpected", status: answer.status, message: `${ctx.host} answered ${answer.status} but not with a user: check that the API URL points at ${apiOf(ctx)} API.`, request };
  const level = answer.headers["x-access-level"];
  const accessLevel = typeof level === "string" && /^[a-z-]{1,40}$/.test(level) ? level : undefined;
  const permissions = X_ERRORS_BY_ID.get("oauth1-permissions");
  const isReadOnly = accessLevel === "read";
  return {
    ok: true,
    user,
    message: `These OAuth 1.0a credentials work: they act as @${user.username} (${user.name}).${accessLevel ? ` Access level: ${accessLevel}.` : ""}${
      isReadOnly ? " This token can only read: posting, liking or following with it would be refused. If you raised the App's permissions, regenerate the Access Token and Secret; a token keeps the permissions it was made with." : ""
    }`,
    ...(accessLevel ? { accessLevel } : {}),
    ...(isReadOnly && permissions ? { diagnosis: toDiagnosis(permissions) } : {}),
    request,
  };
}

async function checkAppOnly(ctx: CheckContext, bearerToken: string, username: string): Promise<CheckOutcome> {
  const url = rewriteTwitterUrl(`${TWITTER_API}/2/users/by/username/${encodeURIComponent(username)}`, ctx.apiUrl);
  const base = { method: "GET" as const, url, auth: "app-only-bearer" as const, curl: bearerCurl(url) };
  const problem = unusable({ "Bearer Token": bearerToken });
  if (problem) return { ok: false, reason: "invalid", message: problem, request: { ...base, response: null } };
  const client = twitterClientFor(ctx.apiUrl, bearerToken);
  const answer = await send(client, "users/by/username/:username", { username }, ctx.host, ctx.timeoutMs);
  if (answer.kind === "no-answer") return { ok: false, reason: "unreachable", message: answer.cause, request: { ...base, response: null } };
  const request = { ...base, response: { status: answer.status, headers: displayHeaders(answer.headers, ctx.secrets), body: displayBody(answer.data, ctx.secrets) } };
  if (answer.status < 200 || answer.status >= 300) return { ...failureFor("app", answer, ctx), request };
  const body = (answer.data ?? {}) as { data?: unknown; errors?: unknown };
  const user = userFrom(body.data);
  if (user) return { ok: true, user, message: `This Bearer Token works: it looked up @${user.username} (${user.name}) as the App.`, request };
  // Twitter answers 200 with an `errors` array for a handle that does not exist: the token was still accepted.
  if (Array.isArray(body.errors) && body.errors.length > 0) {
    return { ok: true, user: null, message: `This Bearer Token works: ${ctx.apiName} accepted it and answered that @${username} does not exist there, which is fine for this check.`, request };
  }
  return { ok: false, reason: "unexpected", status: answer.status, message: `${ctx.host} answered ${answer.status} but not with a user lookup: check that the API URL points at ${apiOf(ctx)} API.`, request };
}

/** Every string in the result with the given secrets (in any encoding) replaced: the last guard before it leaves. */
function scrub<T>(value: T, secrets: readonly string[]): T {
  if (typeof value === "string") return hideSecrets(value, secrets) as T;
  if (Array.isArray(value)) return value.map((v: unknown) => scrub(v, secrets)) as T;
  if (value && typeof value === "object") return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, scrub(v, secrets)])) as T;
  return value;
}

/**
 * Tests the credentials against `apiUrl` (Twitter's `https://api.x.com`, or the sandbox's
 * API base): `GET /2/users/me` with OAuth 1.0a user context when all four OAuth 1.0a values
 * are present, then an app-only `GET /2/users/by/username/:username` with the Bearer Token
 * (for the user-context account when known, else @XDevelopers). Never throws for a bad
 * credential or an unreachable API; each request is bounded by `timeoutMs`.
 */
export async function checkCredentials({
  apiUrl,
  credentials,
  now = new Date(),
  timeoutMs = DEFAULT_CHECK_TIMEOUT_MS,
  apiName = "X",
}: {
  apiUrl: string;
  credentials: CredentialsToCheck;
  now?: Date;
  timeoutMs?: number;
  /** How messages name the API: "X" (the default), or "Perch's sandbox". */
  apiName?: string;
}): Promise<CredentialCheckResult> {
  const apiKey = present(credentials.apiKey);
  const apiKeySecret = present(credentials.apiKeySecret);
  const accessToken = present(credentials.accessToken);
  const accessTokenSecret = present(credentials.accessTokenSecret);
  const bearerToken = present(credentials.bearerToken);
  const secrets = [apiKey, apiKeySecret, accessToken, accessTokenSecret, bearerToken].filter((v): v is string => v !== null);

  let base: URL | null = null;
  try {
    base = new URL(apiUrl);
  } catch {
    base = null;
  }
  const ctx: CheckContext = { apiUrl, host: base?.host ?? "the API", secrets, now, timeoutMs, apiName };
  const isUsableBase = base !== null && (base.protocol === "https:" || base.protocol === "http:");

  const badBase = (auth: FirstRequest["auth"]): CheckOutcome => ({
    ok: false,
    reason: "unreachable",
    message: "The API URL is not an http(s) address, so nothing was sent.",
    request: { method: "GET", url: apiUrl, auth, curl: "", response: null },
  });

  let userContext: CheckOutcome | null = null;
  if (apiKey && apiKeySecret && accessToken && accessTokenSecret) {
    userContext = isUsableBase ? await checkUserContext(ctx, { apiKey, apiKeySecret, accessToken, accessTokenSecret }) : badBase("oauth1-user");
  }
  let appOnly: CheckOutcome | null = null;
  if (bearerToken) {
    const known = userContext?.ok ? userContext.user?.username : undefined;
    const username = known && USERNAME.test(known) ? known : APP_ONLY_LOOKUP_HANDLE;
    appOnly = isUsableBase ? await checkAppOnly(ctx, bearerToken, username) : badBase("app-only-bearer");
  }
  return scrub({ userContext, appOnly }, secrets);
}
