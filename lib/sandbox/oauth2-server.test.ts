import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sha256 } from "@/lib/crypto/hash";
import { db } from "@/lib/db/client";
import { ensurePerchSandboxApp, perchSandboxClient, PERCH_SANDBOX_CLIENT_ID } from "./config";
import { issueTokens } from "./store";
import { authorizeAs, authorizeParams, basic, newApp, newUser, pkce, uid } from "@/test/sandbox/fixtures";
import { startSandboxServer, type SandboxServer } from "@/test/sandbox/server";

let server: SandboxServer;
beforeAll(async () => {
  server = await startSandboxServer();
});
afterAll(async () => {
  await server.close();
});

type Json = Record<string, unknown>;

/** POSTs a form to the token endpoint, as an OAuth client library would. */
async function postToken(body: Record<string, string>, authorization: string | null, path = "/2/oauth2/token") {
  const headers: Record<string, string> = { "Content-Type": "application/x-www-form-urlencoded", Accept: "application/json" };
  if (authorization) headers.Authorization = authorization;
  const res = await fetch(`${server.apiUrl}${path}`, { method: "POST", headers, body: new URLSearchParams(body).toString() });
  return { status: res.status, headers: res.headers, body: (await res.json()) as Json };
}

async function getMe(accessToken: string | null, query = "") {
  const res = await fetch(`${server.apiUrl}/2/users/me${query}`, { headers: accessToken ? { Authorization: `Bearer ${accessToken}` } : {} });
  return { status: res.status, type: res.headers.get("content-type"), body: (await res.json()) as Json };
}

/** An App, a user and a fresh code for them, ready to exchange. */
async function codeFor(overrides: Record<string, string> = {}, now?: Date) {
  const app = await newApp();
  const user = await newUser();
  const { verifier, challenge } = pkce();
  const raw = authorizeParams(app, challenge, overrides);
  const { code } = await authorizeAs(user, raw, now);
  const exchange = { grant_type: "authorization_code", code, redirect_uri: app.redirectUris[0] ?? "", code_verifier: verifier, client_id: app.clientId };
  return { app, user, code, verifier, exchange, auth: basic(app.clientId, app.clientSecret) };
}

describe("token endpoint: authorization_code", () => {
  it("exchanges a code for Twitter-shaped tokens, which work on /2/users/me", async () => {
    const { exchange, auth, user } = await codeFor();
    const res = await postToken(exchange, auth);
    expect(res.status).toBe(200);
    expect(res.headers.get("cache-control")).toBe("no-store");
    expect(res.body).toMatchObject({ token_type: "bearer", expires_in: 7200, scope: "users.read tweet.read offline.access" });
    expect(typeof res.body.access_token).toBe("string");
    expect(typeof res.body.refresh_token).toBe("string");

    const me = await getMe(res.body.access_token as string);
    expect(me.status).toBe(200);
    // Only the default fields unless more are asked for, as on Twitter.
    expect(me.body).toEqual({ data: { id: user.id, name: user.name, username: user.username } });

    const withImage = await getMe(res.body.access_token as string, "?user.fields=profile_image_url");
    const data = (withImage.body as { data: Json }).data;
    expect(data.profile_image_url).toBe(`http://localhost:3000/api/sandbox/avatars/${user.id}.svg`);
    const avatar = await fetch(`${server.origin}/api/sandbox/avatars/${user.id}.svg`);
    expect(avatar.status).toBe(200);
    expect(avatar.headers.get("content-type")).toContain("image/svg+xml");
    expect(await avatar.text()).toContain(">AL</text>");
  });

  it("stores only hashes of codes and tokens", async () => {
    const { exchange, auth, code } = await codeFor();
    const res = await postToken(exchange, auth);
    const accessToken = res.body.access_token as string;
    expect(await db.sandboxAuthCode.findUnique({ where: { codeHash: sha256(code) } })).not.toBeNull();
    expect(await db.sandboxAuthCode.count({ where: { codeHash: code } })).toBe(0);
    expect(await db.sandboxToken.findUnique({ where: { tokenHash: sha256(accessToken) } })).not.toBeNull();
    expect(await db.sandboxToken.count({ where: { tokenHash: accessToken } })).toBe(0);
  });

  it("issues no refresh token without offline.access", async () => {
    const { exchange, auth } = await codeFor({ scope: "tweet.read users.read" });
    const res = await postToken(exchange, auth);
    expect(res.status).toBe(200);
    expect(res.body.scope).toBe("tweet.read users.read");
    expect(res.body).not.toHaveProperty("refresh_token");
  });

  it("refuses a wrong PKCE verifier, and the code is then spent", async () => {
    const { exchange, auth } = await codeFor();
    const wrong = await postToken({ ...exchange, code_verifier: pkce().verifier }, auth);
    expect(wrong.status).toBe(400);
    expect(wrong.body.error).toBe("invalid_grant");
    const retry = await postToken(exchange, auth);
    expect(retry.status).toBe(400);
    expect(retry.body.error).toBe("invalid_grant");
  });

  it("refuses a missing PKCE verifier", async () => {
    const { exchange, auth } = await codeFor();
    const withoutVerifier: Record<string, string> = { ...exchange };
    delete withoutVerifier.code_verifier;
    const res = await postToken(withoutVerifier, auth);
    expect(res.status).toBe(400);
    expect(res.body).toEqual({ error: "invalid_grant", error_description: "code_verifier is required." });
  });

  it("refuses a code used twice, and the replay revokes every token the code produced (RFC 6749 4.1.2)", async () => {
    const { exchange, auth } = await codeFor();
    const first = await postToken(exchange, auth);
    expect(first.status).toBe(200);
    expect((await getMe(first.body.access_token as string)).status).toBe(200);
    const again = await postToken(exchange, auth);
    expect(again.status).toBe(400);
    expect(again.body.error).toBe("invalid_grant");
    expect((await getMe(first.body.access_token as string)).status).toBe(401);
    expect((await postToken({ grant_type: "refresh_token", refresh_token: first.body.refresh_token as string }, auth)).body.error).toBe("invalid_grant");
  });

  it("lets exactly one of two concurrent redemptions win", async () => {
    const { exchange, auth } = await codeFor();
    const results = await Promise.all([postToken(exchange, auth), postToken(exchange, auth), postToken(exchange, auth)]);
    expect(results.map((r) => r.status).sort()).toEqual([200, 400, 400]);
  });

  it("refuses an expired code (30 s) but accepts one just inside the window", async () => {
    const expired = await codeFor({}, new Date(Date.now() - 31_000));
    const res = await postToken(expired.exchange, expired.auth);
    expect(res.status).toBe(400);
    expect(res.body).toEqual({ error: "invalid_grant", error_description: "The authorization code has expired." });

    const fresh = await codeFor({}, new Date(Date.now() - 25_000));
    expect((await postToken(fresh.exchange, fresh.auth)).status).toBe(200);
  });

  it("refuses a redirect_uri that differs from the authorization request's", async () => {
    const first = `https://client-${uid()}.example/callback`;
    const second = `https://client-${uid()}.example/other`;
    const app = await newApp([first, second]);
    const user = await newUser();
    const { verifier, challenge } = pkce();
    const { code } = await authorizeAs(user, authorizeParams(app, challenge, { redirect_uri: first }));
    const auth = basic(app.clientId, app.clientSecret);
    for (const redirect of [second, `${first}/`, first.replace("https:", "http:")]) {
      const res = await postToken({ grant_type: "authorization_code", code, redirect_uri: redirect, code_verifier: verifier }, auth);
      expect(res.status).toBe(400);
      expect(res.body.error).toBe("invalid_grant");
    }
    // Mismatches do not spend the code: the right redirect_uri still works.
    expect((await postToken({ grant_type: "authorization_code", code, redirect_uri: first, code_verifier: verifier }, auth)).status).toBe(200);
  });

  it("refuses a code issued to another client", async () => {
    const { exchange } = await codeFor();
    const other = await newApp();
    const res = await postToken({ ...exchange, client_id: other.clientId }, basic(other.clientId, other.clientSecret));
    expect(res.status).toBe(400);
    expect(res.body.error).toBe("invalid_grant");
  });

  it("refuses an unknown code", async () => {
    const { exchange, auth } = await codeFor();
    const res = await postToken({ ...exchange, code: `${exchange.code}x` }, auth);
    expect(res.body.error).toBe("invalid_grant");
  });
});

describe("token endpoint: client authentication", () => {
  it("refuses a wrong client secret with 401 invalid_client and a Basic challenge", async () => {
    const { exchange, app } = await codeFor();
    const res = await postToken(exchange, basic(app.clientId, `${app.clientSecret}x`));
    expect(res.status).toBe(401);
    expect(res.body.error).toBe("invalid_client");
    expect(res.headers.get("www-authenticate")).toMatch(/^Basic /);
  });

  it("refuses an unknown client", async () => {
    const { exchange } = await codeFor();
    const res = await postToken({ ...exchange, client_id: "nobody" }, basic("nobody", "secret"));
    expect(res.status).toBe(401);
    expect(res.body.error).toBe("invalid_client");
  });

  it("requires HTTP Basic: credentials only in the body are refused", async () => {
    const { exchange, app } = await codeFor();
    const res = await postToken({ ...exchange, client_secret: app.clientSecret }, null);
    expect(res.status).toBe(401);
    expect(res.body.error).toBe("invalid_client");
  });

  it("refuses a body client_id that disagrees with Basic", async () => {
    const { exchange, auth } = await codeFor();
    const res = await postToken({ ...exchange, client_id: "someone-else" }, auth);
    expect(res.status).toBe(401);
    expect(res.body.error).toBe("invalid_client");
  });

  it("does not spend the code when client authentication fails", async () => {
    const { exchange, app, auth } = await codeFor();
    expect((await postToken(exchange, basic(app.clientId, "wrong"))).status).toBe(401);
    expect((await postToken(exchange, auth)).status).toBe(200);
  });
});

describe("token endpoint: request shape", () => {
  it("answers OAuth-shaped errors for bad grant types and bodies", async () => {
    const { app, auth } = await codeFor();
    expect((await postToken({ grant_type: "client_credentials" }, auth)).body.error).toBe("unsupported_grant_type");
    expect((await postToken({ grant_type: "password", username: "a", password: "b" }, auth)).body.error).toBe("unsupported_grant_type");
    expect((await postToken({}, auth)).body.error).toBe("invalid_request");
    expect((await postToken({ grant_type: "authorization_code", redirect_uri: app.redirectUris[0] ?? "" }, auth)).body.error).toBe("invalid_request");
    const text = await fetch(`${server.apiUrl}/2/oauth2/token`, { method: "POST", headers: { Authorization: auth, "Content-Type": "text/plain" }, body: "grant_type=authorization_code" });
    expect(text.status).toBe(400);
    expect(((await text.json()) as Json).error).toBe("invalid_request");
    const repeated = await fetch(`${server.apiUrl}/2/oauth2/token`, { method: "POST", headers: { Authorization: auth, "Content-Type": "application/x-www-form-urlencoded" }, body: "grant_type=refresh_token&grant_type=authorization_code" });
    expect(((await repeated.json()) as Json).error).toBe("invalid_request");
  });

  it("refuses a body over 16 KB as it streams in, without reading it all (413)", async () => {
    const { auth } = await codeFor();
    let sent = 0;
    const chunk = new TextEncoder().encode(`grant_type=refresh_token&refresh_token=${"A".repeat(64 * 1024)}`);
    // 300 × 64 KiB, chunked (no Content-Length): the endpoint must stop after the first pieces.
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent++ >= 300) controller.close();
        else controller.enqueue(chunk);
      },
    });
    const res = await fetch(`${server.apiUrl}/2/oauth2/token`, { method: "POST", headers: { Authorization: auth, "Content-Type": "application/x-www-form-urlencoded" }, body, duplex: "half" } as RequestInit & { duplex: "half" }).catch(() => null);
    // Either the 413 arrives, or the server closes the upload early: both leave most of it unsent.
    if (res) {
      expect(res.status).toBe(413);
      expect(((await res.json()) as Json).detail).toContain("16 KB");
    }
    expect(sent).toBeLessThan(300);
  });

  it("refuses GET", async () => {
    const res = await fetch(`${server.apiUrl}/2/oauth2/token`);
    expect(res.status).toBe(405);
  });
});

describe("token endpoint: public clients (Native App, Single Page App)", () => {
  async function publicCodeFor() {
    const app = await newApp(undefined, { clientType: "public" });
    const user = await newUser();
    const { verifier, challenge } = pkce();
    const { code } = await authorizeAs(user, authorizeParams(app, challenge));
    return { app, user, code, verifier, exchange: { grant_type: "authorization_code", code, redirect_uri: app.redirectUris[0] ?? "", code_verifier: verifier, client_id: app.clientId } };
  }

  it("exchange a code with PKCE and their client_id, no secret", async () => {
    const { exchange, user } = await publicCodeFor();
    const tokens = await postToken(exchange, null);
    expect(tokens.status).toBe(200);
    expect(((await getMe(tokens.body.access_token as string)).body as { data: Json }).data.id).toBe(user.id);
  });

  it("still need the PKCE verifier, and have no secret to authenticate with", async () => {
    const { app, exchange } = await publicCodeFor();
    const withoutVerifier = await postToken({ ...exchange, code_verifier: "" }, null);
    expect(withoutVerifier.body.error).toBe("invalid_grant");
    expect((await postToken(exchange, basic(app.clientId, "guessed-secret"))).body.error).toBe("invalid_client");
  });

  it("a confidential client's client_id alone is not enough", async () => {
    const { exchange } = await codeFor();
    expect((await postToken(exchange, null)).body.error).toBe("invalid_client");
  });
});

describe("token endpoint: refresh_token", () => {
  it("rotates: the new pair works and the old refresh token stops working", async () => {
    const { exchange, auth, user } = await codeFor();
    const first = await postToken(exchange, auth);
    const refresh1 = first.body.refresh_token as string;

    const second = await postToken({ grant_type: "refresh_token", refresh_token: refresh1 }, auth);
    expect(second.status).toBe(200);
    expect(second.headers.get("cache-control")).toBe("no-store");
    expect(second.body).toMatchObject({ token_type: "bearer", expires_in: 7200, scope: "users.read tweet.read offline.access" });
    const refresh2 = second.body.refresh_token as string;
    expect(refresh2).not.toBe(refresh1);
    expect(second.body.access_token).not.toBe(first.body.access_token);
    expect(((await getMe(second.body.access_token as string)).body as { data: Json }).data.id).toBe(user.id);

    expect((await postToken({ grant_type: "refresh_token", refresh_token: refresh2 }, auth)).status).toBe(200);
  });

  it("a rotated refresh token presented again revokes the whole family, newer tokens included (RFC 9700 4.14.2)", async () => {
    const { exchange, auth } = await codeFor();
    const first = await postToken(exchange, auth);
    const second = await postToken({ grant_type: "refresh_token", refresh_token: first.body.refresh_token as string }, auth);
    expect(second.status).toBe(200);
    const replay = await postToken({ grant_type: "refresh_token", refresh_token: first.body.refresh_token as string }, auth);
    expect(replay.status).toBe(400);
    expect(replay.body.error).toBe("invalid_grant");
    expect((await postToken({ grant_type: "refresh_token", refresh_token: second.body.refresh_token as string }, auth)).body.error).toBe("invalid_grant");
    expect((await getMe(second.body.access_token as string)).status).toBe(401);
  });

  it("refuses a refresh token presented by another client, or an access token used as one", async () => {
    const { exchange, auth } = await codeFor();
    const tokens = await postToken(exchange, auth);
    const other = await newApp();
    const stolen = await postToken({ grant_type: "refresh_token", refresh_token: tokens.body.refresh_token as string }, basic(other.clientId, other.clientSecret));
    expect(stolen.body.error).toBe("invalid_grant");
    const wrongKind = await postToken({ grant_type: "refresh_token", refresh_token: tokens.body.access_token as string }, auth);
    expect(wrongKind.body.error).toBe("invalid_grant");
    // The stolen attempt did not spend it for its owner.
    expect((await postToken({ grant_type: "refresh_token", refresh_token: tokens.body.refresh_token as string }, auth)).status).toBe(200);
  });

  it("may narrow the scope but never widen it", async () => {
    const { exchange, auth } = await codeFor();
    const tokens = await postToken(exchange, auth);
    const wider = await postToken({ grant_type: "refresh_token", refresh_token: tokens.body.refresh_token as string, scope: "users.read tweet.write offline.access" }, auth);
    expect(wider.body.error).toBe("invalid_scope");
    const narrower = await postToken({ grant_type: "refresh_token", refresh_token: tokens.body.refresh_token as string, scope: "users.read offline.access" }, auth);
    expect(narrower.status).toBe(200);
    expect(narrower.body.scope).toBe("users.read offline.access");
  });
});

describe("revoke endpoint", () => {
  it("revokes an access token: /2/users/me then answers 401", async () => {
    const { exchange, auth } = await codeFor();
    const tokens = await postToken(exchange, auth);
    const accessToken = tokens.body.access_token as string;
    expect((await getMe(accessToken)).status).toBe(200);
    const res = await postToken({ token: accessToken, token_type_hint: "access_token" }, auth, "/2/oauth2/revoke");
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ revoked: true });
    expect((await getMe(accessToken)).status).toBe(401);
  });

  it("revoking a refresh token ends the access tokens of its grant (RFC 7009 2.1)", async () => {
    const { exchange, auth } = await codeFor();
    const tokens = await postToken(exchange, auth);
    expect((await postToken({ token: tokens.body.refresh_token as string }, auth, "/2/oauth2/revoke")).status).toBe(200);
    expect((await getMe(tokens.body.access_token as string)).status).toBe(401);
    expect((await postToken({ grant_type: "refresh_token", refresh_token: tokens.body.refresh_token as string }, auth)).body.error).toBe("invalid_grant");
  });

  it("cannot revoke another client's token", async () => {
    const { exchange, auth } = await codeFor();
    const tokens = await postToken(exchange, auth);
    const other = await newApp();
    await postToken({ token: tokens.body.access_token as string }, basic(other.clientId, other.clientSecret), "/2/oauth2/revoke");
    expect((await getMe(tokens.body.access_token as string)).status).toBe(200);
  });
});

describe("GET /2/users/me with OAuth 2.0", () => {
  it("answers Twitter's 401 shape without credentials or with an unknown token", async () => {
    for (const token of [null, "not-a-token"]) {
      const res = await getMe(token);
      expect(res.status).toBe(401);
      expect(res.type).toContain("application/problem+json");
      expect(res.body).toEqual({ title: "Unauthorized", type: "about:blank", status: 401, detail: "Unauthorized" });
    }
  });

  it("refuses an expired access token", async () => {
    const app = await newApp();
    const user = await newUser();
    const old = await issueTokens({ appId: app.id, userId: user.id, scope: "users.read tweet.read", familyId: `f-${uid()}`, now: new Date(Date.now() - 7201_000) });
    expect((await getMe(old.access_token)).status).toBe(401);
    const current = await issueTokens({ appId: app.id, userId: user.id, scope: "users.read tweet.read", familyId: `f-${uid()}`, now: new Date(Date.now() - 7000_000) });
    expect((await getMe(current.access_token)).status).toBe(200);
  });

  it("needs the users.read and tweet.read scopes", async () => {
    const app = await newApp();
    const user = await newUser();
    const narrow = await issueTokens({ appId: app.id, userId: user.id, scope: "users.read", familyId: `f-${uid()}`, now: new Date() });
    const res = await getMe(narrow.access_token);
    expect(res.status).toBe(403);
    expect(res.body).toMatchObject({ title: "Forbidden", status: 403 });
  });

  it("refuses unknown user.fields with Twitter's 400", async () => {
    const { exchange, auth } = await codeFor();
    const tokens = await postToken(exchange, auth);
    const res = await getMe(tokens.body.access_token as string, "?user.fields=profile_image_url,shoe_size");
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({ title: "Invalid Request", errors: [{ parameters: { "user.fields": ["shoe_size"] } }] });
  });
});

describe("app-only Bearer Token", () => {
  it("is refused by /2/users/me with Twitter's 403 Unsupported Authentication", async () => {
    const app = await newApp();
    const res = await getMe(app.bearerToken);
    expect(res.status).toBe(403);
    expect(res.body).toEqual({
      title: "Unsupported Authentication",
      detail: "Authenticating with OAuth 2.0 Application-Only is forbidden for this endpoint.  Supported authentication types are [OAuth 1.0a User Context, OAuth 2.0 User Context].",
      type: "https://api.twitter.com/2/problems/unsupported-authentication",
      status: 403,
    });
  });

  it("works on /2/users/by/username/:username, and a wrong one does not", async () => {
    const app = await newApp();
    const user = await newUser("Grace Hopper");
    const lookup = (token: string, username: string) => fetch(`${server.apiUrl}/2/users/by/username/${username}?user.fields=profile_image_url`, { headers: { Authorization: `Bearer ${token}` } });
    const ok = await lookup(app.bearerToken, user.username);
    expect(ok.status).toBe(200);
    expect(await ok.json()).toEqual({ data: { id: user.id, name: "Grace Hopper", username: user.username, profile_image_url: `http://localhost:3000/api/sandbox/avatars/${user.id}.svg` } });
    expect((await lookup(`${app.bearerToken}x`, user.username)).status).toBe(401);
    const missing = await lookup(app.bearerToken, "nobody_here_x");
    expect(missing.status).toBe(200);
    expect(((await missing.json()) as { errors: Json[] }).errors[0]).toMatchObject({ title: "Not Found Error", resource_type: "user", value: "nobody_here_x" });
    expect((await lookup(app.bearerToken, "not-valid!")).status).toBe(400);
  });
});

describe("Perch's own sandbox App", () => {
  it("signs in with the derived client secret and Perch's callback URL", async () => {
    const app = await ensurePerchSandboxApp("http://localhost:3000");
    expect(app.clientId).toBe(PERCH_SANDBOX_CLIENT_ID);
    expect(app.redirectUris).toEqual(["http://localhost:3000/api/auth/callback/twitter"]);
    const { clientId, clientSecret } = perchSandboxClient();
    const row = await db.sandboxApp.findUniqueOrThrow({ where: { clientId } });
    expect(row.clientSecretHash).toBe(sha256(clientSecret));
    expect(JSON.stringify(row)).not.toContain(clientSecret);

    const user = await newUser();
    const { verifier, challenge } = pkce();
    const { code, state } = await authorizeAs(user, authorizeParams(app, challenge, { state: "perch-state" }));
    expect(state).toBe("perch-state");
    // next-auth sends client_id in the body as well as HTTP Basic.
    const res = await postToken({ grant_type: "authorization_code", code, redirect_uri: app.redirectUris[0] ?? "", code_verifier: verifier, client_id: clientId }, basic(clientId, clientSecret));
    expect(res.status).toBe(200);
    expect(((await getMe(res.body.access_token as string, "?user.fields=profile_image_url")).body as { data: Json }).data.username).toBe(user.username);
  });
});
