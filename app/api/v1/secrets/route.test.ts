import { describe, expect, it } from "vitest";
import { sha256 } from "@/lib/crypto/hash";
import { db } from "@/lib/db/client";
import { accessEntry } from "@/lib/guard/access";
import { removeMember } from "@/lib/teams/teams";
import { TOKEN_PREFIX } from "@/lib/tokens/format";
import { createServiceToken, revokeServiceToken, LAST_USE_RESOLUTION_MS } from "@/lib/tokens/service-tokens";
import { createVaultApp } from "@/lib/vault/apps";
import { parseCredentialPaste } from "@/lib/vault/env-import";
import { findAuditEntries } from "@/lib/vault/audit";
import { vaultTeam } from "@/test/vault-fixtures";
import { POST as check } from "../check/route";
import { GET } from "./route";

// The read API as a program sees it: every refusal is problem JSON with a status a script
// can act on, a success carries the app's variables under the .env export's names, nothing
// is cached, no cookie is read or set, and every read is in the audit log.

type Problem = { type: string; title: string; status: number; code: string; detail: string; errors?: Record<string, string[]> };
const noParams = { params: Promise.resolve({}) };
const ADDRESS = "203.0.113.7";

function get(query: string, headers: Record<string, string> = {}) {
  return GET(new Request(`http://localhost:3000/api/v1/secrets?${query}`, { headers: { "x-forwarded-for": ADDRESS, "user-agent": "perch-cli-test", ...headers } }), noParams);
}
const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

async function problem(res: Response, status: number): Promise<Problem> {
  expect(res.status).toBe(status);
  expect(res.headers.get("content-type")).toBe("application/problem+json");
  expect(res.headers.get("cache-control")).toContain("no-store");
  expect(res.headers.get("set-cookie")).toBeNull();
  const body = (await res.json()) as Problem;
  expect(body).toMatchObject({ type: "about:blank", status });
  expect(body.detail.length).toBeGreaterThan(10);
  return body;
}

/** A team (one person in every role, an app with known secrets) and a token of the admin's for every app. */
async function setup(scope: { appIds?: string[]; environments?: ("development" | "staging" | "production")[]; days?: number } = {}) {
  const team = await vaultTeam();
  const app = await db.vaultApp.findUniqueOrThrow({ where: { id: team.appId } });
  const made = await createServiceToken({ userId: team.people.admin.id, teamId: team.teamId, name: "reply bot", appIds: scope.appIds ?? [], environments: scope.environments ?? ["development", "staging", "production"], days: scope.days ?? 90 });
  return { team, app, ...made };
}

describe("GET /api/v1/secrets", () => {
  it("answers the app's secrets, by name or id, under the .env export's names; no-store, no cookie", async () => {
    const { team, app, token } = await setup();
    for (const which of [app.name, app.id]) {
      const res = await get(`app=${encodeURIComponent(which)}&environment=development`, bearer(token));
      expect(res.status).toBe(200);
      expect(res.headers.get("cache-control")).toBe("no-store");
      expect(res.headers.get("set-cookie")).toBeNull();
      expect(await res.json()).toEqual({
        team: { id: team.teamId, name: team.teamName },
        app: { id: app.id, name: app.name },
        environment: "development",
        secrets: { TWITTER_API_KEY: team.secrets.apiKey, TWITTER_API_KEY_SECRET: team.secrets.apiKeySecret, TWITTER_BEARER_TOKEN: team.secrets.bearerToken },
      });
    }
  });

  it("answers the .env text with format=dotenv, which the importer reads back to the same values", async () => {
    const { team, app, token } = await setup();
    const res = await get(`app=${encodeURIComponent(app.name)}&format=dotenv`, bearer(token));
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toMatch(/^text\/plain/);
    expect(res.headers.get("cache-control")).toBe("no-store");
    const text = await res.text();
    expect(text).toContain(`TWITTER_API_KEY=${team.secrets.apiKey}\n`);
    const back = Object.fromEntries(parseCredentialPaste(text).lines.filter((l) => l.status === "mapped").map((l): [string, string | undefined] => [l.field ?? "", l.value]));
    expect(back).toMatchObject({ apiKey: team.secrets.apiKey, apiKeySecret: team.secrets.apiKeySecret, bearerToken: team.secrets.bearerToken });
  });

  it("audits every read: the token, the app, the variable names and the address, never a value", async () => {
    const { team, app, token, id } = await setup();
    await get(`app=${encodeURIComponent(app.name)}`, bearer(token));
    const entries = await findAuditEntries({ teamId: team.teamId, viewer: { userId: team.people.owner.id, role: "owner" }, filters: { tokenId: id } });
    const read = entries.filter((e) => e.action === "secrets.read");
    expect(read).toHaveLength(1);
    expect(read[0]).toMatchObject({ actor: null, serviceToken: { id, name: "reply bot" }, targetId: app.id, ip: ADDRESS, detail: { fields: ["TWITTER_API_KEY", "TWITTER_API_KEY_SECRET", "TWITTER_BEARER_TOKEN"] } });
    const stored = JSON.stringify(await db.auditEntry.findMany({ where: { teamId: team.teamId } }));
    for (const secret of [...Object.values(team.secrets), token]) expect(stored).not.toContain(secret);
    // The filter by token leaves out people's own entries.
    expect(entries.every((e) => e.serviceToken?.id === id)).toBe(true);
  });

  it("notes the last use (at most once a minute)", async () => {
    const { app, token, id } = await setup();
    expect((await db.serviceToken.findUniqueOrThrow({ where: { id } })).lastUsedAt).toBeNull();
    await get(`app=${encodeURIComponent(app.name)}`, bearer(token));
    const first = await db.serviceToken.findUniqueOrThrow({ where: { id } });
    expect(first.lastUsedAt).not.toBeNull();
    expect(first.lastUsedIp).toBe(ADDRESS);
    await get(`app=${encodeURIComponent(app.name)}`, bearer(token));
    expect((await db.serviceToken.findUniqueOrThrow({ where: { id } })).lastUsedAt).toEqual(first.lastUsedAt);
    expect(LAST_USE_RESOLUTION_MS).toBe(60_000);
  });

  describe("401: missing, malformed, unknown, expired or revoked token", () => {
    it("refuses a request with no Authorization header, and says which scheme", async () => {
      const { app } = await setup();
      const body = await problem(await get(`app=${app.name}`), 401);
      expect(body.code).toBe("UNAUTHENTICATED");
      expect(body.detail).toContain("Authorization: Bearer");
    });

    it("sends WWW-Authenticate: Bearer with a 401", async () => {
      const res = await get("app=x");
      expect(res.headers.get("www-authenticate")).toBe('Bearer realm="perch"');
    });

    it("never reads a cookie: a signed-in owner's session without a token is refused", async () => {
      const { team, app } = await setup();
      const cookie = `next-auth.session-token=${team.people.owner.browser.jar.get("next-auth.session-token")}`;
      await problem(await get(`app=${app.name}`, { cookie }), 401);
    });

    it("refuses a header that is not Bearer, and a token that is not a Perch token", async () => {
      const { app, token } = await setup();
      expect((await problem(await get(`app=${app.name}`, { authorization: `Basic ${token}` }), 401)).detail).toContain("Bearer");
      expect((await problem(await get(`app=${app.name}`, bearer("ghp_0123456789abcdefghijklmnopqrstuvwxyz")), 401)).detail).toContain("perch_st_");
      expect((await problem(await get(`app=${app.name}`, bearer(`${token}x`)), 401)).detail).toContain("perch_st_");
      expect((await problem(await get(`app=${app.name}`, bearer("x".repeat(5000))), 401)).detail).toContain("Bearer");
    });

    it("refuses an unknown token, and a known lookup id with the wrong secret, with the same words", async () => {
      const { app, token } = await setup();
      const unknown = await problem(await get(`app=${app.name}`, bearer(`${TOKEN_PREFIX}${"A".repeat(52)}`)), 401);
      const last = token.at(-1) === "a" ? "b" : "a";
      const wrongSecret = await problem(await get(`app=${app.name}`, bearer(`${token.slice(0, -1)}${last}`)), 401);
      expect(wrongSecret.detail).toBe(unknown.detail);
      expect(unknown.detail).toContain("not known");
    });

    it("refuses an expired token, saying when it expired", async () => {
      const { app, token, id } = await setup();
      await db.serviceToken.update({ where: { id }, data: { expiresAt: new Date(Date.now() - 1000) } });
      expect((await problem(await get(`app=${app.name}`, bearer(token)), 401)).detail).toContain("expired");
    });

    it("refuses a revoked token on its very next request", async () => {
      const { team, app, token, id } = await setup();
      expect((await get(`app=${app.name}`, bearer(token))).status).toBe(200);
      await revokeServiceToken({ userId: team.people.owner.id, teamId: team.teamId, tokenId: id });
      expect((await problem(await get(`app=${app.name}`, bearer(token)), 401)).detail).toContain("revoked");
    });

    it("dies with its team", async () => {
      const { team, app, token, id } = await setup();
      await db.team.delete({ where: { id: team.teamId } });
      expect(await db.serviceToken.findUnique({ where: { id } })).toBeNull();
      await problem(await get(`app=${app.name}`, bearer(token)), 401);
    });
  });

  it("keeps working after the member who made it is removed (it belongs to the team)", async () => {
    const { team, app, token } = await setup();
    await removeMember({ userId: team.people.owner.id, teamId: team.teamId, memberId: team.people.admin.id });
    expect((await get(`app=${app.name}`, bearer(token))).status).toBe(200);
  });

  describe("403: outside the token's scope", () => {
    it("refuses an app the token was not given", async () => {
      const { team, app } = await setup();
      const other = await createVaultApp({ userId: team.people.owner.id, teamId: team.teamId, meta: { name: "other-app", twitterAppId: null, environment: "development", accessLevel: null, notes: null, apiTarget: "sandbox", rotateBy: null }, fields: [{ name: "apiKey", label: null, value: "OtherApiKey0123456789" }] });
      const { token } = await createServiceToken({ userId: team.people.owner.id, teamId: team.teamId, name: "only other", appIds: [other.id], environments: ["development"], days: 1 });
      expect((await get("app=other-app", bearer(token))).status).toBe(200);
      const body = await problem(await get(`app=${app.name}`, bearer(token)), 403);
      expect(body.code).toBe("FORBIDDEN");
      expect(body.detail).toContain(app.name);
      expect(JSON.stringify(body)).not.toContain(team.secrets.apiKey);
    });

    it("refuses an environment the token was not given", async () => {
      const { app, token } = await setup({ environments: ["production"] });
      expect((await problem(await get(`app=${app.name}`, bearer(token)), 403)).detail).toContain("development");
    });
  });

  describe("404: no such app in the token's team", () => {
    it("refuses an unknown app, another team's app, and an app asked for in the wrong environment", async () => {
      const { app, token } = await setup();
      const elsewhere = await vaultTeam();
      expect((await problem(await get("app=no-such-app", bearer(token)), 404)).code).toBe("NOT_FOUND");
      await problem(await get(`app=${elsewhere.appId}`, bearer(token)), 404);
      expect((await problem(await get(`app=${app.name}&environment=production`, bearer(token)), 404)).detail).toContain("development app");
    });
  });

  describe("400: a query that is not understood", () => {
    it("refuses a missing app, an unknown environment or format, and a misspelt parameter", async () => {
      const { app, token } = await setup();
      expect((await problem(await get("", bearer(token)), 400)).errors).toHaveProperty("app");
      expect((await problem(await get(`app=${app.name}&environment=prod`, bearer(token)), 400)).errors).toHaveProperty("environment");
      expect((await problem(await get(`app=${app.name}&format=yaml`, bearer(token)), 400)).errors).toHaveProperty("format");
      expect((await problem(await get(`app=${app.name}&enviroment=development`, bearer(token)), 400)).errors).toHaveProperty("enviroment");
      expect((await problem(await get(`app=${"a".repeat(101)}`, bearer(token)), 400)).errors).toHaveProperty("app");
    });
  });

  it("429: limits each token on its own, with Retry-After", async () => {
    const { app, token } = await setup();
    const other = await setup();
    const { max } = accessEntry("GET /api/v1/secrets").rate!;
    // Bad queries are cheap and still count: the limit applies before the handler runs.
    for (let i = 0; i < max; i++) expect((await get("", bearer(token))).status).toBe(400);
    const limited = await get(`app=${app.name}`, bearer(token));
    expect((await problem(limited, 429)).code).toBe("RATE_LIMITED");
    expect(Number(limited.headers.get("retry-after"))).toBeGreaterThan(0);
    expect((await get(`app=${other.app.name}`, bearer(other.token))).status).toBe(200);
  });
});

describe("service tokens at rest", () => {
  it("stores only the hash of the token, found by its non-secret lookup id", async () => {
    const { token, id } = await setup();
    expect(token).toMatch(/^perch_st_[A-Za-z0-9]{52}$/);
    const row = await db.serviceToken.findUniqueOrThrow({ where: { id } });
    expect(row.secretHash).toBe(sha256(token));
    expect(token.startsWith(`${TOKEN_PREFIX}${row.prefix}`)).toBe(true);
    expect(JSON.stringify(row)).not.toContain(token.slice(TOKEN_PREFIX.length + row.prefix.length));
  });

  it("expires after the days asked for", async () => {
    const before = Date.now();
    const { expiresAt } = await setup({ days: 365 });
    expect(expiresAt.getTime() - before).toBeGreaterThanOrEqual(365 * 24 * 3600_000);
    expect(expiresAt.getTime() - before).toBeLessThan(365 * 24 * 3600_000 + 60_000);
  });
});

describe("POST /api/v1/check", () => {
  const post = (query: string, headers: Record<string, string> = {}) => check(new Request(`http://localhost:3000/api/v1/check?${query}`, { method: "POST", headers: { "x-forwarded-for": ADDRESS, ...headers } }), noParams);

  it("tests the app's credentials for the token and audits it as the token's", async () => {
    const { team, app, token, id } = await setup();
    const res = await post(`app=${encodeURIComponent(app.name)}`, bearer(token));
    expect(res.status).toBe(200);
    const body = (await res.json()) as { ok: boolean; summary: string; app: { name: string } };
    expect(body.app.name).toBe(app.name);
    expect(typeof body.ok).toBe("boolean");
    expect(body.summary.length).toBeGreaterThan(3);
    for (const secret of Object.values(team.secrets)) expect(JSON.stringify(body)).not.toContain(secret);
    const tested = await db.auditEntry.findFirstOrThrow({ where: { teamId: team.teamId, action: "credential.tested" } });
    expect(tested).toMatchObject({ actorId: null, serviceTokenId: id, ip: ADDRESS });
  });

  it("refuses without a token (401) and outside the token's scope (403)", async () => {
    const { app, token } = await setup({ environments: ["staging"] });
    await problem(await post(`app=${app.name}`), 401);
    await problem(await post(`app=${app.name}`, bearer(token)), 403);
    await problem(await post("app=nothing-here", bearer(token)), 404);
  });
});
