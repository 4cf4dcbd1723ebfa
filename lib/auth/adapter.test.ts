import { randomBytes } from "node:crypto";
import type { AdapterAccount, AdapterUser } from "next-auth/adapters";
import { describe, expect, it } from "vitest";
import { openForApp } from "@/lib/crypto/app-seal";
import { sha256 } from "@/lib/crypto/hash";
import { db } from "@/lib/db/client";
import { accountTokenContext, perchAdapter } from "./adapter";

const adapter = perchAdapter({ userAgent: "Mozilla/5.0 (X11; Linux x86_64) Chrome/156.0" });
const uid = () => randomBytes(6).toString("hex");

async function newUser() {
  const twitterId = String(Date.now()) + uid().replace(/\D/g, "");
  const profile = { twitterId, name: "Ada", username: `ada_${uid().slice(0, 6)}`, image: "https://img.example/a.png", email: null, emailVerified: null };
  const user = await adapter.createUser(profile as unknown as Omit<AdapterUser, "id">);
  return { user, twitterId };
}

describe("perchAdapter", () => {
  it("keys users by Twitter id and needs no e-mail", async () => {
    const { user, twitterId } = await newUser();
    const row = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(row.twitterId).toBe(twitterId);
    expect(await adapter.getUserByEmail("anyone@example.com")).toBeNull();
  });

  it("stores OAuth tokens sealed, never in plaintext, bound to their account", async () => {
    const { user, twitterId } = await newUser();
    const accessToken = `at-${uid()}-plaintext`;
    const refreshToken = `rt-${uid()}-plaintext`;
    const account: AdapterAccount = { userId: user.id, type: "oauth", provider: "twitter", providerAccountId: twitterId, access_token: accessToken, refresh_token: refreshToken, token_type: "bearer", scope: "users.read" };
    await adapter.linkAccount(account);
    const row = await db.account.findFirstOrThrow({ where: { providerAccountId: twitterId } });
    expect(row.accessToken).not.toContain(accessToken);
    expect(row.refreshToken).not.toContain(refreshToken);
    expect(openForApp(row.accessToken!, accountTokenContext("twitter", twitterId, "access_token"))).toBe(accessToken);
    // A sealed token moved to another field or account does not open.
    expect(() => openForApp(row.accessToken!, accountTokenContext("twitter", twitterId, "refresh_token"))).toThrow();
    expect(() => openForApp(row.accessToken!, accountTokenContext("twitter", "999", "access_token"))).toThrow();
    expect((await adapter.getUserByAccount({ provider: "twitter", providerAccountId: twitterId }))?.id).toBe(user.id);
  });

  it("stores only a hash of the session token, with the browser's user agent", async () => {
    const { user } = await newUser();
    const sessionToken = `st-${uid()}`;
    await adapter.createSession({ sessionToken, userId: user.id, expires: new Date(Date.now() + 3_600_000) });
    const row = await db.session.findUniqueOrThrow({ where: { tokenHash: sha256(sessionToken) } });
    expect(JSON.stringify(row)).not.toContain(sessionToken);
    expect(row.userAgent).toContain("Chrome");
    const found = await adapter.getSessionAndUser(sessionToken);
    expect(found?.user.id).toBe(user.id);
    expect(await adapter.getSessionAndUser(`${sessionToken}x`)).toBeNull();
    await adapter.deleteSession(sessionToken);
    expect(await adapter.getSessionAndUser(sessionToken)).toBeNull();
  });
});
