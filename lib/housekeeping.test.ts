import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { createDb, db } from "@/lib/db/client";
import { acquireLease } from "@/lib/db/lease";
import { generateUserId } from "@/lib/sandbox/credentials";
import { PRACTICE_ACCOUNT_RETENTION_MS, purgeUnusedPracticeAccounts } from "@/lib/sandbox/purge";
import { testTarget } from "@/test/fresh-db";
import { newApp, uid } from "@/test/sandbox/fixtures";
import { HOUSEKEEPING_LEASE, runHousekeeping } from "./housekeeping";

const lease = () => `test-${randomBytes(6).toString("hex")}`;

describe("a job lease", () => {
  it("is held by one instance at a time, even when several ask at once on their own clients", async () => {
    const clients = [db, createDb(testTarget()), createDb(testTarget())];
    try {
      const name = lease();
      const now = Date.now();
      const got = await Promise.all(clients.flatMap((c, i) => [0, 1, 2].map((j) => acquireLease(c, { name, holder: `instance-${i}-${j}`, ms: 60_000, now }))));
      expect(got.filter(Boolean)).toHaveLength(1);
    } finally {
      await Promise.all(clients.slice(1).map((c) => c.$disconnect()));
    }
  });

  it("is renewed by its holder, and taken over by another only once it has expired", async () => {
    const name = lease();
    const t0 = 1_000_000;
    expect(await acquireLease(db, { name, holder: "a", ms: 1000, now: t0 })).toBe(true);
    expect(await acquireLease(db, { name, holder: "b", ms: 1000, now: t0 + 999 })).toBe(false);
    expect(await acquireLease(db, { name, holder: "a", ms: 1000, now: t0 + 500 })).toBe(true);
    expect(await acquireLease(db, { name, holder: "b", ms: 1000, now: t0 + 1400 })).toBe(false);
    expect(await acquireLease(db, { name, holder: "b", ms: 1000, now: t0 + 1500 })).toBe(true);
    expect(await acquireLease(db, { name, holder: "a", ms: 1000, now: t0 + 1600 })).toBe(false);
  });
});

describe("housekeeping", () => {
  it("runs on one instance at a time: a second instance's tick within the lease does nothing", async () => {
    await db.jobLease.deleteMany({ where: { name: HOUSEKEEPING_LEASE } });
    const first = await runHousekeeping({ holder: `one-${uid()}` });
    expect(first).not.toBeNull();
    expect(Object.keys(first!).sort()).toEqual(["codes", "nonces", "practiceAccounts", "rateWindows", "sessions", "tokens"]);
    expect(await runHousekeeping({ holder: `two-${uid()}` })).toBeNull();
    await db.jobLease.deleteMany({ where: { name: HOUSEKEEPING_LEASE } });
  });

  it("purges practice accounts nobody uses, and keeps those signed in with, holding tokens, or new", async () => {
    const old = new Date(Date.now() - PRACTICE_ACCOUNT_RETENTION_MS - 3600_000);
    const make = (createdAt: Date) => db.sandboxUser.create({ data: { id: generateUserId(), name: "Practice", username: `h${uid(7)}`, createdAt, keys: { create: { keyHash: uid(16) } } } });
    const unused = await make(old);
    const withDeadToken = await make(old);
    const recent = await make(new Date());
    const signedIn = await make(old);
    const withOAuth1 = await make(old);
    const withRefresh = await make(old);
    const app = await newApp();
    await db.user.create({ data: { twitterId: signedIn.id, name: "Signed in", username: `s${uid(6)}` } });
    await db.sandboxUserToken.create({ data: { token: `t-${uid()}`, secretSealed: "x", appId: app.id, userId: withOAuth1.id } });
    await db.sandboxToken.create({ data: { tokenHash: uid(16), kind: "refresh", appId: app.id, userId: withRefresh.id, scope: "users.read" } });
    await db.sandboxToken.create({ data: { tokenHash: uid(16), kind: "access", appId: app.id, userId: withDeadToken.id, scope: "users.read", expiresAt: new Date(Date.now() - 60_000) } });

    expect(await purgeUnusedPracticeAccounts()).toBeGreaterThanOrEqual(2);
    const left = new Set((await db.sandboxUser.findMany({ where: { id: { in: [unused, withDeadToken, recent, signedIn, withOAuth1, withRefresh].map((u) => u.id) } }, select: { id: true } })).map((u) => u.id));
    expect(left.has(unused.id)).toBe(false);
    expect(left.has(withDeadToken.id)).toBe(false);
    expect([recent, signedIn, withOAuth1, withRefresh].every((u) => left.has(u.id))).toBe(true);
    expect(await db.sandboxAccountKey.count({ where: { userId: unused.id } })).toBe(0);
  });
});
