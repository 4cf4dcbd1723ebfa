/**
 * OAuth 1.0a request signing (RFC 5849, HMAC-SHA1) as pure functions: the sandbox's
 * API verifies signatures with them, and tests sign reference requests with them.
 *
 * Everything here is deterministic given its inputs (nonce and timestamp are arguments),
 * so it can be property-tested without a clock or a network.
 */
import { createHmac, timingSafeEqual } from "node:crypto";

/** A name/value pair as it appears in a request (decoded, not yet percent-encoded). */
export type OAuthParam = readonly [name: string, value: string];

/** How far a request's oauth_timestamp may be from the server's clock, in seconds. */
export const OAUTH1_TIMESTAMP_WINDOW_SECONDS = 300;

/**
 * Percent-encodes per RFC 3986 section 2.1 as RFC 5849 section 3.6 requires: every byte of
 * the UTF-8 encoding except the unreserved characters `A-Z a-z 0-9 - . _ ~`, upper-case hex.
 * (`encodeURIComponent` leaves `! * ' ( )` alone, so those are encoded here.)
 */
export function percentEncode(value: string): string {
  return encodeURIComponent(value).replace(/[!*'()]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

/** Decodes a percent-encoded value; null when the encoding is malformed. */
function percentDecode(value: string): string | null {
  try {
    return decodeURIComponent(value);
  } catch {
    return null;
  }
}

/**
 * The base string URI (RFC 5849 section 3.4.1.2): lower-case scheme and host, the port only
 * when it is not the scheme's default, the path, and no query or fragment.
 */
export function baseStringUri(url: string | URL): string {
  const u = typeof url === "string" ? new URL(url) : url;
  // URL lower-cases scheme and host and drops default ports already.
  return `${u.protocol}//${u.host}${u.pathname}`;
}

/**
 * Parses an `application/x-www-form-urlencoded` string (a query or a form body) into
 * decoded pairs, keeping duplicates and order, as RFC 5849 section 3.4.1.3.1 asks.
 */
export function parseFormEncoded(text: string): OAuthParam[] {
  return [...new URLSearchParams(text)].map(([name, value]) => [name, value] as const);
}

/**
 * Normalises request parameters (RFC 5849 section 3.4.1.3.2): percent-encode every name and
 * value, sort by name then value (byte order), join pairs with `=` and `&`.
 */
export function normalizeParameters(params: readonly OAuthParam[]): string {
  const encoded = params.map(([name, value]) => [percentEncode(name), percentEncode(value)] as const);
  // Encoded strings are ASCII, so code-unit order is byte order.
  encoded.sort(([an, av], [bn, bv]) => (an < bn ? -1 : an > bn ? 1 : av < bv ? -1 : av > bv ? 1 : 0));
  return encoded.map(([name, value]) => `${name}=${value}`).join("&");
}

/**
 * The signature base string (RFC 5849 section 3.4.1.1):
 * `METHOD&encode(base string URI)&encode(normalised parameters)`.
 * `params` are the query, the form body (when form-encoded) and the protocol parameters
 * other than `oauth_signature` and `realm`.
 */
export function signatureBaseString({ method, url, params }: { method: string; url: string | URL; params: readonly OAuthParam[] }): string {
  return [method.toUpperCase(), percentEncode(baseStringUri(url)), percentEncode(normalizeParameters(params))].join("&");
}

/** HMAC-SHA1 of the base string under `encode(consumer secret)&encode(token secret)`, base64. */
export function hmacSha1Signature(baseString: string, consumerSecret: string, tokenSecret = ""): string {
  return createHmac("sha1", `${percentEncode(consumerSecret)}&${percentEncode(tokenSecret)}`).update(baseString, "utf8").digest("base64");
}

/**
 * Parses an `Authorization: OAuth k="v", …` header (RFC 5849 section 3.5.1) into decoded
 * parameters. Returns null when it is not an OAuth header, is malformed, or repeats a name.
 */
export function parseAuthorizationHeader(header: string | null | undefined): Map<string, string> | null {
  if (!header) return null;
  const match = /^\s*OAuth\s+(.*)$/is.exec(header);
  if (!match?.[1]) return null;
  const result = new Map<string, string>();
  for (const part of match[1].split(",")) {
    if (!part.trim()) continue;
    const pair = /^\s*([^\s="]+)\s*=\s*"([^"]*)"\s*$/.exec(part);
    if (!pair?.[1] || pair[2] === undefined) return null;
    const name = percentDecode(pair[1]);
    const value = percentDecode(pair[2]);
    if (name === null || value === null || result.has(name)) return null;
    result.set(name, value);
  }
  return result.size > 0 ? result : null;
}

/** What a request carries that the signature covers. */
export type SignableRequest = {
  method: string;
  /** The full request URL, query included. */
  url: string | URL;
  /** Decoded form-body pairs, only when the body is `application/x-www-form-urlencoded`. */
  bodyParams?: readonly OAuthParam[];
};

/** The parameters the signature covers: query, form body, and OAuth header minus signature and realm. */
export function collectSignedParameters(request: SignableRequest, oauthParams: ReadonlyMap<string, string>): OAuthParam[] {
  const url = typeof request.url === "string" ? new URL(request.url) : request.url;
  const fromHeader = [...oauthParams].filter(([name]) => name !== "oauth_signature" && name !== "realm");
  return [...parseFormEncoded(url.search), ...(request.bodyParams ?? []), ...fromHeader];
}

/** Builds an `Authorization: OAuth …` header value from protocol parameters. */
export function formatAuthorizationHeader(oauthParams: Iterable<OAuthParam>): string {
  const entries: OAuthParam[] = [...oauthParams];
  return `OAuth ${entries.map(([name, value]) => `${percentEncode(name)}="${percentEncode(value)}"`).join(", ")}`;
}

/** Credentials and one-time values for signing a request. */
export type OAuth1SigningInput = SignableRequest & {
  consumerKey: string;
  consumerSecret: string;
  token?: string;
  tokenSecret?: string;
  nonce: string;
  /** Seconds since the epoch. */
  timestamp: number;
};

/** Signs a request with HMAC-SHA1 and returns the `Authorization` header value. */
export function signOAuth1Request(input: OAuth1SigningInput): string {
  const oauth = new Map<string, string>([
    ["oauth_consumer_key", input.consumerKey],
    ["oauth_nonce", input.nonce],
    ["oauth_signature_method", "HMAC-SHA1"],
    ["oauth_timestamp", String(input.timestamp)],
    ["oauth_version", "1.0"],
  ]);
  if (input.token !== undefined) oauth.set("oauth_token", input.token);
  const base = signatureBaseString({ method: input.method, url: input.url, params: collectSignedParameters(input, oauth) });
  oauth.set("oauth_signature", hmacSha1Signature(base, input.consumerSecret, input.tokenSecret ?? ""));
  return formatAuthorizationHeader(oauth);
}

/** The protocol parameters of a well-formed user-context request, before the signature is checked. */
export type OAuth1Claims = {
  consumerKey: string;
  token: string;
  nonce: string;
  timestamp: number;
  signature: string;
  params: Map<string, string>;
};

/** Why a request's OAuth 1.0a parameters were refused (never shown to callers in detail). */
export type OAuth1Problem = "missing" | "malformed" | "unsupported_method" | "stale_timestamp";

/**
 * Checks the shape of an OAuth 1.0a user-context header: all required parameters present,
 * HMAC-SHA1, version 1.0 when given, a nonce, and a timestamp within the window of `nowSeconds`.
 */
export function readOAuth1Claims(header: string | null | undefined, nowSeconds: number): { ok: true; claims: OAuth1Claims } | { ok: false; problem: OAuth1Problem } {
  if (!header || !/^\s*OAuth\s/i.test(header)) return { ok: false, problem: "missing" };
  const params = parseAuthorizationHeader(header);
  if (!params) return { ok: false, problem: "malformed" };
  const consumerKey = params.get("oauth_consumer_key");
  const token = params.get("oauth_token");
  const nonce = params.get("oauth_nonce");
  const timestampText = params.get("oauth_timestamp");
  const signature = params.get("oauth_signature");
  const method = params.get("oauth_signature_method");
  const version = params.get("oauth_version");
  if (!consumerKey || !token || !nonce || !timestampText || !signature || !method) return { ok: false, problem: "malformed" };
  if (nonce.length > 128 || consumerKey.length > 128 || token.length > 256) return { ok: false, problem: "malformed" };
  if (version !== undefined && version !== "1.0") return { ok: false, problem: "malformed" };
  if (method !== "HMAC-SHA1") return { ok: false, problem: "unsupported_method" };
  if (!/^\d{1,12}$/.test(timestampText)) return { ok: false, problem: "malformed" };
  const timestamp = Number(timestampText);
  if (Math.abs(timestamp - nowSeconds) > OAUTH1_TIMESTAMP_WINDOW_SECONDS) return { ok: false, problem: "stale_timestamp" };
  return { ok: true, claims: { consumerKey, token, nonce, timestamp, signature, params } };
}

/**
 * True when `claims.signature` is the HMAC-SHA1 signature of the request under the given
 * secrets, for any of `urls` (the same request as seen by the client may name this server
 * by more than one origin). Constant-time comparison.
 */
export function verifyOAuth1Signature({
  method,
  urls,
  bodyParams,
  claims,
  consumerSecret,
  tokenSecret,
}: {
  method: string;
  urls: readonly (string | URL)[];
  bodyParams?: readonly OAuthParam[];
  claims: Pick<OAuth1Claims, "signature" | "params">;
  consumerSecret: string;
  tokenSecret: string;
}): boolean {
  const given = Buffer.from(claims.signature, "utf8");
  let isValid = false;
  for (const url of urls) {
    const base = signatureBaseString({ method, url, params: collectSignedParameters({ method, url, bodyParams }, claims.params) });
    const expected = Buffer.from(hmacSha1Signature(base, consumerSecret, tokenSecret), "utf8");
    // Check every candidate so timing does not reveal which origin matched.
    if (expected.length === given.length && timingSafeEqual(expected, given)) isValid = true;
  }
  return isValid;
}
