import { ApiResponseError, TwitterApi } from "twitter-api-v2";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { approveAuthorization, rawParamsFrom } from "@/lib/sandbox/authorize";
import { authorizeAs, authorizeParams, basic, newAccessToken, newApp, newUser, pkce } from "@/test/sandbox/fixtures";
import { startSandboxServer, type SandboxServer } from "@/test/sandbox/server";
import { rewriteTwitterUrl, twitterClientFor } from "./client";

let server: SandboxServer;
beforeAll(async () => {
  server = await startSandboxServer();
});
afterAll(async () => {
  await server.close();
});

/** An OAuth 2.0 user access token for a new user, obtained through the token endpoint. */
async function oauth2Token(scope = "users.read tweet.read offline.access") {
  const app = await newApp();
  const user = await newUser("Katherine Johnson");
  const { verifier, challenge } = pkce();
  const { code } = await authorizeAs(user, authorizeParams(app, challenge, { scope }));
  const res = await fetch(`${server.apiUrl}/2/oauth2/token`, {
    method: "POST",
    headers: { Authorization: basic(app.clientId, app.clientSecret), "Content-Type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({ grant_type: "authorization_code", code, redirect_uri: app.redirectUris[0] ?? "", code_verifier: verifier }),
  });
  const body = (await res.json()) as { access_token: string };
  return { app, user, accessToken: body.access_token };
}

async function expectApiError(promise: Promise<unknown>, status: number): Promise<ApiResponseError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ApiResponseError);
  const apiError = error as ApiResponseError;
  expect(apiError.code).toBe(status);
  return apiError;
}

describe("twitter-api-v2 against the sandbox", () => {
  it("v2.me() with an OAuth 2.0 user token", async () => {
    const { user, accessToken } = await oauth2Token();
    const client = twitterClientFor(server.apiUrl, accessToken);
    const me = await client.v2.me();
    expect(me.data).toEqual({ id: user.id, name: "Katherine Johnson", username: user.username });
    const withImage = await client.v2.me({ "user.fields": ["profile_image_url"] });
    expect(withImage.data.profile_image_url).toBe(`http://localhost:3000/api/sandbox/avatars/${user.id}.svg`);
  });

  it("v2.me() with OAuth 1.0a user tokens (signed by the library, verified by the sandbox)", async () => {
    const app = await newApp();
    const user = await newUser("Dorothy Vaughan");
    const { accessToken, accessTokenSecret } = await newAccessToken(app.id, user.id);
    const client = twitterClientFor(server.apiUrl, { appKey: app.consumerKey, appSecret: app.consumerSecret, accessToken, accessSecret: accessTokenSecret });
    const me = await client.v2.me();
    expect(me.data).toEqual({ id: user.id, name: "Dorothy Vaughan", username: user.username });
    // Query parameters are signed too.
    expect((await client.v2.me({ "user.fields": ["profile_image_url", "created_at"] })).data.profile_image_url).toContain(user.id);
  });

  it("v2.me() fails with Twitter's 401 for wrong OAuth 1.0a secrets or an unknown token", async () => {
    const app = await newApp();
    const user = await newUser();
    const { accessToken, accessTokenSecret } = await newAccessToken(app.id, user.id);
    const wrongSecret = twitterClientFor(server.apiUrl, { appKey: app.consumerKey, appSecret: `${app.consumerSecret}x`, accessToken, accessSecret: accessTokenSecret });
    const error = await expectApiError(wrongSecret.v2.me(), 401);
    expect(error.data).toMatchObject({ title: "Unauthorized", status: 401 });
    await expectApiError(twitterClientFor(server.apiUrl, "no-such-token").v2.me(), 401);
  });

  it("a Bearer Token (app-only) is checked with a user lookup; /2/users/me refuses it with 403", async () => {
    const app = await newApp();
    const user = await newUser("Mary Jackson");
    const client = twitterClientFor(server.apiUrl, app.bearerToken);
    expect((await client.v2.userByUsername(user.username)).data).toEqual({ id: user.id, name: "Mary Jackson", username: user.username });
    const error = await expectApiError(client.v2.me(), 403);
    expect(error.data).toMatchObject({ title: "Unsupported Authentication" });
    await expectApiError(twitterClientFor(server.apiUrl, `${app.bearerToken}x`).v2.userByUsername(user.username), 401);
  });

  it("runs the library's whole OAuth 2.0 flow: auth link, consent, code exchange, refresh, revoke", async () => {
    const app = await newApp();
    const user = await newUser();
    const redirectUri = app.redirectUris[0] ?? "";
    const client = twitterClientFor(server.apiUrl, { clientId: app.clientId, clientSecret: app.clientSecret });
    const link = client.generateOAuth2AuthLink(redirectUri, { scope: ["tweet.read", "users.read", "offline.access"] });
    // The library points the person at x.com; the sandbox's consent step reads the same query.
    const raw = rawParamsFrom(new URL(link.url).searchParams);
    const decision = await approveAuthorization({ raw, account: user });
    if (!decision.ok) throw new Error(decision.message);
    const callback = new URL(decision.location);
    expect(callback.searchParams.get("state")).toBe(link.state);

    const login = await client.loginWithOAuth2({ code: callback.searchParams.get("code") ?? "", codeVerifier: link.codeVerifier, redirectUri });
    expect(login.scope.sort()).toEqual(["offline.access", "tweet.read", "users.read"]);
    expect(login.expiresIn).toBe(7200);
    const userClient = twitterClientFor(server.apiUrl, login.accessToken);
    expect((await userClient.v2.me()).data.id).toBe(user.id);

    const refreshed = await client.refreshOAuth2Token(login.refreshToken ?? "");
    expect(refreshed.refreshToken).not.toBe(login.refreshToken);
    await expectApiError(client.refreshOAuth2Token(login.refreshToken ?? ""), 400);

    await client.revokeOAuth2Token(refreshed.accessToken, "access_token");
    await expectApiError(twitterClientFor(server.apiUrl, refreshed.accessToken).v2.me(), 401);
  });

  it("the library's code exchange with the wrong verifier fails with invalid_grant", async () => {
    const app = await newApp();
    const user = await newUser();
    const redirectUri = app.redirectUris[0] ?? "";
    const client = twitterClientFor(server.apiUrl, { clientId: app.clientId, clientSecret: app.clientSecret });
    const link = client.generateOAuth2AuthLink(redirectUri, { scope: ["tweet.read", "users.read"] });
    const decision = await approveAuthorization({ raw: rawParamsFrom(new URL(link.url).searchParams), account: user });
    if (!decision.ok) throw new Error(decision.message);
    const code = new URL(decision.location).searchParams.get("code") ?? "";
    const error = await expectApiError(client.loginWithOAuth2({ code, codeVerifier: pkce().verifier, redirectUri }), 400);
    expect(error.data).toMatchObject({ error: "invalid_grant" });
  });
});

describe("rewriteTwitterUrl", () => {
  it("moves Twitter's hosts onto the API base, keeping path and query", () => {
    expect(rewriteTwitterUrl("https://api.x.com/2/users/me?user.fields=id", "http://127.0.0.1:9/api/sandbox")).toBe("http://127.0.0.1:9/api/sandbox/2/users/me?user.fields=id");
    expect(rewriteTwitterUrl("https://api.twitter.com/2/oauth2/token", "http://localhost:3000/api/sandbox/")).toBe("http://localhost:3000/api/sandbox/2/oauth2/token");
    expect(rewriteTwitterUrl("https://example.com/2/users/me", "http://localhost:3000/api/sandbox")).toBe("https://example.com/2/users/me");
  });

  it("leaves a client for the real API unchanged", () => {
    const client = twitterClientFor("https://api.x.com", "token");
    expect(client).toBeInstanceOf(TwitterApi);
  });
});
