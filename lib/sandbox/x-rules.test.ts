// The sandbox enforces X's app rules (lib/x/callback-url.ts, token lifetimes, client types)
// and answers in X's shapes; the error catalogue (lib/x/errors.ts) is fed the sandbox's
// real answers here, so the troubleshooter is tested against what the sandbox says.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { diagnoseXAnswer, diagnoseXError } from "@/lib/x/errors";
import { authorizeAs, authorizeParams, basic, newApp, newUser, pkce } from "@/test/sandbox/fixtures";
import { startSandboxServer, type SandboxServer } from "@/test/sandbox/server";
import { checkAuthorizeRequest } from "./authorize";
import { handleTokenRequest } from "./oauth2-server";
import { sandboxAppInput } from "./schemas";
import { ACCESS_TOKEN_TTL_SECONDS, AUTH_CODE_TTL_MS, REFRESH_TOKEN_TTL_SECONDS } from "./store";

let server: SandboxServer;
beforeAll(async () => {
  server = await startSandboxServer();
});
afterAll(async () => {
  await server.close();
});

type Answer = { status: number; headers: Record<string, string>; body: unknown };

async function call(path: string, init: RequestInit = {}): Promise<Answer> {
  const res = await fetch(`${server.apiUrl}${path}`, init);
  const text = await res.text();
  let body: unknown = text;
  try {
    body = JSON.parse(text) as unknown;
  } catch {
    // Not JSON: keep the text.
  }
  return { status: res.status, headers: Object.fromEntries(res.headers), body };
}

function tokenRequest(body: Record<string, string>, authorization?: string): RequestInit {
  return { method: "POST", headers: { "Content-Type": "application/x-www-form-urlencoded", ...(authorization ? { Authorization: authorization } : {}) }, body: new URLSearchParams(body).toString() };
}

function diagnosedAs(answer: Answer): string | null {
  const result = diagnoseXAnswer(answer);
  return result.kind === "recognised" ? result.entry.id : null;
}

async function codeFor(scope = "users.read tweet.read offline.access", now?: Date) {
  const app = await newApp();
  const user = await newUser();
  const { verifier, challenge } = pkce();
  const { code } = await authorizeAs(user, authorizeParams(app, challenge, { scope }), now);
  return { app, code, exchange: { grant_type: "authorization_code", code, redirect_uri: app.redirectUris[0] ?? "", code_verifier: verifier }, auth: basic(app.clientId, app.clientSecret) };
}

describe("sandbox: callback URL rules (X's Apps page)", () => {
  it("refuses schemes X refuses, naming X's rule; accepts localhost (X only advises 127.0.0.1) and at most 10 URLs", () => {
    for (const url of ["javascript:alert(1)", "ftp://files.example/cb", "mailto:a@b.example", "data:text/html,hi"]) {
      const parsed = sandboxAppInput.safeParse({ name: "App", callbackUrls: url });
      expect(parsed.success, url).toBe(false);
      expect(parsed.error?.issues[0]?.message, url).toMatch(/X does not allow/);
    }
    expect(sandboxAppInput.safeParse({ name: "App", callbackUrls: "myapp://callback" }).success).toBe(false);
    expect(sandboxAppInput.safeParse({ name: "App", callbackUrls: "http://localhost:8080/callback\nhttp://127.0.0.1:8080/callback" }).success).toBe(true);
    const eleven = Array.from({ length: 11 }, (_, i) => `https://a.example/${i}`).join("\n");
    expect(sandboxAppInput.safeParse({ name: "App", callbackUrls: eleven }).error?.issues[0]?.message).toMatch(/at most 10 callback URLs, as on X/);
  });

  it("the authorize endpoint refuses a stored callback X would refuse, and says so as X does", async () => {
    const app = await newApp();
    await db.sandboxApp.update({ where: { id: app.id }, data: { redirectUris: JSON.stringify(["javascript:alert(1)"]) } });
    const check = await checkAuthorizeRequest(authorizeParams({ clientId: app.clientId, redirectUris: ["javascript:alert(1)"] }, pkce().challenge));
    expect(check).toMatchObject({ ok: false, kind: "error", title: "Callback URL not approved" });
    if (check.ok || check.kind !== "error") throw new Error("expected an error page");
    expect(check.message).toMatch(/X does not allow javascript:/);
    const result = diagnoseXError(`${check.title}. ${check.message}`);
    expect(result.kind === "recognised" && result.entry.id).toBe("callback-url-not-approved");
  });

  it("an unregistered redirect_uri and an unknown client get X's words, which the troubleshooter recognises", async () => {
    const app = await newApp();
    const unregistered = await checkAuthorizeRequest(authorizeParams(app, pkce().challenge, { redirect_uri: "https://elsewhere.example/cb" }));
    const unknown = await checkAuthorizeRequest(authorizeParams({ clientId: "no-such-client", redirectUris: ["https://a.example/cb"] }, pkce().challenge));
    for (const [check, id] of [
      [unregistered, "callback-url-not-approved"],
      [unknown, "authorize-went-wrong"],
    ] as const) {
      if (check.ok || check.kind !== "error") throw new Error("expected an error page");
      const result = diagnoseXError(`${check.title}\n${check.message}`);
      expect(result.kind === "recognised" && result.entry.id).toBe(id);
    }
  });
});

describe("sandbox: token lifetimes and client types", () => {
  it("documents X's lifetimes: 30 s codes, 2 h access tokens; refresh tokens last 30 days in the sandbox", () => {
    expect(AUTH_CODE_TTL_MS).toBe(30_000);
    expect(ACCESS_TOKEN_TTL_SECONDS).toBe(7200);
    expect(REFRESH_TOKEN_TTL_SECONDS).toBe(30 * 24 * 3600);
  });

  it("a refresh token works until it expires, then is refused with invalid_grant (issue 15: they never expired)", async () => {
    const issued = new Date();
    const { exchange, auth } = await codeFor(undefined, issued);
    const first = await handleTokenRequest(new Request(`${server.apiUrl}/2/oauth2/token`, tokenRequest(exchange, auth)), issued);
    const { refresh_token: refreshToken } = (await first.json()) as { refresh_token: string };
    const almost = new Date(issued.getTime() + REFRESH_TOKEN_TTL_SECONDS * 1000 - 1000);
    const rotated = await handleTokenRequest(new Request(`${server.apiUrl}/2/oauth2/token`, tokenRequest({ grant_type: "refresh_token", refresh_token: refreshToken }, auth)), almost);
    expect(rotated.status).toBe(200);
    const { refresh_token: next } = (await rotated.json()) as { refresh_token: string };
    // The new one has its own 30 days from its rotation; past them it is refused.
    const late = new Date(almost.getTime() + REFRESH_TOKEN_TTL_SECONDS * 1000 + 1000);
    const expired = await handleTokenRequest(new Request(`${server.apiUrl}/2/oauth2/token`, tokenRequest({ grant_type: "refresh_token", refresh_token: next }, auth)), late);
    expect(expired.status).toBe(400);
    const body = (await expired.json()) as { error: string; error_description: string };
    expect(body).toMatchObject({ error: "invalid_grant", error_description: expect.stringContaining("expired") as unknown });
    expect(diagnosedAs({ status: 400, headers: {}, body })).toBe("oauth2-refresh-invalid");
  });

  it("no offline.access, no refresh token", async () => {
    const { exchange, auth } = await codeFor("users.read tweet.read");
    const res = await call("/2/oauth2/token", tokenRequest(exchange, auth));
    expect(res.status).toBe(200);
    expect(res.body).not.toHaveProperty("refresh_token");
  });

  it("a confidential client without Basic gets X's 'Missing valid authorization header'; a public client has no secret and needs PKCE", async () => {
    const { exchange, app } = await codeFor();
    const noBasic = await call("/2/oauth2/token", tokenRequest({ ...exchange, client_id: app.clientId }));
    expect(noBasic.status).toBe(401);
    expect(diagnosedAs(noBasic)).toBe("oauth2-client-auth");

    const publicApp = await newApp(undefined, { clientType: "public" });
    expect(publicApp.clientSecret).toBe("");
    const user = await newUser();
    const { challenge } = pkce();
    const { code } = await authorizeAs(user, authorizeParams(publicApp, challenge));
    const noVerifier = await call("/2/oauth2/token", tokenRequest({ grant_type: "authorization_code", code, redirect_uri: publicApp.redirectUris[0] ?? "", client_id: publicApp.clientId }));
    expect(noVerifier.status).toBe(400);
    expect(diagnosedAs(noVerifier)).toBe("oauth2-code-invalid");
  });
});

describe("the troubleshooter reads the sandbox's real error answers", () => {
  it("API errors: 401, app-only on a user endpoint, bad parameter, unknown user", async () => {
    const app = await newApp();
    expect(diagnosedAs(await call("/2/users/me"))).toBe("status-401");
    expect(diagnosedAs(await call("/2/users/me", { headers: { Authorization: "Bearer not-a-token" } }))).toBe("status-401");
    const appOnly = await call("/2/users/me", { headers: { Authorization: `Bearer ${app.bearerToken}` } });
    expect(appOnly.status).toBe(403);
    expect(diagnosedAs(appOnly)).toBe("unsupported-authentication");
    const badField = await call("/2/users/by/username/XDevelopers?user.fields=nope", { headers: { Authorization: `Bearer ${app.bearerToken}` } });
    expect(badField.status).toBe(400);
    expect(diagnosedAs(badField)).toBe("invalid-request");
    const missing = await call("/2/users/by/username/nobody_here_x", { headers: { Authorization: `Bearer ${app.bearerToken}` } });
    expect(missing.status).toBe(200);
    expect(diagnosedAs(missing)).toBe("resource-not-found");
  });

  it("token endpoint errors: used code, wrong secret, unknown scope on refresh", async () => {
    const { exchange, auth, app } = await codeFor();
    const ok = await call("/2/oauth2/token", tokenRequest(exchange, auth));
    expect(ok.status).toBe(200);
    const again = await call("/2/oauth2/token", tokenRequest(exchange, auth));
    expect(diagnosedAs(again)).toBe("oauth2-code-invalid");
    expect(diagnosedAs(await call("/2/oauth2/token", tokenRequest(exchange, basic(app.clientId, "wrong"))))).toBe("oauth2-client-auth");
    const scope = await call("/2/oauth2/token", tokenRequest({ grant_type: "refresh_token", refresh_token: (ok.body as { refresh_token: string }).refresh_token, scope: "tweet.reed" }, auth));
    expect(diagnosedAs(scope)).toBe("oauth2-invalid-scope");
    // Pasted as text (as a person would copy it from a log), the same answer is recognised too.
    const pasted = diagnoseXError(`HTTP/1.1 ${again.status}\n${JSON.stringify(again.body)}`);
    expect(pasted.kind === "recognised" && pasted.entry.id).toBe("oauth2-code-invalid");
  });
});
