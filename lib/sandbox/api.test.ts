import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { signOAuth1Request } from "./oauth1";
import { regenerateAppCredential } from "./store";
import { newAccessToken, newApp, newUser, uid } from "@/test/sandbox/fixtures";
import { startSandboxServer, type SandboxServer } from "@/test/sandbox/server";

let server: SandboxServer;
beforeAll(async () => {
  server = await startSandboxServer();
});
afterAll(async () => {
  await server.close();
});

const nowSeconds = () => Math.floor(Date.now() / 1000);

/** An App, a user and an OAuth 1.0a access token pair for them. */
async function oauth1Setup() {
  const app = await newApp();
  const user = await newUser("Alan Turing");
  const { accessToken, accessTokenSecret } = await newAccessToken(app.id, user.id);
  return { app, user, accessToken, accessTokenSecret };
}

type Setup = Awaited<ReturnType<typeof oauth1Setup>>;

function sign(s: Setup, url: string, overrides: Partial<Parameters<typeof signOAuth1Request>[0]> = {}): string {
  return signOAuth1Request({
    method: "GET",
    url,
    consumerKey: s.app.consumerKey,
    consumerSecret: s.app.consumerSecret,
    token: s.accessToken,
    tokenSecret: s.accessTokenSecret,
    nonce: uid(16),
    timestamp: nowSeconds(),
    ...overrides,
  });
}

async function get(url: string, authorization: string) {
  const res = await fetch(url, { headers: { Authorization: authorization } });
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
}

const UNAUTHORIZED = { title: "Unauthorized", type: "about:blank", status: 401, detail: "Unauthorized" };

describe("GET /2/users/me with OAuth 1.0a user context", () => {
  it("accepts a correctly signed request", async () => {
    const s = await oauth1Setup();
    const url = `${server.apiUrl}/2/users/me`;
    const res = await get(url, sign(s, url));
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ data: { id: s.user.id, name: "Alan Turing", username: s.user.username } });
  });

  it("covers query parameters in the signature", async () => {
    const s = await oauth1Setup();
    const url = `${server.apiUrl}/2/users/me?user.fields=profile_image_url`;
    const ok = await get(url, sign(s, url));
    expect(ok.status).toBe(200);
    expect((ok.body.data as Record<string, unknown>).profile_image_url).toContain(`/api/sandbox/avatars/${s.user.id}.svg`);
    // Signed without the query, sent with it: refused.
    const bare = `${server.apiUrl}/2/users/me`;
    expect((await get(url, sign(s, bare))).status).toBe(401);
  });

  it("refuses tampered requests: other path, altered signature, wrong secrets", async () => {
    const s = await oauth1Setup();
    const url = `${server.apiUrl}/2/users/me`;
    const otherPath = await get(url, sign(s, `${server.apiUrl}/2/users/mee`));
    expect(otherPath).toEqual({ status: 401, body: UNAUTHORIZED });
    const header = sign(s, url);
    const altered = header.replace(/oauth_signature="([^"]+)"/, (_, sig: string) => `oauth_signature="${sig.startsWith("A") ? "B" : "A"}${sig.slice(1)}"`);
    expect((await get(url, altered)).status).toBe(401);
    expect((await get(url, sign(s, url, { consumerSecret: `${s.app.consumerSecret}x` }))).status).toBe(401);
    expect((await get(url, sign(s, url, { tokenSecret: `${s.accessTokenSecret}x` }))).status).toBe(401);
    expect((await get(url, sign(s, url, { method: "POST" }))).status).toBe(401);
  });

  it("refuses a timestamp more than 300 s away, and accepts one just inside", async () => {
    const s = await oauth1Setup();
    const url = `${server.apiUrl}/2/users/me`;
    expect((await get(url, sign(s, url, { timestamp: nowSeconds() - 330 }))).status).toBe(401);
    expect((await get(url, sign(s, url, { timestamp: nowSeconds() + 330 }))).status).toBe(401);
    expect((await get(url, sign(s, url, { timestamp: nowSeconds() - 280 }))).status).toBe(200);
  });

  it("refuses a replayed nonce, even re-signed with a new timestamp", async () => {
    const s = await oauth1Setup();
    const url = `${server.apiUrl}/2/users/me`;
    const nonce = uid(16);
    const header = sign(s, url, { nonce });
    expect((await get(url, header)).status).toBe(200);
    expect(await get(url, header)).toEqual({ status: 401, body: UNAUTHORIZED });
    expect((await get(url, sign(s, url, { nonce, timestamp: nowSeconds() - 5 }))).status).toBe(401);
    // The nonce is kept, not the secret.
    const stored = await db.sandboxNonce.findMany({ where: { consumerKey: s.app.consumerKey } });
    expect(stored.map((n) => n.nonce)).toEqual([nonce]);
  });

  it("lets only one of two concurrent replays through", async () => {
    const s = await oauth1Setup();
    const url = `${server.apiUrl}/2/users/me`;
    const header = sign(s, url);
    const results = await Promise.all([get(url, header), get(url, header), get(url, header)]);
    expect(results.map((r) => r.status).sort()).toEqual([200, 401, 401]);
  });

  it("does not spend a nonce on a badly signed request", async () => {
    const s = await oauth1Setup();
    const url = `${server.apiUrl}/2/users/me`;
    const nonce = uid(16);
    expect((await get(url, sign(s, url, { nonce, tokenSecret: "wrong" }))).status).toBe(401);
    expect((await get(url, sign(s, url, { nonce }))).status).toBe(200);
  });

  it("refuses an access token of another App, and an unknown token", async () => {
    const s = await oauth1Setup();
    const other = await oauth1Setup();
    const url = `${server.apiUrl}/2/users/me`;
    expect((await get(url, sign(s, url, { token: other.accessToken, tokenSecret: other.accessTokenSecret }))).status).toBe(401);
    expect((await get(url, sign(s, url, { token: `${s.accessToken}x` }))).status).toBe(401);
  });

  it("stops accepting the old API Key once it is regenerated", async () => {
    const s = await oauth1Setup();
    const url = `${server.apiUrl}/2/users/me`;
    const regenerated = await regenerateAppCredential({ appId: s.app.id, ownerId: s.app.ownerId, which: "api-key" });
    expect((await get(url, sign(s, url))).status).toBe(401);
    const fresh = { ...s, app: { ...s.app, consumerKey: regenerated?.secrets.consumerKey ?? "", consumerSecret: regenerated?.secrets.consumerSecret ?? "" } };
    expect((await get(url, sign(fresh, url))).status).toBe(200);
  });

  it("stores the secrets sealed, never in plaintext", async () => {
    const s = await oauth1Setup();
    const appRow = await db.sandboxApp.findUniqueOrThrow({ where: { id: s.app.id } });
    const tokenRow = await db.sandboxUserToken.findUniqueOrThrow({ where: { token: s.accessToken } });
    const stored = JSON.stringify([appRow, tokenRow]);
    for (const secret of [s.app.consumerSecret, s.app.clientSecret, s.app.bearerToken, s.accessTokenSecret]) expect(stored).not.toContain(secret);
  });
});
