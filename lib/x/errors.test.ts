import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { diagnoseXAnswer, diagnoseXError, MAX_ERROR_INPUT, X_ERRORS, X_ERRORS_BY_ID } from "./errors";
import { X_SOURCES } from "./sources";

/** Inputs shaped like what X answers and what libraries print, each with the entry it must find. */
const CASES: [label: string, input: string, id: string][] = [
  [
    "client-not-enrolled JSON",
    JSON.stringify({
      client_id: "12345",
      detail: "When authenticating requests to the Twitter API v2 endpoints, you must use keys and tokens from a Twitter developer App that is attached to a Project.",
      registration_url: "https://developer.twitter.com/en/docs/projects/overview",
      title: "Client Forbidden",
      required_enrollment: "Appropriate Level of API Access",
      reason: "client-not-enrolled",
      type: "https://api.twitter.com/2/problems/client-forbidden",
    }),
    "client-not-enrolled",
  ],
  ["client-not-enrolled printed by twitter-api-v2", "ApiResponseError: Request failed with code 403 - Client Forbidden: When authenticating requests to the Twitter API v2 endpoints, you must use keys and tokens from a Twitter developer App that is attached to a Project. (see https://api.twitter.com/2/problems/client-forbidden)", "client-not-enrolled"],
  ["client-forbidden without the reason", JSON.stringify({ title: "Client Forbidden", type: "https://api.x.com/2/problems/client-forbidden", status: 403, detail: "This endpoint needs enrolment." }), "client-forbidden"],
  ["credits depleted JSON", JSON.stringify({ account_id: 1, title: "CreditsDepleted", detail: "Your enrolled account [1] does not have any credits to fulfill this request.", type: "https://api.twitter.com/2/problems/credits" }), "credits-depleted"],
  ["402 alone", "Request failed with code 402", "credits-depleted"],
  ["usage cap", JSON.stringify({ title: "UsageCapExceeded", detail: "Usage cap exceeded: Monthly product cap", type: "https://api.twitter.com/2/problems/usage-capped", period: "Monthly", scope: "Product" }), "usage-capped"],
  ["rate limit with headers (curl -i)", "HTTP/2 429\nx-rate-limit-limit: 900\nx-rate-limit-remaining: 0\nx-rate-limit-reset: 1705420800\n\n{\"title\":\"Too Many Requests\",\"detail\":\"Too Many Requests\",\"type\":\"about:blank\",\"status\":429}", "rate-limit-exceeded"],
  ["rate limit legacy code 88", JSON.stringify({ errors: [{ code: 88, message: "Rate limit exceeded" }] }), "rate-limit-exceeded"],
  ["bare 429", "429 Too Many Requests", "status-429"],
  ["callback not approved (code 415)", JSON.stringify({ errors: [{ code: 415, message: "Callback URL not approved for this client application." }] }), "callback-url-not-approved"],
  ["callback not approved printed", "Request failed with code 403 - Callback URL not approved for this client application. Approved callback URLs can be adjusted in your application settings (Twitter code 415)", "callback-url-not-approved"],
  ["authorize page", "Something went wrong\nYou weren't able to give access to the App. Go back and try logging in again.", "authorize-went-wrong"],
  ["oauth1 permissions", JSON.stringify({ title: "Forbidden", detail: "Your client app is not configured with the appropriate oauth1 app permissions for this endpoint.", type: "https://api.twitter.com/2/problems/oauth1-permissions", status: 403 }), "oauth1-permissions"],
  ["app-only on a user endpoint", JSON.stringify({ title: "Unsupported Authentication", detail: "Authenticating with OAuth 2.0 Application-Only is forbidden for this endpoint.  Supported authentication types are [OAuth 1.0a User Context, OAuth 2.0 User Context].", type: "https://api.twitter.com/2/problems/unsupported-authentication", status: 403 }), "unsupported-authentication"],
  ["legacy 220", JSON.stringify({ errors: [{ message: "Your credentials do not allow access to this resource", code: 220 }] }), "unsupported-authentication"],
  ["reply restricted", JSON.stringify({ detail: "Reply to this conversation is not allowed because you have not been mentioned or otherwise engaged by the author of the post you are replying to.", type: "about:blank", title: "Forbidden", status: 403 }), "reply-restricted"],
  ["invalid or expired token", JSON.stringify({ errors: [{ message: "Invalid or expired token", code: 89 }] }), "invalid-or-expired-token"],
  ["tweepy's print of code 89", "tweepy.errors.Unauthorized: 401 Unauthorized\n89 - Invalid or expired token.", "invalid-or-expired-token"],
  ["bad signature (32)", "Request failed with code 401 - Could not authenticate you (Twitter code 32)", "bad-oauth1-signature"],
  ["timestamp (135)", JSON.stringify({ errors: [{ code: 135, message: "Timestamp out of bounds." }] }), "timestamp-out-of-bounds"],
  ["bad authentication data (215)", "{'errors': [{'code': 215, 'message': 'Bad Authentication data.'}]}", "bad-authentication-data"],
  ["suspended (64)", JSON.stringify({ errors: [{ code: 64, message: "Your account is suspended and is not permitted to access this feature" }] }), "account-suspended"],
  ["expired authorization code", JSON.stringify({ error: "invalid_request", error_description: "Value passed for the authorization code was invalid." }), "oauth2-code-invalid"],
  ["used refresh token", JSON.stringify({ error: "invalid_grant", error_description: "The refresh token was already used; every token of this grant has been revoked." }), "oauth2-refresh-invalid"],
  ["missing Basic auth", JSON.stringify({ error: "unauthorized_client", error_description: "Missing valid authorization header" }), "oauth2-client-auth"],
  ["invalid scope", JSON.stringify({ error: "invalid_scope", error_description: "Unknown scope: tweet.reed." }), "oauth2-invalid-scope"],
  ["v2 401", JSON.stringify({ title: "Unauthorized", type: "about:blank", status: 401, detail: "Unauthorized" }), "status-401"],
  ["invalid request", JSON.stringify({ errors: [{ parameters: { "user.fields": ["x"] }, message: "The `user.fields` query parameter value [x] is not one of [...]" }], title: "Invalid Request", detail: "One or more parameters to your request was invalid.", type: "https://api.twitter.com/2/problems/invalid-request" }), "invalid-request"],
  ["partial error in a 200", JSON.stringify({ data: [{ id: "1", text: "Hello" }], errors: [{ resource_id: "456", resource_type: "tweet", title: "Not Found Error", detail: "Could not find tweet with id: [456].", type: "https://api.x.com/2/problems/resource-not-found" }] }), "resource-not-found"],
  ["not authorized for resource", JSON.stringify({ errors: [{ title: "Authorization Error", type: "https://api.twitter.com/2/problems/not-authorized-for-resource", detail: "Sorry, you are not authorized to see the Tweet with id: [1]." }] }), "not-authorized-for-resource"],
  ["rule cap", JSON.stringify({ title: "RuleCapExceeded", type: "https://api.twitter.com/2/problems/rule-cap", detail: "Rule cap" }), "rule-cap"],
  ["invalid rules", JSON.stringify({ type: "https://api.twitter.com/2/problems/invalid-rules" }), "invalid-rules"],
  ["duplicate rules", JSON.stringify({ type: "https://api.twitter.com/2/problems/duplicate-rules" }), "duplicate-rules"],
  ["streaming", JSON.stringify({ type: "https://api.twitter.com/2/problems/streaming-connection", title: "ConnectionException" }), "streaming-connection"],
  ["409", "HTTP/1.1 409 Conflict", "status-409"],
  ["404", "Request failed with code 404", "status-404"],
  ["503", "503 Service Unavailable", "status-5xx"],
  ["400", "status: 400", "status-400"],
  ["403 alone", "403 Forbidden", "status-403"],
];

describe("diagnoseXError", () => {
  it.each(CASES)("%s → the right entry", (_, input, id) => {
    const result = diagnoseXError(input);
    expect(result.kind).toBe("recognised");
    if (result.kind === "recognised") expect(result.entry.id).toBe(id);
  });

  it("every entry is found by at least one case (the table covers the catalogue)", () => {
    const found = new Set(CASES.map(([, , id]) => id));
    expect(X_ERRORS.filter((e) => !found.has(e.id)).map((e) => e.id)).toEqual([]);
  });

  it("tells a rate limit from a usage cap (both are 429)", () => {
    const cap = diagnoseXAnswer({ status: 429, headers: { "x-rate-limit-remaining": "811" }, body: { title: "UsageCapExceeded", type: "https://api.twitter.com/2/problems/usage-capped" } });
    const limit = diagnoseXAnswer({ status: 429, headers: { "x-rate-limit-remaining": "0", "x-rate-limit-reset": "1705420800" }, body: { title: "Too Many Requests", type: "about:blank" } });
    expect(cap.kind === "recognised" && cap.entry.id).toBe("usage-capped");
    expect(limit.kind === "recognised" && limit.entry.id).toBe("rate-limit-exceeded");
    expect(limit.signals.rateLimitReset).toBe(1705420800);
  });

  it("says 'not recognised' for text that is not an X answer, and for an unknown status", () => {
    for (const input of ["", "hello world", "{\"ok\": true}", "TypeError: cannot read properties of undefined", "status: 418", "{\"errors\":[{\"code\":9999,\"message\":\"Something new\"}]}"]) {
      const result = diagnoseXError(input);
      expect(result.kind, input).toBe("not-recognised");
    }
    const success = diagnoseXError(`HTTP/1.1 200 OK\n\n{"data":{"id":"1","username":"a"}}`);
    expect(success).toMatchObject({ kind: "not-recognised", why: expect.stringContaining("the request worked") as unknown });
  });

  it("does not read a legacy error code as an HTTP status", () => {
    const result = diagnoseXError(JSON.stringify({ errors: [{ code: 135, message: "Timestamp out of bounds." }] }));
    expect(result.signals.status).toBeUndefined();
    expect(result.signals.codes).toEqual([135]);
  });

  it("reads at most MAX_ERROR_INPUT characters and says so; the worst case stays bounded", () => {
    const long = `Request failed with code 401 - Could not authenticate you (Twitter code 32)${" ".repeat(MAX_ERROR_INPUT)}`;
    const result = diagnoseXError(long);
    expect(result.isTruncated).toBe(true);
    expect(result.kind === "recognised" && result.entry.id).toBe("bad-oauth1-signature");
    // Inputs built to make a backtracking pattern slow: "code" then spaces, many "(twitter code", lines of digits.
    const adversarial = [
      `code${" ".repeat(MAX_ERROR_INPUT)}x`,
      "(twitter code ".repeat(MAX_ERROR_INPUT / 14),
      "x-rate-limit-remaining:".repeat(MAX_ERROR_INPUT / 23),
      "{".repeat(MAX_ERROR_INPUT),
      `${"/problems/".repeat(MAX_ERROR_INPUT / 10)}`,
      "12 - \n".repeat(MAX_ERROR_INPUT / 6),
    ];
    for (const input of adversarial) expect(["recognised", "not-recognised"]).toContain(diagnoseXError(input).kind);
  });

  it("never throws on any input (property)", () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 400 }), fc.json().map((j) => j)), (input) => {
        const result = diagnoseXError(input);
        expect(["recognised", "not-recognised"]).toContain(result.kind);
      }),
      { numRuns: 300 },
    );
  });

  it("every entry cites a registered page and explains itself in full", () => {
    expect(X_ERRORS_BY_ID.size).toBe(X_ERRORS.length);
    for (const entry of X_ERRORS) {
      expect(X_SOURCES[entry.source], entry.id).toBeDefined();
      expect(entry.id).toMatch(/^[a-z0-9-]+$/);
      for (const text of [entry.title, entry.recognise, entry.meaning, entry.cause, entry.fix]) expect(text.length, entry.id).toBeGreaterThan(5);
      expect(entry.guide).toMatch(/^\/guides\/[a-z0-9-]+#[a-z0-9-]+$/);
    }
  });
});

describe("client-forbidden vs client-not-enrolled", () => {
  it("a printed Client Forbidden without the Project wording is the generic entry", () => {
    const result = diagnoseXError("Request failed with code 403 - Client Forbidden: This request needs enrolment. (see https://api.x.com/2/problems/client-forbidden)");
    expect(result.kind === "recognised" && result.entry.id).toBe("client-forbidden");
  });
});
