import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { createAuthCode, createSandboxUser, issueTokens, purgeExpired, recordNonce, redeemAuthCode, rotateRefreshToken } from "./store";
import { sha256 } from "@/lib/crypto/hash";
import { newApp, newPerchUser, newUser, pkce, uid } from "@/test/sandbox/fixtures";

describe("redeemAuthCode", () => {
  it("is atomic: of many concurrent redemptions exactly one wins", async () => {
    const app = await newApp();
    const user = await newUser();
    const { challenge } = pkce();
    const now = new Date();
    const code = await createAuthCode({ appId: app.id, userId: user.id, redirectUri: app.redirectUris[0] ?? "", codeChallenge: challenge, scope: "users.read", now });
    const attempts = await Promise.all(
      Array.from({ length: 8 }, () => redeemAuthCode({ appId: app.id, code, redirectUri: app.redirectUris[0] ?? "", verifyChallenge: (c) => c === challenge, now })),
    );
    expect(attempts.filter((a) => a.ok)).toHaveLength(1);
    expect(attempts.filter((a) => !a.ok).every((a) => !a.ok && a.reason === "used")).toBe(true);
  });

  it("expires exactly 30 s after issue", async () => {
    const app = await newApp();
    const user = await newUser();
    const issued = new Date("2030-01-01T00:00:00Z");
    const redirectUri = app.redirectUris[0] ?? "";
    const make = () => createAuthCode({ appId: app.id, userId: user.id, redirectUri, codeChallenge: "c", scope: "users.read", now: issued });
    const at = (ms: number) => new Date(issued.getTime() + ms);
    expect(await redeemAuthCode({ appId: app.id, code: await make(), redirectUri, verifyChallenge: () => true, now: at(29_999) })).toMatchObject({ ok: true });
    expect(await redeemAuthCode({ appId: app.id, code: await make(), redirectUri, verifyChallenge: () => true, now: at(30_000) })).toEqual({ ok: false, reason: "expired" });
  });
});

describe("rotateRefreshToken", () => {
  it("is atomic: a refresh token raced twice yields one new pair", async () => {
    const app = await newApp();
    const user = await newUser();
    const now = new Date();
    const { refresh_token } = await issueTokens({ appId: app.id, userId: user.id, scope: "users.read offline.access", familyId: `f-${uid()}`, now });
    const attempts = await Promise.all(Array.from({ length: 6 }, () => rotateRefreshToken({ appId: app.id, refreshToken: refresh_token ?? "", now })));
    expect(attempts.filter((a) => a.ok)).toHaveLength(1);
  });
});

describe("recordNonce", () => {
  it("accepts a nonce once per consumer key, even when raced", async () => {
    const consumerKey = `ck-${uid()}`;
    const now = new Date();
    const timestamp = Math.floor(now.getTime() / 1000);
    const results = await Promise.all(Array.from({ length: 5 }, () => recordNonce({ consumerKey, nonce: "n", timestamp, now })));
    expect(results.filter(Boolean)).toHaveLength(1);
    // Another consumer key may use the same nonce.
    expect(await recordNonce({ consumerKey: `${consumerKey}-2`, nonce: "n", timestamp, now })).toBe(true);
  });

  it("is forgotten by the purge once far outside the timestamp window", async () => {
    const consumerKey = `ck-${uid()}`;
    const then = new Date("2030-01-01T00:00:00Z");
    const timestamp = Math.floor(then.getTime() / 1000);
    expect(await recordNonce({ consumerKey, nonce: "old", timestamp, now: then })).toBe(true);
    await purgeExpired(new Date(then.getTime() + 3600_000));
    expect(await db.sandboxNonce.count({ where: { consumerKey, nonce: "old" } })).toBe(0);
  });
});

describe("createSandboxUser", () => {
  it("refuses a @username that is taken", async () => {
    const username = `u${uid(6)}`;
    expect(await createSandboxUser({ name: "One", username, keyHash: uid(16), passwordHash: null })).toMatchObject({ ok: true });
    expect(await createSandboxUser({ name: "Two", username, keyHash: uid(16), passwordHash: null })).toEqual({ ok: false, reason: "taken" });
  });

  it("gives Twitter-like numeric ids", async () => {
    const user = await newUser();
    expect(user.id).toMatch(/^1\d{18}$/);
  });
});

describe("purgeExpired", () => {
  it("deletes codes, tokens and sessions past their use, and keeps live ones", async () => {
    const app = await newApp();
    const user = await newUser();
    const now = new Date();
    const longAgo = new Date(now.getTime() - 3 * 24 * 3600_000);
    const staleCode = await createAuthCode({ appId: app.id, userId: user.id, redirectUri: app.redirectUris[0]!, codeChallenge: "c", scope: "users.read", now: longAgo });
    const liveCode = await createAuthCode({ appId: app.id, userId: user.id, redirectUri: app.redirectUris[0]!, codeChallenge: "c", scope: "users.read", now });
    const stale = await issueTokens({ appId: app.id, userId: user.id, scope: "users.read", familyId: `f-${uid()}`, now: longAgo });
    const live = await issueTokens({ appId: app.id, userId: user.id, scope: "users.read", familyId: `f-${uid()}`, now });
    const perchUser = await newPerchUser();
    await db.session.createMany({
      data: [
        { tokenHash: `expired-${uid()}`, userId: perchUser.id, expires: longAgo },
        { tokenHash: `live-${uid()}`, userId: perchUser.id, expires: new Date(now.getTime() + 3600_000) },
      ],
    });

    const counts = await purgeExpired(now);
    expect(counts.codes).toBeGreaterThanOrEqual(1);
    expect(counts.tokens).toBeGreaterThanOrEqual(1);
    expect(counts.sessions).toBeGreaterThanOrEqual(1);
    expect(await db.sandboxAuthCode.findUnique({ where: { codeHash: sha256(staleCode) } })).toBeNull();
    expect(await db.sandboxAuthCode.findUnique({ where: { codeHash: sha256(liveCode) } })).not.toBeNull();
    expect(await db.sandboxToken.findUnique({ where: { tokenHash: sha256(stale.access_token) } })).toBeNull();
    expect(await db.sandboxToken.findUnique({ where: { tokenHash: sha256(live.access_token) } })).not.toBeNull();
    expect((await db.session.findMany({ where: { userId: perchUser.id } })).map((s) => s.tokenHash)).toEqual([expect.stringMatching(/^live-/) as string]);
  });
});
