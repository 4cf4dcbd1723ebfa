import { execFile } from "node:child_process";
import http from "node:http";
import net from "node:net";
import type { AddressInfo } from "node:net";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { regenerateAppCredential } from "@/lib/sandbox/store";
import { newAccessToken, newApp, newUser } from "@/test/sandbox/fixtures";
import { startSandboxServer, type SandboxServer } from "@/test/sandbox/server";
import { APP_ONLY_LOOKUP_HANDLE, checkCredentials, type CheckOutcome, type CredentialCheckResult } from "./credential-check";

let sandbox: SandboxServer;
beforeAll(async () => {
  sandbox = await startSandboxServer();
});
afterAll(async () => {
  await sandbox.close();
});

/** Every spelling of each secret that must never appear in a result. */
function expectNoSecrets(result: CredentialCheckResult, secrets: readonly string[]): void {
  const text = JSON.stringify(result);
  for (const secret of secrets) {
    expect(secret.length).toBeGreaterThan(0);
    expect(text).not.toContain(secret);
    expect(text).not.toContain(encodeURIComponent(secret));
  }
}

function failure(outcome: CheckOutcome | null): Extract<CheckOutcome, { ok: false }> {
  if (!outcome || outcome.ok) throw new Error(`expected a failure, got ${JSON.stringify(outcome)}`);
  return outcome;
}

function success(outcome: CheckOutcome | null): Extract<CheckOutcome, { ok: true }> {
  if (!outcome?.ok) throw new Error(`expected a success, got ${JSON.stringify(outcome)}`);
  return outcome;
}

/** A sandbox App with an OAuth 1.0a access token for a new practice account. */
async function sandboxCredentials(name = "Annie Easley") {
  const app = await newApp();
  const user = await newUser(name);
  const { accessToken, accessTokenSecret } = await newAccessToken(app.id, user.id);
  return { app, user, credentials: { apiKey: app.consumerKey, apiKeySecret: app.consumerSecret, accessToken, accessTokenSecret, bearerToken: app.bearerToken } };
}

type Seen = { method: string; url: string; authorization: string };

/** A tiny real HTTP server that answers the way Twitter does, recording what it was sent. */
async function twitterLike(answer: (req: http.IncomingMessage, res: http.ServerResponse) => void): Promise<{ apiUrl: string; seen: Seen[]; close: () => Promise<void> }> {
  const seen: Seen[] = [];
  const server = http.createServer((req, res) => {
    seen.push({ method: req.method ?? "", url: req.url ?? "", authorization: req.headers.authorization ?? "" });
    answer(req, res);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    apiUrl: `http://127.0.0.1:${port}`,
    seen,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}

function problem(res: http.ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  res.writeHead(status, { "content-type": "application/problem+json", ...headers });
  res.end(JSON.stringify(body));
}

const FAKE = {
  apiKey: "k9Q2mZx7RtY4pLw8Nc3Vb6Hs1",
  apiKeySecret: "s3CrEt7e4Jq9Lm2Np5Rt8Vx1Zb4Cd7Fg0Hj3Kl6Mn9Pq2St5Vw",
  accessToken: "1478523690147852369-Tk7Yh3Lm9Qw2Er5Ty8Ui1Op4As6Df",
  accessTokenSecret: "aTs9Qw3Er6Ty1Ui4Op7As0Df2Gh5Jk8Lz1Xc4Vb7Nm0Qw3E",
  bearerToken: "AAAAAAAAAAAAAAAAAAAAAFk3%2Bq9Zx%3D7Lm2Np5Rt8Vx1Zb4Cd7Fg0Hj3Kl6Mn9Pq2St5Vw8Yz1Ab4Cd7",
};
const FAKE_SECRETS = Object.values(FAKE);

describe("checkCredentials against the sandbox", () => {
  it("valid OAuth 1.0a values and Bearer Token: both work, for the right account", async () => {
    const { user, credentials } = await sandboxCredentials("Annie Easley");
    const result = await checkCredentials({ apiUrl: sandbox.apiUrl, credentials });

    const userContext = success(result.userContext);
    expect(userContext.user).toEqual({ id: user.id, username: user.username, name: "Annie Easley" });
    expect(userContext.message).toContain(`@${user.username}`);
    expect(userContext.request).toMatchObject({ method: "GET", url: `${sandbox.apiUrl}/2/users/me`, auth: "oauth1-user" });
    expect(userContext.request.curl).toContain(`'${sandbox.apiUrl}/2/users/me'`);
    expect(userContext.request.curl).toContain('oauth_consumer_key=\\"$TWITTER_API_KEY\\"');
    expect(userContext.request.curl).toContain('oauth_token=\\"$TWITTER_ACCESS_TOKEN\\"');
    expect(userContext.request.note).toMatch(/curl cannot sign OAuth 1\.0a/);
    expect(userContext.request.response?.status).toBe(200);
    expect(JSON.parse(userContext.request.response?.body ?? "")).toEqual({ data: { id: user.id, name: "Annie Easley", username: user.username } });

    // The Bearer Token looks up the account the user-context check found.
    const appOnly = success(result.appOnly);
    expect(appOnly.user).toEqual({ id: user.id, username: user.username, name: "Annie Easley" });
    expect(appOnly.request).toMatchObject({ url: `${sandbox.apiUrl}/2/users/by/username/${user.username}`, auth: "app-only-bearer" });
    expect(appOnly.request.curl).toBe(`curl --request GET '${sandbox.apiUrl}/2/users/by/username/${user.username}' \\\n  --header "Authorization: Bearer $TWITTER_BEARER_TOKEN"`);
    expectNoSecrets(result, Object.values(credentials));
  });

  it("a Bearer Token alone looks up the public handle; a 200 with a not-found error still proves it works", async () => {
    const { credentials } = await sandboxCredentials();
    const result = await checkCredentials({ apiUrl: sandbox.apiUrl, credentials: { bearerToken: credentials.bearerToken } });
    expect(result.userContext).toBeNull();
    const appOnly = success(result.appOnly);
    expect(appOnly.user).toBeNull();
    expect(appOnly.message).toContain(`@${APP_ONLY_LOOKUP_HANDLE} does not exist`);
    expect(appOnly.request.url).toBe(`${sandbox.apiUrl}/2/users/by/username/${APP_ONLY_LOOKUP_HANDLE}`);
    expect(JSON.parse(appOnly.request.response?.body ?? "")).toMatchObject({ errors: [{ title: "Not Found Error" }] });
    expectNoSecrets(result, [credentials.bearerToken]);
  });

  it("a wrong API Key Secret or Access Token Secret is invalid (the sandbox checks the signature)", async () => {
    const { credentials } = await sandboxCredentials();
    for (const wrong of [{ apiKeySecret: `${credentials.apiKeySecret}x` }, { accessTokenSecret: credentials.accessTokenSecret.replace(/.$/, (c) => (c === "a" ? "b" : "a")) }]) {
      const attempt = { ...credentials, ...wrong, bearerToken: undefined };
      const result = await checkCredentials({ apiUrl: sandbox.apiUrl, credentials: attempt });
      const outcome = failure(result.userContext);
      expect(outcome.reason).toBe("invalid");
      expect(outcome.status).toBe(401);
      expect(outcome.message).toMatch(/did not accept these OAuth 1\.0a credentials/);
      expect(JSON.parse(outcome.request.response?.body ?? "")).toMatchObject({ title: "Unauthorized", status: 401 });
      expect(result.appOnly).toBeNull();
      expectNoSecrets(result, Object.values(attempt).filter((v): v is string => typeof v === "string"));
    }
  });

  it("after the API Key is regenerated, the old key and the old Bearer Token are invalid; the new ones work", async () => {
    const { app, user, credentials } = await sandboxCredentials();
    const regenerated = await regenerateAppCredential({ appId: app.id, ownerId: app.ownerId, which: "api-key" });
    const { consumerKey, consumerSecret, bearerToken } = regenerated?.secrets ?? {};
    if (!consumerKey || !consumerSecret || !bearerToken) throw new Error("regeneration failed");

    const old = await checkCredentials({ apiUrl: sandbox.apiUrl, credentials });
    expect(failure(old.userContext).reason).toBe("invalid");
    expect(failure(old.appOnly)).toMatchObject({ reason: "invalid", status: 401 });
    expect(failure(old.appOnly).message).toMatch(/regenerated or revoked/);
    expectNoSecrets(old, Object.values(credentials));

    const fresh = { ...credentials, apiKey: consumerKey, apiKeySecret: consumerSecret, bearerToken };
    const now = await checkCredentials({ apiUrl: sandbox.apiUrl, credentials: fresh });
    expect(success(now.userContext).user?.id).toBe(user.id);
    expect(success(now.appOnly).user?.id).toBe(user.id);
    expectNoSecrets(now, Object.values(fresh));
  });

  it("a regenerated Bearer Token: the old one is invalid, the new one works", async () => {
    const { app, credentials } = await sandboxCredentials();
    const regenerated = await regenerateAppCredential({ appId: app.id, ownerId: app.ownerId, which: "bearer-token" });
    const bearerToken = regenerated?.secrets.bearerToken;
    if (!bearerToken) throw new Error("regeneration failed");
    const old = await checkCredentials({ apiUrl: sandbox.apiUrl, credentials: { bearerToken: credentials.bearerToken } });
    expect(failure(old.appOnly)).toMatchObject({ reason: "invalid", status: 401 });
    const fresh = await checkCredentials({ apiUrl: sandbox.apiUrl, credentials: { bearerToken } });
    expect(success(fresh.appOnly).ok).toBe(true);
    expectNoSecrets(old, [credentials.bearerToken]);
    expectNoSecrets(fresh, [bearerToken]);
  });

  it("checks only what is complete: three of the four OAuth 1.0a values, or blank ones, give null", async () => {
    const { credentials } = await sandboxCredentials();
    const { accessTokenSecret: _left, bearerToken: _out, ...three } = credentials;
    expect(await checkCredentials({ apiUrl: sandbox.apiUrl, credentials: three })).toEqual({ userContext: null, appOnly: null });
    expect(await checkCredentials({ apiUrl: sandbox.apiUrl, credentials: { ...credentials, accessToken: "  ", bearerToken: "" } })).toEqual({ userContext: null, appOnly: null });
    expect(await checkCredentials({ apiUrl: sandbox.apiUrl, credentials: {} })).toEqual({ userContext: null, appOnly: null });
    // With the Bearer Token but an incomplete OAuth 1.0a set, only the app-only check runs.
    const appOnly = await checkCredentials({ apiUrl: sandbox.apiUrl, credentials: { ...three, bearerToken: credentials.bearerToken } });
    expect(appOnly.userContext).toBeNull();
    expect(success(appOnly.appOnly).ok).toBe(true);
  });
});

/** Runs a "first request" command in bash with the given environment, as a newcomer would paste it. */
async function runInShell(command: string, env: Record<string, string>): Promise<string> {
  const { stdout } = await promisify(execFile)("bash", ["--noprofile", "--norc", "-c", `${command} --silent --show-error`], { env: { NODE_ENV: "test", PATH: "/usr/bin:/bin", ...env }, encoding: "utf8" });
  return stdout;
}

describe("the first request's curl command", () => {
  it("the Bearer Token command, pasted into a shell with the .env's variable set, gets the same answer", async () => {
    const { user, credentials } = await sandboxCredentials("Gladys West");
    const result = await checkCredentials({ apiUrl: sandbox.apiUrl, credentials });
    const appOnly = success(result.appOnly);
    const body = await runInShell(appOnly.request.curl, { TWITTER_BEARER_TOKEN: credentials.bearerToken });
    expect(JSON.parse(body)).toEqual({ data: { id: user.id, name: "Gladys West", username: user.username } });
    expect(JSON.parse(body)).toEqual(JSON.parse(appOnly.request.response?.body ?? ""));
  });

  it("the OAuth 1.0a command sends an OAuth header with the placeholders filled from the shell", async () => {
    const server = await twitterLike((_req, res) => problem(res, 401, { title: "Unauthorized", status: 401 }));
    try {
      const result = await checkCredentials({ apiUrl: server.apiUrl, credentials: FAKE });
      const { curl } = failure(result.userContext).request;
      expect(curl).not.toContain(FAKE.apiKey);
      await runInShell(curl, { TWITTER_API_KEY: FAKE.apiKey, TWITTER_ACCESS_TOKEN: FAKE.accessToken, OAUTH_NONCE: "n0nce", OAUTH_SIGNATURE: "c2lnbmF0dXJl", OAUTH_TIMESTAMP: "1900000000" });
      expect(server.seen.at(-1)).toEqual({
        method: "GET",
        url: "/2/users/me",
        authorization: `OAuth oauth_consumer_key="${FAKE.apiKey}", oauth_nonce="n0nce", oauth_signature="c2lnbmF0dXJl", oauth_signature_method="HMAC-SHA1", oauth_timestamp="1900000000", oauth_token="${FAKE.accessToken}", oauth_version="1.0"`,
      });
    } finally {
      await server.close();
    }
  });
});

describe("checkCredentials without an answer", () => {
  it("an API base where nothing listens is unreachable, naming the host and no credential", async () => {
    const result = await checkCredentials({ apiUrl: "http://127.0.0.1:1", credentials: FAKE });
    for (const outcome of [failure(result.userContext), failure(result.appOnly)]) {
      expect(outcome.reason).toBe("unreachable");
      expect(outcome.message).toBe("127.0.0.1:1 refused the connection: nothing is listening there.");
      expect(outcome.request.response).toBeNull();
      expect(outcome.status).toBeUndefined();
    }
    expect(failure(result.appOnly).request.curl).toContain("'http://127.0.0.1:1/2/users/by/username/XDevelopers'");
    expectNoSecrets(result, FAKE_SECRETS);
  });

  it("a server that accepts the connection but never answers is unreachable after the timeout", async () => {
    const sockets = new Set<net.Socket>();
    const silent = net.createServer((socket) => sockets.add(socket));
    await new Promise<void>((resolve) => silent.listen(0, "127.0.0.1", resolve));
    const { port } = silent.address() as AddressInfo;
    try {
      const result = await checkCredentials({ apiUrl: `http://127.0.0.1:${port}`, credentials: { bearerToken: FAKE.bearerToken }, timeoutMs: 300 });
      const outcome = failure(result.appOnly);
      expect(outcome.reason).toBe("unreachable");
      expect(outcome.message).toBe(`127.0.0.1:${port} did not answer within 0.3 seconds.`);
      expect(sockets.size).toBe(1);
      expectNoSecrets(result, FAKE_SECRETS);
    } finally {
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => silent.close(() => resolve()));
    }
  });

  it("a host name that does not resolve is unreachable (DNS)", async () => {
    const result = await checkCredentials({ apiUrl: "http://perch-no-such-host.invalid", credentials: { bearerToken: FAKE.bearerToken }, timeoutMs: 3000 });
    const outcome = failure(result.appOnly);
    expect(outcome.reason).toBe("unreachable");
    expect(outcome.message).toContain("perch-no-such-host.invalid");
  });

  it("an API URL that is not http(s) sends nothing", async () => {
    const result = await checkCredentials({ apiUrl: "ftp://127.0.0.1/", credentials: { bearerToken: FAKE.bearerToken } });
    expect(failure(result.appOnly)).toMatchObject({ reason: "unreachable", message: "The API URL is not an http(s) address, so nothing was sent." });
  });
});

describe("checkCredentials against Twitter-like answers", () => {
  it("429 is rate_limited with the reset time from x-rate-limit-reset", async () => {
    const reset = 1_900_000_000; // 2030-03-17T17:46:40Z
    const server = await twitterLike((_req, res) =>
      problem(res, 429, { title: "Too Many Requests", detail: "Too Many Requests", type: "about:blank", status: 429 }, { "x-rate-limit-limit": "75", "x-rate-limit-remaining": "0", "x-rate-limit-reset": String(reset) }),
    );
    try {
      const now = new Date((reset - 14 * 60) * 1000);
      const result = await checkCredentials({ apiUrl: server.apiUrl, credentials: FAKE, now });
      const outcome = failure(result.userContext);
      expect(outcome).toMatchObject({ reason: "rate_limited", status: 429, resetAt: "2030-03-17T17:46:40.000Z" });
      expect(outcome.message).toContain("resets at 17:46:40 UTC (in 14 minutes)");
      expect(outcome.request.response?.headers).toMatchObject({ "x-rate-limit-reset": String(reset), "x-rate-limit-remaining": "0" });
      expect(failure(result.appOnly)).toMatchObject({ reason: "rate_limited", resetAt: "2030-03-17T17:46:40.000Z" });
      // The library really signed the request: an OAuth 1.0a header, then a Bearer one.
      expect(server.seen.map((s) => s.url)).toEqual(["/2/users/me", "/2/users/by/username/XDevelopers"]);
      expect(server.seen[0]?.authorization).toMatch(/^OAuth .*oauth_signature="[^"]+"/);
      expect(server.seen[1]?.authorization).toBe(`Bearer ${FAKE.bearerToken}`);
      expectNoSecrets(result, FAKE_SECRETS);
    } finally {
      await server.close();
    }
  });

  it("a 24-hour user limit that ran out gives its own reset time", async () => {
    const server = await twitterLike((_req, res) =>
      problem(res, 429, { title: "Too Many Requests", status: 429 }, { "x-rate-limit-reset": "1900000000", "x-user-limit-24hour-remaining": "0", "x-user-limit-24hour-reset": "1900050000" }),
    );
    try {
      const result = await checkCredentials({ apiUrl: server.apiUrl, credentials: FAKE });
      expect(failure(result.userContext).resetAt).toBe(new Date(1_900_050_000_000).toISOString());
    } finally {
      await server.close();
    }
  });

  it("names the sandbox, not Twitter or X, when the check ran against the sandbox; the sandbox's 401 is diagnosed", async () => {
    const { credentials } = await sandboxCredentials();
    const attempt = { ...credentials, apiKeySecret: `${credentials.apiKeySecret}x`, bearerToken: `${credentials.bearerToken}x` };
    const result = await checkCredentials({ apiUrl: sandbox.apiUrl, credentials: attempt, apiName: "Perch's sandbox" });
    for (const outcome of [failure(result.userContext), failure(result.appOnly)]) {
      expect(outcome.message).toMatch(/^Perch's sandbox did not accept/);
      expect(outcome.message).not.toMatch(/Twitter|\bX\b|Developer Console/);
      expect(outcome.diagnosis?.id).toBe("status-401");
    }
  });

  it("an app-only 403 from the sandbox is 'unsupported authentication' in the catalogue's words", async () => {
    const server = await twitterLike((_req, res) =>
      problem(res, 403, { title: "Unsupported Authentication", detail: "Authenticating with OAuth 2.0 Application-Only is forbidden for this endpoint.", type: "https://api.twitter.com/2/problems/unsupported-authentication", status: 403 }),
    );
    try {
      const outcome = failure((await checkCredentials({ apiUrl: server.apiUrl, credentials: { bearerToken: FAKE.bearerToken } })).appOnly);
      expect(outcome.message).toContain("X does not accept this kind of credential");
      expect(outcome.diagnosis).toMatchObject({ id: "unsupported-authentication", title: expect.stringContaining("authentication") as unknown });
    } finally {
      await server.close();
    }
  });

  it("a read-only access level is explained: posting would be refused until the token is regenerated", async () => {
    const server = await twitterLike((_req, res) => {
      res.writeHead(200, { "content-type": "application/json", "x-access-level": "read" });
      res.end(JSON.stringify({ data: { id: "1", username: "annie", name: "Annie" } }));
    });
    try {
      const outcome = success((await checkCredentials({ apiUrl: server.apiUrl, credentials: { ...FAKE, bearerToken: undefined } })).userContext);
      expect(outcome.accessLevel).toBe("read");
      expect(outcome.message).toContain("regenerate the Access Token and Secret");
      expect(outcome.diagnosis?.id).toBe("oauth1-permissions");
    } finally {
      await server.close();
    }
  });

  it("403 saying the account is suspended is suspended; other 403s are forbidden with the reason", async () => {
    const bodies: Record<string, unknown> = {
      "/2/users/me": { errors: [{ code: 64, message: "Your account is suspended and is not permitted to access this feature" }] },
      "/2/users/by/username/XDevelopers": {
        client_id: "28475610",
        detail: "When authenticating requests to the Twitter API v2 endpoints, you must use keys and tokens from a Twitter developer App that is attached to a Project.",
        reason: "client-not-enrolled",
        title: "Client Forbidden",
        type: "https://api.twitter.com/2/problems/client-forbidden",
      },
    };
    const server = await twitterLike((req, res) => problem(res, 403, bodies[req.url ?? ""]));
    try {
      const result = await checkCredentials({ apiUrl: server.apiUrl, credentials: FAKE });
      const suspended = failure(result.userContext);
      expect(suspended).toMatchObject({ reason: "suspended", status: 403 });
      expect(suspended.message).toContain("Your account is suspended");
      const forbidden = failure(result.appOnly);
      expect(forbidden).toMatchObject({ reason: "forbidden", status: 403 });
      expect(forbidden.message).toContain("not attached to a Project");
      // The catalogue explains it, with the guide step that shows the fix and the page it rests on.
      expect(forbidden.diagnosis).toMatchObject({ id: "client-not-enrolled", troubleshoot: "/troubleshoot#client-not-enrolled", guide: expect.stringMatching(/^\/guides\//) as unknown });
      expect(suspended.diagnosis?.id).toBe("account-suspended");
      // An id under a credential-like name is redacted from the raw response.
      expect(JSON.parse(forbidden.request.response?.body ?? "")).toMatchObject({ client_id: "[redacted]", reason: "client-not-enrolled" });
      expectNoSecrets(result, FAKE_SECRETS);
    } finally {
      await server.close();
    }
  });

  it("a v2 problem saying suspended, an App-permission 403 and a 402 are told apart", async () => {
    const server = await twitterLike((req, res) => {
      if (req.url === "/2/users/me") problem(res, 403, { title: "Forbidden", detail: "This request cannot be made because the user is suspended.", type: "about:blank", status: 403 });
      else problem(res, 402, { title: "CreditsDepleted", detail: "Your enrolled account does not have any credits to fulfill this request.", type: "https://api.twitter.com/2/problems/credits" });
    });
    try {
      const result = await checkCredentials({ apiUrl: server.apiUrl, credentials: FAKE });
      expect(failure(result.userContext).reason).toBe("suspended");
      expect(failure(result.appOnly)).toMatchObject({ reason: "forbidden", status: 402 });
      expect(failure(result.appOnly).message).toContain("no API credits");
      expect(failure(result.appOnly).diagnosis).toMatchObject({ id: "credits-depleted", source: { url: "https://docs.x.com/x-api/getting-started/pricing", checkedOn: "2026-12-07" } });
    } finally {
      await server.close();
    }
    const permissions = await twitterLike((_req, res) =>
      problem(res, 403, { title: "Forbidden", detail: "Your client app is not configured with the appropriate oauth1 app permissions for this endpoint.", type: "https://api.twitter.com/2/problems/oauth1-permissions" }),
    );
    try {
      const outcome = failure((await checkCredentials({ apiUrl: permissions.apiUrl, credentials: FAKE })).userContext);
      expect(outcome.reason).toBe("forbidden");
      expect(outcome.message).toContain("the App's permissions do not allow this request");
      expect(outcome.diagnosis?.id).toBe("oauth1-permissions");
    } finally {
      await permissions.close();
    }
  });

  it("401 whose body says revoked or expired is revoked; a plain 401 is invalid", async () => {
    const server = await twitterLike((req, res) => {
      if (req.url === "/2/users/me") res.writeHead(401, { "content-type": "application/json" }).end(JSON.stringify({ errors: [{ code: 89, message: "Invalid or expired token." }] }));
      else problem(res, 401, { title: "Unauthorized", type: "about:blank", status: 401, detail: "Unauthorized" });
    });
    try {
      const result = await checkCredentials({ apiUrl: server.apiUrl, credentials: FAKE });
      expect(failure(result.userContext)).toMatchObject({ reason: "revoked", status: 401 });
      expect(failure(result.userContext).message).toContain("Invalid or expired token.");
      expect(failure(result.appOnly)).toMatchObject({ reason: "invalid", status: 401 });
    } finally {
      await server.close();
    }
  });

  it("5xx, 404 and a page that is not Twitter's JSON are unexpected", async () => {
    const server = await twitterLike((req, res) => {
      if (req.url === "/2/users/me") problem(res, 503, { title: "Service Unavailable", detail: "Service Unavailable" });
      else res.writeHead(200, { "content-type": "text/html" }).end("<html><body>Welcome to nginx!</body></html>");
    });
    try {
      const result = await checkCredentials({ apiUrl: server.apiUrl, credentials: FAKE });
      expect(failure(result.userContext)).toMatchObject({ reason: "unexpected", status: 503 });
      expect(failure(result.userContext).message).toContain("503 Service Unavailable");
      const html = failure(result.appOnly);
      expect(html).toMatchObject({ reason: "unexpected", status: 200 });
      expect(html.request.response?.body).toContain("Welcome to nginx!");
    } finally {
      await server.close();
    }
    const missing = await twitterLike((_req, res) => res.writeHead(404, { "content-type": "text/plain" }).end("not here"));
    try {
      const outcome = failure((await checkCredentials({ apiUrl: missing.apiUrl, credentials: { bearerToken: FAKE.bearerToken } })).appOnly);
      expect(outcome).toMatchObject({ reason: "unexpected", status: 404 });
      expect(outcome.message).toContain("check that the API URL points at X's API");
    } finally {
      await missing.close();
    }
  });

  it("a server that echoes the credentials back gets none of them into the result", async () => {
    const server = await twitterLike((req, res) => {
      const authorization = req.headers.authorization ?? "";
      res.writeHead(401, { "content-type": "application/json", "x-rate-limit-limit": authorization.slice(0, 180) });
      res.end(JSON.stringify({ detail: `You sent ${authorization}`, title: "Unauthorized", echo: { header: authorization, parts: authorization.split(/[ ,="]+/) }, key: FAKE.apiKeySecret }));
    });
    try {
      const result = await checkCredentials({ apiUrl: server.apiUrl, credentials: FAKE });
      expect(failure(result.userContext).reason).toBe("invalid");
      expect(failure(result.appOnly).reason).toBe("invalid");
      expect(JSON.stringify(result)).toContain("[redacted]");
      expectNoSecrets(result, FAKE_SECRETS);
    } finally {
      await server.close();
    }
  });

  it("a value no credential can have (a space, a line break) is refused before anything is sent", async () => {
    const server = await twitterLike((_req, res) => problem(res, 500, {}));
    try {
      const result = await checkCredentials({ apiUrl: server.apiUrl, credentials: { ...FAKE, accessToken: "1234-abc def", bearerToken: `${FAKE.bearerToken}\nX-Evil: 1` } });
      expect(failure(result.userContext)).toMatchObject({ reason: "invalid", message: expect.stringContaining("The Access Token has spaces") as unknown });
      expect(failure(result.appOnly)).toMatchObject({ reason: "invalid", message: expect.stringContaining("The Bearer Token has spaces") as unknown });
      expect(server.seen).toEqual([]);
      expectNoSecrets(result, [...FAKE_SECRETS, "1234-abc def"]);
    } finally {
      await server.close();
    }
  });
});
