import type { XSourceId } from "./sources";

/**
 * The one catalogue of X API errors Perch explains: how to recognise each (HTTP status,
 * problem `type`, `title`/`reason`, legacy `errors[].code`, the token endpoint's `error`,
 * or words a library prints), what it means, the likely cause, the fix, the guide step
 * that shows the fix, and the page of X's documentation it rests on. The troubleshooting
 * page and "Test these credentials" both read it, so one error is explained one way.
 *
 * lib/ may not import the guide content, so guide links are plain strings; a test outside
 * lib (content/x-errors-links.test.ts) checks each against the guides.
 */

/** What identifies an error. Any one specific signal is enough; `statuses` alone only for a generic entry. */
export type XErrorMatch = {
  /** HTTP statuses this entry explains on their own (generic entries), or that a specific signal must agree with. */
  statuses?: number[];
  /** The last segment of the problem `type` URI (`https://api.x.com/2/problems/<segment>`). */
  types?: string[];
  /** The problem's `reason` field. */
  reasons?: string[];
  /** The problem's `title`, compared without case. */
  titles?: string[];
  /** Legacy (v1.1 style) `errors[].code` values. */
  codes?: number[];
  /** The OAuth 2.0 token endpoint's `error` field. */
  oauthErrors?: string[];
  /** Lower-case words that appear in X's message or in what a library prints. */
  phrases?: string[];
  /** True when `x-rate-limit-remaining: 0` (or a 24-hour limit at 0) identifies this error. */
  rateLimitHeaders?: boolean;
  /** True when the status alone (its only one) identifies this entry, as 402 does "out of credits". */
  isStatusEnough?: boolean;
};

export type XErrorEntry = {
  /** Stable kebab-case id: the anchor on /troubleshoot. */
  id: string;
  title: string;
  /** How to recognise it, in words (shown on the page). */
  recognise: string;
  meaning: string;
  cause: string;
  fix: string;
  /** The guide step that shows the fix (`/guides/<slug>#<step>`). */
  guide: string;
  /** The page of X's documentation this explanation rests on. */
  source: XSourceId;
  /** True for an entry that explains a status code alone (used only when nothing more specific matches). */
  isGeneric?: boolean;
  /**
   * True when X's pages describe the error but not the exact words or codes Perch matches:
   * those are what X is reported to answer (in developers' reports and libraries' tests),
   * and the page says so.
   */
  isWordingReported?: boolean;
  match: XErrorMatch;
};

const GUIDE = {
  signIn: "/guides/developer-console#sign-in-and-accept",
  newApp: "/guides/developer-console#new-app",
  saveCredentials: "/guides/developer-console#save-credentials",
  keysAndTokens: "/guides/developer-console#keys-and-tokens",
  userAuth: "/guides/developer-console#user-authentication",
  clientIdSecret: "/guides/developer-console#client-id-and-secret",
  buyCredits: "/guides/developer-console#buy-credits",
  firstRequest: "/guides/developer-console#first-request",
  permissions: "/guides/create-app-and-keys#permissions-and-app-type",
  callbackUri: "/guides/create-app-and-keys#callback-uri",
  accessToken: "/guides/create-app-and-keys#access-token",
  consumerKeys: "/guides/create-app-and-keys#consumer-keys",
  keepKeysSafe: "/guides/create-app-and-keys#keep-keys-safe",
  enforcement: "/guides/access-levels-and-policy#enforcement-and-suspension",
  supportQuestion: "/guides/access-levels-and-policy#ask-a-good-support-question",
  publicData: "/guides/api-overview#public-and-non-public-data",
  endpointGroups: "/guides/api-overview#choose-endpoint-groups",
  userAccess: "/guides/api-overview#users-control-access",
} as const;

export const X_ERRORS: readonly XErrorEntry[] = [
  // ---- onboarding failures, most specific first ----
  {
    id: "client-not-enrolled",
    title: "App not enrolled (client-not-enrolled)",
    recognise: "403 with type …/problems/client-forbidden and reason client-not-enrolled; the detail says the keys must come from an App attached to a Project.",
    meaning: "X accepted the keys but the App they belong to is not set up for the X API v2 endpoints it called.",
    cause: "The keys come from an App outside a Project, or from an App whose package or environment does not include this endpoint (X's MCP page names moving the App to Pay-per-use and Production as the fix for this error).",
    fix: "In the Developer Console, open the App and make sure it belongs to a Project on the Pay-per-use package in the Production environment; then use that App's keys (regenerate them if you are unsure which App they came from).",
    guide: GUIDE.newApp,
    source: "mcp",
    match: { reasons: ["client-not-enrolled"], types: ["client-forbidden"], phrases: ["client-not-enrolled", "attached to a project"], statuses: [403] },
  },
  {
    id: "credits-depleted",
    isWordingReported: true,
    title: "Out of credits",
    recognise: "402 Payment Required, or a problem titled CreditsDepleted, or a message saying the account has no credits.",
    meaning: "The developer account's prepaid credit balance is used up (or slightly negative), so X refuses billable requests until it is topped up.",
    cause: "Pay-per-use requests draw on credits bought in the Developer Console; at zero (or below) every request fails. Auto-recharge pauses at zero and tops up at most once in five minutes, so a burst can still run dry.",
    fix: "Buy credits in the Developer Console (enough to bring a negative balance back above zero), then retry. Turn on auto-recharge with an amount that outlasts five minutes of your busiest use, and set balance alerts.",
    guide: GUIDE.buyCredits,
    source: "pricing",
    match: { titles: ["CreditsDepleted"], types: ["credits"], phrases: ["creditsdepleted", "does not have any credits", "out of credits", "no credits"], statuses: [402], isStatusEnough: true },
  },
  {
    id: "usage-capped",
    title: "Usage cap reached",
    recognise: "429 with type …/problems/usage-capped (title UsageCapExceeded); x-rate-limit-remaining is usually not 0.",
    meaning: "The App has read as many Posts as its plan allows for the period; this is a cap on volume, not a per-15-minute rate limit.",
    cause: "Pay-per-use plans have a monthly cap on Post reads (3 million, on X's Usage and Billing page); reaching it stops further reads until the period ends.",
    fix: "Waiting a few minutes will not help. Read fewer Posts (cache what you fetched; repeats of one Post within a UTC day are not charged again), wait for the next period, or ask X about an Enterprise plan.",
    guide: GUIDE.firstRequest,
    source: "usageAndBilling",
    match: { types: ["usage-capped"], titles: ["UsageCapExceeded"], phrases: ["usage cap exceeded", "usagecapexceeded", "usage-capped"], statuses: [429] },
  },
  {
    id: "rate-limit-exceeded",
    title: "Rate limit exceeded",
    recognise: "429 with x-rate-limit-remaining: 0, type …/problems/rate-limit-exceeded, or legacy code 88 \"Rate limit exceeded\".",
    meaning: "Too many requests to this endpoint in the current window (most windows are 15 minutes), for this user (user tokens) or this App (Bearer Token).",
    cause: "A loop, a retry without backoff, or several programs sharing one set of credentials.",
    fix: "Wait until the time in x-rate-limit-reset (a Unix timestamp), then retry with exponential backoff; cache responses and spread requests across the window.",
    guide: GUIDE.firstRequest,
    source: "rateLimits",
    match: { types: ["rate-limit-exceeded"], codes: [88], phrases: ["rate limit exceeded"], rateLimitHeaders: true, statuses: [429] },
  },
  {
    id: "callback-url-not-approved",
    title: "Callback URL not approved",
    recognise: "Legacy code 415 \"Callback URL not approved for this client application\", or an authorization screen refusing the redirect_uri.",
    meaning: "The redirect_uri (OAuth 2.0) or oauth_callback (OAuth 1.0a) the app sent is not one of the callback URLs registered on the App.",
    cause: "The URL differs from the registered one in some detail: scheme, host (localhost versus 127.0.0.1), port, path or a trailing slash; or it was not URL-encoded in the query.",
    fix: "Copy the exact callback URL your app sends into the App's user authentication settings (at most 10 URLs; https in production, http://127.0.0.1 for local development), and URL-encode it when it travels as a query parameter.",
    guide: GUIDE.userAuth,
    source: "developerApps",
    match: { codes: [415], phrases: ["callback url not approved", "redirect_uri does not match", "does not exactly match a callback url"] },
  },
  {
    id: "authorize-went-wrong",
    title: "\"You weren't able to give access to the App\"",
    recognise: "X's authorization page says \"Something went wrong — You weren't able to give access to the App\".",
    meaning: "X's OAuth 2.0 authorization screen could not start a sign-in for this request.",
    cause: "The Client ID in the authorize URL is missing or wrong, or the redirect_uri is not registered on the App (X's xurl page names both).",
    fix: "Check the client_id in the authorize URL against the App's OAuth 2.0 Client ID, and register the exact redirect_uri in the App's user authentication settings.",
    guide: GUIDE.clientIdSecret,
    source: "xurl",
    match: { phrases: ["weren't able to give access", "werent able to give access", "weren’t able to give access"] },
  },
  {
    id: "oauth1-permissions",
    isWordingReported: true,
    title: "Token's permissions too low (read-only token)",
    recognise: "403 with type …/problems/oauth1-permissions, or a message that the app is not configured with the right OAuth 1.0a permissions.",
    meaning: "The Access Token was issued with less permission than this request needs, e.g. a read-only token trying to post.",
    cause: "The App's permissions were raised after the Access Token was made: a token keeps the permissions it was issued with, so users (and you) must authorize again to get new ones.",
    fix: "Check the App's permissions (Read and write, or Read, write and Direct Messages) in its user authentication settings, then regenerate the Access Token and Secret (or have each user authorize again) and use the new pair.",
    guide: GUIDE.accessToken,
    source: "developerApps",
    match: { types: ["oauth1-permissions"], phrases: ["oauth1-permissions", "oauth1 app permissions", "application cannot perform write actions"], codes: [261], statuses: [403] },
  },
  {
    id: "unsupported-authentication",
    title: "Wrong kind of authentication for this endpoint",
    recognise: "403 with type …/problems/unsupported-authentication (\"Authenticating with OAuth 2.0 Application-Only is forbidden for this endpoint\"), or legacy code 220.",
    meaning: "The endpoint needs a user (OAuth 1.0a user context or an OAuth 2.0 user token) and got an app-only Bearer Token, or the reverse.",
    cause: "A Bearer Token was used for a call that acts as a person, such as GET /2/users/me or posting.",
    fix: "Call it with the API Key and Secret plus an Access Token and Secret (OAuth 1.0a), or with a user's OAuth 2.0 access token; keep the Bearer Token for public data.",
    guide: GUIDE.keysAndTokens,
    source: "oauth2AppOnly",
    match: { types: ["unsupported-authentication"], codes: [220], phrases: ["unsupported authentication", "application-only is forbidden", "credentials do not allow access to this resource"], statuses: [403] },
  },
  {
    id: "reply-restricted",
    isWordingReported: true,
    title: "Reply not allowed",
    recognise: "403 when creating a Post with reply settings, saying the reply is not allowed because the author did not mention or engage the replying account.",
    meaning: "Self-serve (pay-per-use) apps may reply through the API only when the original author summoned the replying account.",
    cause: "The original Post neither @mentions the replying account nor quotes one of its Posts.",
    fix: "Reply only to Posts that mention or quote your account; anything else is refused for self-serve apps (Enterprise is not limited this way).",
    guide: GUIDE.firstRequest,
    source: "manageTweetsIntegrate",
    match: { phrases: ["reply to this conversation is not allowed", "not been mentioned or otherwise engaged", "reply restrictions"] },
  },
  {
    id: "invalid-or-expired-token",
    title: "Invalid or expired token",
    recognise: "401 with legacy code 89 \"Invalid or expired token\".",
    meaning: "X does not know this token (any more).",
    cause: "The token was regenerated or revoked, or the user withdrew the App's access; OAuth 2.0 user access tokens also expire after two hours.",
    fix: "Use the current token from the Developer Console (regenerate it if it is lost). For OAuth 2.0 user tokens, refresh with the refresh token (issued only when offline.access was requested) or sign the user in again.",
    guide: GUIDE.keysAndTokens,
    source: "oauth2AppOnly",
    match: { codes: [89], phrases: ["invalid or expired token"], statuses: [401] },
  },
  {
    id: "bad-oauth1-signature",
    isWordingReported: true,
    title: "Could not authenticate you (OAuth 1.0a)",
    recognise: "401 with legacy code 32 \"Could not authenticate you\".",
    meaning: "X could not verify the OAuth 1.0a signature on the request.",
    cause: "One of the four values is wrong or belongs to another App, a secret was regenerated, or the signature was computed over a different URL, method or parameters than were sent (often double-encoding).",
    fix: "Compare the API Key, API Key Secret, Access Token and Access Token Secret with the Developer Console, and let a library sign the request (curl cannot).",
    guide: GUIDE.consumerKeys,
    source: "oauth1Authorizing",
    match: { codes: [32], phrases: ["could not authenticate you"], statuses: [401] },
  },
  {
    id: "timestamp-out-of-bounds",
    isWordingReported: true,
    title: "Request timestamp out of bounds",
    recognise: "401 with legacy code 135, saying the timestamp is out of bounds.",
    meaning: "The oauth_timestamp of an OAuth 1.0a request is too far from X's clock.",
    cause: "The computer that signs requests has a wrong clock, or a signed request was stored and sent later.",
    fix: "Sync the machine's clock with NTP and sign every request just before sending it.",
    guide: GUIDE.consumerKeys,
    source: "oauth1Authorizing",
    match: { codes: [135], phrases: ["timestamp out of bounds"], statuses: [401] },
  },
  {
    id: "bad-authentication-data",
    isWordingReported: true,
    title: "Bad authentication data",
    recognise: "400 or 401 with legacy code 215 \"Bad Authentication data\".",
    meaning: "The request carried no usable Authorization header.",
    cause: "No credentials were sent, or the header is malformed (e.g. \"Bearer\" missing, or an OAuth 1.0a header missing a field).",
    fix: "Send Authorization: Bearer <token> for app-only calls, or let a library build the OAuth 1.0a header.",
    guide: GUIDE.keysAndTokens,
    source: "responseCodes",
    match: { codes: [215], phrases: ["bad authentication data"] },
  },
  {
    id: "account-suspended",
    isWordingReported: true,
    title: "Account or App suspended",
    recognise: "401 or 403 whose message says the account or App is suspended or locked (legacy codes 64, 326).",
    meaning: "X has restricted the account or the App, so its credentials no longer work.",
    cause: "An enforcement action, usually for a policy breach or unusual activity.",
    fix: "Check the e-mail of the developer account for X's notice; appeal through the Platform Help Form. Do not create a new App to get around it.",
    guide: GUIDE.enforcement,
    source: "developerApps",
    match: { codes: [64, 326], phrases: ["suspended", "account is temporarily locked"] },
  },
  {
    id: "oauth2-code-invalid",
    isWordingReported: true,
    title: "Authorization code invalid or expired",
    recognise: "The token endpoint answers invalid_request or invalid_grant about the authorization code (\"Value passed for the authorization code was invalid\", or expired).",
    meaning: "The code from the callback could not be exchanged for a token.",
    cause: "It was exchanged more than 30 seconds after it was issued, was already used, or was sent with a different redirect_uri or code_verifier than the authorization request.",
    fix: "Exchange the code at once, only once, with the same redirect_uri and the code_verifier that matches the code_challenge; then start a fresh sign-in.",
    guide: GUIDE.clientIdSecret,
    source: "oauth2AuthorizationCode",
    match: { phrases: ["authorization code was invalid", "authorization code has expired", "authorization code has already been used", "code_verifier"] },
  },
  {
    id: "oauth2-refresh-invalid",
    isWordingReported: true,
    title: "Refresh token invalid",
    recognise: "The token endpoint answers invalid_grant or invalid_request about the refresh token.",
    meaning: "The refresh token cannot be used to get a new access token.",
    cause: "It was already used (each refresh gives a new refresh token), was revoked, the user withdrew access, or the sign-in never asked for offline.access, so no refresh token exists.",
    fix: "Store the new refresh token from every refresh and use it next time; ask for the offline.access scope if you need one; otherwise sign the user in again.",
    guide: GUIDE.userAccess,
    source: "oauth2UserAccessToken",
    match: { phrases: ["refresh token was invalid", "refresh token has expired", "refresh token was already used", "refresh token is invalid", "value passed for the refresh token"] },
  },
  {
    id: "oauth2-client-auth",
    isWordingReported: true,
    title: "Client authentication failed",
    recognise: "The token endpoint answers invalid_client or unauthorized_client (e.g. \"Missing valid authorization header\").",
    meaning: "X could not tell which App is asking for the token.",
    cause: "A confidential client (Web App, Automated App or Bot) did not send its Client ID and Secret as HTTP Basic, the secret is wrong or was regenerated, or a public client (Native App, Single page App) sent no client_id.",
    fix: "Confidential clients: send Authorization: Basic base64(client_id:client_secret). Public clients: send client_id in the body and no secret. Check the App's type in its user authentication settings.",
    guide: GUIDE.clientIdSecret,
    source: "oauth2AuthorizationCode",
    match: { oauthErrors: ["invalid_client", "unauthorized_client"], phrases: ["missing valid authorization header", "client authentication failed"] },
  },
  {
    id: "oauth2-invalid-scope",
    title: "Unknown or unapproved scope",
    recognise: "The authorization or token endpoint answers invalid_scope.",
    meaning: "The request asked for a scope X does not know, or more than the user granted.",
    cause: "A typo in the scope list (they are separated by spaces), or a refresh asking for scopes the original sign-in did not include.",
    fix: "Ask only for scopes from X's list (e.g. tweet.read users.read offline.access), separated by spaces.",
    guide: GUIDE.userAccess,
    source: "oauth2AuthorizationCode",
    match: { oauthErrors: ["invalid_scope"] },
  },
  // ---- X's problem types (response codes page) ----
  {
    id: "client-forbidden",
    title: "Client forbidden",
    recognise: "403 with type …/problems/client-forbidden (without reason client-not-enrolled).",
    meaning: "The App is not enrolled for this endpoint or lacks the access it needs.",
    cause: "The endpoint needs a package, enrolment or approval the App does not have.",
    fix: "Check which package and environment the App is on in the Developer Console, and whether the endpoint needs separate approval.",
    guide: GUIDE.newApp,
    source: "responseCodes",
    match: { types: ["client-forbidden"], titles: ["Client Forbidden"], phrases: ["client forbidden"], statuses: [403] },
  },
  {
    id: "not-authorized-for-resource",
    title: "Not authorized for this resource",
    recognise: "Type …/problems/not-authorized-for-resource, usually inside errors[] of an otherwise successful answer.",
    meaning: "The resource exists but is private to you, such as a protected account's Posts.",
    cause: "The authenticated user does not follow the protected account, or the token is app-only.",
    fix: "Request it with a user token of someone allowed to see it, or leave it out.",
    guide: GUIDE.publicData,
    source: "responseCodes",
    match: { types: ["not-authorized-for-resource"], titles: ["Authorization Error"] },
  },
  {
    id: "resource-not-found",
    title: "Resource not found",
    recognise: "Type …/problems/resource-not-found (title \"Not Found Error\"), often inside errors[] next to data in a 200 answer.",
    meaning: "A Post, user or other resource you asked for does not exist or was deleted; with several ids, the rest may still be in data.",
    cause: "A wrong or deleted id, a changed username, or a Post withheld where you are.",
    fix: "Check the id or username; treat the errors array of a 200 answer as the missing part of a partial success.",
    guide: GUIDE.firstRequest,
    source: "responseCodes",
    match: { types: ["resource-not-found"], titles: ["Not Found Error"], phrases: ["could not find user with", "could not find tweet with"] },
  },
  {
    id: "invalid-request",
    title: "Invalid request",
    recognise: "400 with type …/problems/invalid-request (title \"Invalid Request\"); errors[] names the parameter.",
    meaning: "X could not accept the request's parameters or body.",
    cause: "A required parameter is missing, a value has the wrong form (e.g. an unknown user.fields value), or the JSON body is malformed.",
    fix: "Read the message in errors[] for the parameter at fault and fix that value; check the endpoint's reference for allowed values.",
    guide: GUIDE.firstRequest,
    source: "responseCodes",
    match: { types: ["invalid-request"], titles: ["Invalid Request"], statuses: [400] },
  },
  {
    id: "streaming-connection",
    title: "Stream connection problem",
    recognise: "Type …/problems/streaming-connection.",
    meaning: "A filtered stream connection was refused or ended.",
    cause: "Too many connections for the App, or a client that reads too slowly (full buffer).",
    fix: "Keep one connection, read continuously, and reconnect with backoff.",
    guide: GUIDE.endpointGroups,
    source: "responseCodes",
    match: { types: ["streaming-connection"] },
  },
  {
    id: "rule-cap",
    title: "Too many stream rules",
    recognise: "Type …/problems/rule-cap.",
    meaning: "Adding these filtered stream rules would pass the App's rule limit.",
    cause: "The App already has as many rules as its plan allows.",
    fix: "Delete rules you no longer need, or combine them with OR.",
    guide: GUIDE.endpointGroups,
    source: "responseCodes",
    match: { types: ["rule-cap"] },
  },
  {
    id: "invalid-rules",
    title: "Invalid stream rule",
    recognise: "Type …/problems/invalid-rules.",
    meaning: "A filtered stream rule has a syntax error.",
    cause: "An unknown operator, unbalanced quotes or parentheses, or a rule that is too long.",
    fix: "Fix the rule named in the error and add it again (the rules endpoint's dry_run option checks rules without saving them).",
    guide: GUIDE.endpointGroups,
    source: "responseCodes",
    match: { types: ["invalid-rules"] },
  },
  {
    id: "duplicate-rules",
    title: "Duplicate stream rule",
    recognise: "Type …/problems/duplicate-rules.",
    meaning: "The stream rule you added already exists.",
    cause: "The same rule value was sent twice.",
    fix: "Nothing is wrong with the rule; skip adding it again.",
    guide: GUIDE.endpointGroups,
    source: "responseCodes",
    match: { types: ["duplicate-rules"] },
  },
  // ---- status codes alone (response codes page) ----
  {
    id: "status-400",
    title: "400 Bad Request",
    recognise: "HTTP 400 with nothing more specific.",
    meaning: "X could not accept the request as sent.",
    cause: "Invalid JSON, a malformed query, or a missing required parameter.",
    fix: "Validate the JSON, check required parameters and their types, and escape special characters in queries.",
    guide: GUIDE.firstRequest,
    source: "responseCodes",
    isGeneric: true,
    match: { statuses: [400] },
  },
  {
    id: "status-401",
    title: "401 Unauthorized",
    recognise: "HTTP 401 (a v2 answer is often just title \"Unauthorized\", type about:blank).",
    meaning: "X did not accept the credentials, or none were sent.",
    cause: "A wrong or regenerated key or token, the wrong kind of authentication for the endpoint, a malformed Authorization header, or (OAuth 1.0a) a signature computed wrongly.",
    fix: "Compare each credential with the Developer Console (regenerating a key replaces what depends on it), use the authentication the endpoint supports, and let a library sign OAuth 1.0a requests.",
    guide: GUIDE.keysAndTokens,
    source: "responseCodes",
    isGeneric: true,
    match: { statuses: [401] },
  },
  {
    id: "status-403",
    title: "403 Forbidden",
    recognise: "HTTP 403 with nothing more specific.",
    meaning: "The credentials are valid but not allowed to do this.",
    cause: "The App lacks access to the endpoint, the token lacks a scope or permission, the endpoint needs enrolment, or the resource is private.",
    fix: "Check the App's package and permissions in the Developer Console and the scopes of the user token; read the detail X sent for which one.",
    guide: GUIDE.permissions,
    source: "responseCodes",
    isGeneric: true,
    match: { statuses: [403] },
  },
  {
    id: "status-404",
    title: "404 Not Found",
    recognise: "HTTP 404.",
    meaning: "The resource or the endpoint does not exist.",
    cause: "A deleted or wrong id, or a typo in the endpoint's path.",
    fix: "Check the id and the URL against the endpoint's reference.",
    guide: GUIDE.firstRequest,
    source: "responseCodes",
    isGeneric: true,
    match: { statuses: [404] },
  },
  {
    id: "status-409",
    title: "409 Conflict (stream has no rules)",
    recognise: "HTTP 409 from the filtered stream.",
    meaning: "The filtered stream was opened with no rules to match.",
    cause: "No rules were added, or all were deleted.",
    fix: "Add at least one rule before connecting.",
    guide: GUIDE.endpointGroups,
    source: "responseCodes",
    isGeneric: true,
    match: { statuses: [409] },
  },
  {
    id: "status-429",
    title: "429 Too Many Requests",
    recognise: "HTTP 429 without a body that says which limit.",
    meaning: "Either a rate limit (a window of usually 15 minutes) or a usage cap (a period's volume) was reached.",
    cause: "x-rate-limit-remaining: 0 means the rate limit; a type of …/usage-capped means the usage cap.",
    fix: "Look at the headers: with x-rate-limit-remaining at 0, wait until x-rate-limit-reset and back off; otherwise check usage in the Developer Console.",
    guide: GUIDE.firstRequest,
    source: "responseCodes",
    isGeneric: true,
    match: { statuses: [429] },
  },
  {
    id: "status-5xx",
    title: "X server error (500, 502, 503, 504)",
    recognise: "HTTP 500, 502, 503 or 504.",
    meaning: "X had a problem answering; your request may be fine.",
    cause: "An outage or overload at X.",
    fix: "Wait and retry with backoff, and check X's API status page.",
    guide: GUIDE.supportQuestion,
    source: "responseCodes",
    isGeneric: true,
    match: { statuses: [500, 502, 503, 504] },
  },
];

/** The catalogue by id. */
export const X_ERRORS_BY_ID: ReadonlyMap<string, XErrorEntry> = new Map(X_ERRORS.map((e) => [e.id, e]));

// ---------- reading what was pasted ----------

/** The most that is read of a pasted error (characters); the rest is ignored and the reader is told. */
export const MAX_ERROR_INPUT = 20_000;
/** At most this many entries of an `errors` array are read. */
const MAX_ERRORS_READ = 20;

/** What could be read from an X answer: any of these may be missing. */
export type XErrorSignals = {
  status?: number;
  types: string[];
  reasons: string[];
  titles: string[];
  codes: number[];
  oauthErrors: string[];
  /** The words X sent (detail, message, error_description), for display; clipped. */
  messages: string[];
  rateLimitRemaining?: number;
  rateLimitReset?: number;
  accessLevel?: string;
};

export type XErrorDiagnosis =
  | { kind: "recognised"; entry: XErrorEntry; also: XErrorEntry[]; signals: XErrorSignals; isTruncated: boolean }
  | { kind: "not-recognised"; why: string; signals: XErrorSignals; isTruncated: boolean };

function str(value: unknown, max = 300): string | undefined {
  return typeof value === "string" && value.trim() !== "" ? value.trim().slice(0, max) : undefined;
}

function emptySignals(): XErrorSignals {
  return { types: [], reasons: [], titles: [], codes: [], oauthErrors: [], messages: [] };
}

/** The last segment of a problem type URI, lower-cased (`…/2/problems/client-forbidden` → `client-forbidden`). */
function typeSegment(type: string): string | undefined {
  const match = /\/problems\/([a-z0-9-]{1,64})/i.exec(type);
  return match?.[1]?.toLowerCase();
}

function readObject(body: Record<string, unknown>, into: XErrorSignals): void {
  const status = body.status;
  if (into.status === undefined && typeof status === "number" && Number.isInteger(status) && status >= 100 && status <= 599) into.status = status;
  const type = str(body.type);
  const segment = type ? typeSegment(type) : undefined;
  if (segment) into.types.push(segment);
  const reason = str(body.reason, 80);
  if (reason) into.reasons.push(reason.toLowerCase());
  const title = str(body.title, 120);
  if (title) into.titles.push(title);
  const code = body.code;
  if (typeof code === "number" && Number.isInteger(code)) into.codes.push(code);
  const error = str(body.error, 80);
  if (error && /^[a-z_]{1,40}$/.test(error)) into.oauthErrors.push(error);
  for (const words of [str(body.detail), str(body.message), str(body.error_description)]) if (words) into.messages.push(words);
}

function readJson(value: unknown, into: XErrorSignals): void {
  if (!value || typeof value !== "object" || Array.isArray(value)) return;
  const body = value as Record<string, unknown>;
  readObject(body, into);
  if (Array.isArray(body.errors)) {
    for (const item of body.errors.slice(0, MAX_ERRORS_READ)) if (item && typeof item === "object" && !Array.isArray(item)) readObject(item as Record<string, unknown>, into);
  }
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

const STATUS_NAMES: Record<string, number> = {
  "bad request": 400,
  unauthorized: 401,
  "payment required": 402,
  forbidden: 403,
  "not found": 404,
  conflict: 409,
  "too many requests": 429,
  "internal server error": 500,
  "bad gateway": 502,
  "service unavailable": 503,
  "gateway timeout": 504,
};

/** HTTP statuses X answers with; other three-digit numbers next to "code" are legacy error codes. */
const HTTP_STATUSES = new Set([200, 201, 204, 400, 401, 402, 403, 404, 405, 406, 409, 410, 413, 422, 429, 500, 502, 503, 504]);
/** Legacy `errors[].code` values the catalogue knows; only these are read from printed text. */
const KNOWN_CODES = new Set(X_ERRORS.flatMap((e) => e.match.codes ?? []));

/** A status from printed text: "Request failed with code 403", "HTTP/1.1 429", "status: 401", "403 Forbidden". Every quantifier is bounded. */
function statusFromText(text: string): number | undefined {
  for (const m of text.matchAll(/\b(?:code|status|http\/[0-9.]{1,3}|statuscode|status_code)["']?\s{0,3}[:=]?\s{0,3}([1-5][0-9]{2})\b/gi)) {
    const status = Number(m[1]);
    if (HTTP_STATUSES.has(status)) return status;
  }
  const named = /\b([45][0-9]{2}) (bad request|unauthorized|payment required|forbidden|not found|conflict|too many requests|internal server error|bad gateway|service unavailable|gateway timeout)\b/i.exec(text);
  if (named?.[1] && named[2] && STATUS_NAMES[named[2].toLowerCase()] === Number(named[1])) return Number(named[1]);
  return undefined;
}

function readText(text: string, into: XErrorSignals): void {
  if (into.status === undefined) into.status = statusFromText(text);
  for (const m of text.matchAll(/\/problems\/([a-z0-9-]{1,64})/gi)) if (m[1]) into.types.push(m[1].toLowerCase());
  // twitter-api-v2 prints "(Twitter code 89)"; tweepy prints "89 - Invalid or expired token."
  for (const m of text.matchAll(/\((?:twitter|x) code ([0-9]{1,4})\)/gi)) into.codes.push(Number(m[1]));
  for (const m of text.matchAll(/^[ \t]{0,8}([0-9]{2,3}) - \S/gm)) if (KNOWN_CODES.has(Number(m[1]))) into.codes.push(Number(m[1]));
  for (const m of text.matchAll(/["']?code["']?\s{0,3}[:=]\s{0,3}([0-9]{1,4})\b/gi)) {
    const code = Number(m[1]);
    if (KNOWN_CODES.has(code) && code !== into.status) into.codes.push(code);
  }
  const remaining = /x-(?:rate-limit|app-limit-24hour|user-limit-24hour)-remaining["']?\s{0,3}[:=]\s{0,3}["']?([0-9]{1,10})/i.exec(text);
  if (remaining?.[1] && into.rateLimitRemaining === undefined) into.rateLimitRemaining = Number(remaining[1]);
  const reset = /x-rate-limit-reset["']?\s{0,3}[:=]\s{0,3}["']?([0-9]{9,11})/i.exec(text);
  if (reset?.[1] && into.rateLimitReset === undefined) into.rateLimitReset = Number(reset[1]);
  const level = /x-access-level["']?\s{0,3}[:=]\s{0,3}["']?([a-z-]{1,40})/i.exec(text);
  if (level?.[1] && into.accessLevel === undefined) into.accessLevel = level[1].toLowerCase();
  const oauth = /["']?error["']?\s{0,3}[:=]\s{0,3}["']?(invalid_request|invalid_client|invalid_grant|unauthorized_client|unsupported_grant_type|invalid_scope|access_denied)\b/i.exec(text);
  if (oauth?.[1]) into.oauthErrors.push(oauth[1].toLowerCase());
}

function dedupe<T>(values: T[]): T[] {
  return [...new Set(values)];
}

/**
 * Reads an X answer as a person pastes it: the JSON body, a library's printed message
 * (twitter-api-v2, tweepy, curl -i with headers), or both. Reads at most
 * `MAX_ERROR_INPUT` characters; every pattern is linear in the input.
 */
export function readXErrorSignals(input: string): { signals: XErrorSignals; lowered: string; isTruncated: boolean } {
  const isTruncated = input.length > MAX_ERROR_INPUT;
  const text = isTruncated ? input.slice(0, MAX_ERROR_INPUT) : input;
  const signals = emptySignals();
  const trimmed = text.trim();
  let json = parseJson(trimmed);
  if (json === undefined) {
    // A body inside printed text: from the first "{" to the last "}".
    const start = trimmed.indexOf("{");
    const end = trimmed.lastIndexOf("}");
    if (start >= 0 && end > start) json = parseJson(trimmed.slice(start, end + 1));
  }
  readJson(json, signals);
  readText(text, signals);
  return {
    signals: {
      ...signals,
      types: dedupe(signals.types),
      reasons: dedupe(signals.reasons),
      titles: dedupe(signals.titles),
      codes: dedupe(signals.codes),
      oauthErrors: dedupe(signals.oauthErrors),
      messages: dedupe(signals.messages).slice(0, 5),
    },
    lowered: text.toLowerCase(),
    isTruncated,
  };
}

/** A response as the credential check has it: status, headers, body. */
export type XAnswer = { status: number; headers?: Record<string, string | string[] | undefined>; body: unknown };

function header(headers: XAnswer["headers"], name: string): string | undefined {
  const value = headers?.[name];
  return Array.isArray(value) ? value[0] : value;
}

/** Signals from a structured answer (no parsing of printed text needed). */
export function signalsFromAnswer(answer: XAnswer): { signals: XErrorSignals; lowered: string } {
  const signals = emptySignals();
  const bodyText = typeof answer.body === "string" ? answer.body.slice(0, MAX_ERROR_INPUT) : "";
  readJson(typeof answer.body === "string" ? parseJson(bodyText) : answer.body, signals);
  signals.status = answer.status;
  const remainingValues = ["x-rate-limit-remaining", "x-app-limit-24hour-remaining", "x-user-limit-24hour-remaining"].map((n) => header(answer.headers, n)).filter((v): v is string => v !== undefined);
  if (remainingValues.length > 0) signals.rateLimitRemaining = Math.min(...remainingValues.map(Number).filter(Number.isFinite));
  const reset = Number(header(answer.headers, "x-rate-limit-reset"));
  if (Number.isFinite(reset) && reset > 0) signals.rateLimitReset = reset;
  const level = header(answer.headers, "x-access-level");
  if (level && /^[a-z-]{1,40}$/.test(level)) signals.accessLevel = level;
  const lowered = [bodyText, ...signals.messages, ...signals.titles].join("\n").toLowerCase();
  return { signals, lowered };
}

type Scored = { entry: XErrorEntry; score: number };

function score(entry: XErrorEntry, signals: XErrorSignals, lowered: string): number {
  const m = entry.match;
  if (entry.isGeneric) return signals.status !== undefined && m.statuses?.includes(signals.status) ? 1 : 0;
  // A specific entry whose statuses disagree with a known status does not apply.
  if (m.statuses && signals.status !== undefined && signals.status >= 400 && !m.statuses.includes(signals.status)) return 0;
  let points = 0;
  if (m.reasons?.some((r) => signals.reasons.includes(r))) points += 6;
  if (m.codes?.some((c) => signals.codes.includes(c))) points += 5;
  if (m.types?.some((t) => signals.types.includes(t))) points += 4;
  if (m.titles?.some((t) => signals.titles.some((s) => s.toLowerCase() === t.toLowerCase()))) points += 3;
  if (m.phrases?.some((p) => lowered.includes(p))) points += 3;
  if (m.oauthErrors?.some((e) => signals.oauthErrors.includes(e))) points += 2;
  if (m.rateLimitHeaders && signals.status === 429 && signals.rateLimitRemaining === 0) points += 3;
  if (points === 0 && m.isStatusEnough && m.statuses?.length === 1 && signals.status === m.statuses[0]) points += 2;
  return points;
}

function hasAnySignal(s: XErrorSignals): boolean {
  return s.status !== undefined || s.types.length + s.reasons.length + s.titles.length + s.codes.length + s.oauthErrors.length > 0;
}

/** Diagnoses signals and text against the catalogue: the best match and up to three others, or an honest "not recognised". */
export function diagnoseSignals(signals: XErrorSignals, lowered: string, isTruncated = false): XErrorDiagnosis {
  const scored: Scored[] = X_ERRORS.map((entry) => ({ entry, score: score(entry, signals, lowered) })).filter((s) => s.score > 0);
  const specific = scored.filter((s) => !s.entry.isGeneric).sort((a, b) => b.score - a.score);
  const ranked = specific.length > 0 ? specific : scored;
  const [best, ...rest] = ranked;
  if (best) return { kind: "recognised", entry: best.entry, also: rest.slice(0, 3).map((s) => s.entry), signals, isTruncated };
  if (signals.status !== undefined && signals.status >= 200 && signals.status < 300 && signals.types.length === 0) {
    return { kind: "not-recognised", why: `This is a ${signals.status} answer with no error in it: the request worked.`, signals, isTruncated };
  }
  return {
    kind: "not-recognised",
    why: hasAnySignal(signals)
      ? "Perch found parts of an X answer here but no error it knows, so it will not guess. Compare the status and detail with X's response codes page, or ask X's developer forum with the full response (credentials removed)."
      : "This does not look like an answer from X: no HTTP status, problem type, error code or message Perch knows. Paste the whole response body, or the whole message your library printed.",
    signals,
    isTruncated,
  };
}

/** Diagnoses pasted text (JSON or a printed message). */
export function diagnoseXError(input: string): XErrorDiagnosis {
  const { signals, lowered, isTruncated } = readXErrorSignals(input);
  return diagnoseSignals(signals, lowered, isTruncated);
}

/** Diagnoses a structured answer (status, headers, body), as "Test these credentials" has it. */
export function diagnoseXAnswer(answer: XAnswer): XErrorDiagnosis {
  const { signals, lowered } = signalsFromAnswer(answer);
  return diagnoseSignals(signals, lowered);
}

/** Where an entry is explained on the troubleshooting page. */
export function troubleshootHref(entry: Pick<XErrorEntry, "id">): string {
  return `/troubleshoot#${entry.id}`;
}

/** The guide steps that show a fix, each linking back to the troubleshooting page. */
export const TROUBLESHOOT_GUIDE_STEPS: ReadonlySet<string> = new Set(X_ERRORS.map((e) => e.guide));
