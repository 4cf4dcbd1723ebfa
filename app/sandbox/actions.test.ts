import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { ACCESS } from "@/lib/guard/access";
import { decideAuthorization } from "@/app/sandbox/i/oauth2/authorize/actions";
import { createSandboxUser, findAppByBearerToken, findOwnedSandboxApps, SANDBOX_LIMITS } from "@/lib/sandbox/store";
import { Browser } from "@/test/browser";
import { authorizeParams, newApp, newPerchUser, pkce, uid } from "@/test/sandbox/fixtures";
import { addAccount, createAccount, createApp, deleteApp, generateAccessToken, regenerateCredential } from "./actions";

// The sandbox on a shared deployment: nothing lets one visitor act as another.

const appForm = (name = `App ${uid(3)}`) => ({ name, clientType: "confidential" as const, callbackUrls: "https://client.example/cb" });
const accountForm = (extra: Record<string, string> = {}) => ({ name: "Practice", username: `p${uid(6)}`, ...extra });

async function signedIn(): Promise<{ browser: Browser; user: { id: string } }> {
  const browser = new Browser();
  const user = await newPerchUser();
  await browser.signInAs(user);
  return { browser, user };
}

describe("sandbox apps belong to the person who made them", () => {
  it("anonymous visitors cannot create apps", async () => {
    const result = await new Browser().call(() => createApp(appForm()));
    expect(result).toMatchObject({ ok: false, code: "UNAUTHENTICATED" });
  });

  it("another person can neither regenerate nor delete your app, and learns no secret trying", async () => {
    const alice = await signedIn();
    const bob = await signedIn();
    const created = await alice.browser.call(() => createApp(appForm()));
    if (!created.ok) throw new Error(created.message);
    const [app] = await findOwnedSandboxApps({ ownerId: alice.user.id });
    const bearer = created.data.secrets.find((s) => s.label === "Bearer Token")!.value;

    for (const which of ["client-secret", "api-key", "bearer-token"] as const) {
      const attempt = await bob.browser.call(() => regenerateCredential({ appId: app!.id, which }));
      expect(attempt).toMatchObject({ ok: false, code: "NOT_FOUND" });
      expect(JSON.stringify(attempt)).not.toMatch(/secret|token".*value/i);
    }
    expect(await bob.browser.call(() => deleteApp({ appId: app!.id }))).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(await findOwnedSandboxApps({ ownerId: bob.user.id })).toEqual([]);
    // Alice's app and its bearer token are untouched.
    expect((await findAppByBearerToken(bearer))?.id).toBe(app!.id);
    expect(await alice.browser.call(() => deleteApp({ appId: app!.id }))).toMatchObject({ ok: true });
  });

  it(`caps each person at ${SANDBOX_LIMITS.appsPerOwner} apps`, async () => {
    const { browser } = await signedIn();
    for (let i = 0; i < SANDBOX_LIMITS.appsPerOwner; i++) {
      expect(await browser.call(() => createApp(appForm()))).toMatchObject({ ok: true });
    }
    expect(await browser.call(() => createApp(appForm()))).toMatchObject({ ok: false, code: "LIMIT_REACHED" });
  });

  it("an Access Token can act only for a practice account this browser holds", async () => {
    const alice = await signedIn();
    const app = await newApp(undefined, { ownerId: alice.user.id });
    const stranger = new Browser();
    const theirs = await stranger.call(() => createAccount(accountForm()));
    if (!theirs.ok) throw new Error(theirs.message);
    expect(await alice.browser.call(() => generateAccessToken({ appId: app.id, userId: theirs.data.id }))).toMatchObject({ ok: false, code: "FORBIDDEN" });
    const mine = await alice.browser.call(() => createAccount(accountForm()));
    if (!mine.ok) throw new Error(mine.message);
    const issued = await alice.browser.call(() => generateAccessToken({ appId: app.id, userId: mine.data.id }));
    expect(issued).toMatchObject({ ok: true });
  });
});

describe("practice accounts belong to the browser that made them", () => {
  it("another browser cannot sign in as your practice account on the consent screen", async () => {
    const app = await newApp();
    const yours = new Browser();
    const created = await yours.call(() => createAccount(accountForm()));
    if (!created.ok) throw new Error(created.message);
    const decide = (browser: Browser) => browser.call(() => decideAuthorization({ ...authorizeParams(app, pkce().challenge), decision: "authorize", userId: created.data.id }));

    const attacker = await decide(new Browser());
    expect(attacker).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(JSON.stringify(attacker)).not.toContain("code=");
    // The browser that made it signs in with one click.
    const mine = await decide(yours);
    expect(mine.ok && new URL(mine.data.location).searchParams.get("code")).toBeTruthy();
  });

  it("with a password, it can be used from another browser too; a wrong password or none gets nothing", async () => {
    const app = await newApp();
    const username = `p${uid(6)}`;
    const laptop = new Browser();
    const created = await laptop.call(() => createAccount(accountForm({ username, password: "a long practice password" })));
    if (!created.ok) throw new Error(created.message);
    const phone = new Browser();
    expect(await phone.call(() => addAccount({ username, password: "a wrong practice password" }))).toMatchObject({ ok: false, code: "BAD_INPUT" });
    expect(await phone.call(() => addAccount({ username, password: "a long practice password" }))).toMatchObject({ ok: true, data: { id: created.data.id } });
    const decided = await phone.call(() => decideAuthorization({ ...authorizeParams(app, pkce().challenge), decision: "authorize", userId: created.data.id }));
    expect(decided.ok).toBe(true);
    // The laptop keeps its own key.
    expect((await laptop.call(() => decideAuthorization({ ...authorizeParams(app, pkce().challenge), decision: "authorize", userId: created.data.id }))).ok).toBe(true);

    const noPassword = await laptop.call(() => createAccount(accountForm()));
    if (!noPassword.ok) throw new Error(noPassword.message);
    const usernameWithout = (await db.sandboxUser.findUniqueOrThrow({ where: { id: noPassword.data.id } })).username;
    expect(await new Browser().call(() => addAccount({ username: usernameWithout, password: "anything at all here" }))).toMatchObject({ ok: false, code: "BAD_INPUT" });
  });

  it("refuses a @username that looks like an existing one (case, 0/o, 1/l), naming it", async () => {
    const base = `q${uid(6).replace(/[01ilo5s]/g, "x")}`;
    const created = await new Browser().call(() => createAccount(accountForm({ username: `${base}lo` })));
    if (!created.ok) throw new Error(created.message);
    for (const lookAlike of [`${base.toUpperCase()}LO`, `${base}10`, `${base}IO`]) {
      const result = await new Browser().call(() => createAccount(accountForm({ username: lookAlike })));
      expect(result).toMatchObject({ ok: false, code: "BAD_INPUT", fieldErrors: { username: [expect.stringContaining(`@${base}lo`) as unknown] } });
    }
    expect((await new Browser().call(() => createAccount(accountForm({ username: `${base}lx` })))).ok).toBe(true);
  });

  it("never stores a practice account's key or password in the clear", async () => {
    const browser = new Browser();
    const created = await browser.call(() => createAccount(accountForm({ password: "a long practice password" })));
    if (!created.ok) throw new Error(created.message);
    const key = browser.jar.get("perch_sandbox_accounts")!.split(".")[1]!;
    const rows = JSON.stringify([await db.sandboxUser.findUniqueOrThrow({ where: { id: created.data.id } }), await db.sandboxAccountKey.findMany({ where: { userId: created.data.id } })]);
    expect(rows).not.toContain(key);
    expect(rows).not.toContain("a long practice password");
  });

  it("rate-limits anonymous account creation per address", async () => {
    const { max } = ACCESS["sandbox.createAccount"].rate;
    const browser = new Browser();
    const results = [];
    for (let i = 0; i <= max; i++) results.push(await browser.call(() => createAccount(accountForm())));
    expect(results.slice(0, max).every((r) => r.ok)).toBe(true);
    expect(results[max]).toMatchObject({ ok: false, code: "RATE_LIMITED" });
    expect(!results[max]!.ok && results[max]!.retryAfter).toBeGreaterThan(0);
    // Another visitor is not affected.
    expect(await new Browser().call(() => createAccount(accountForm()))).toMatchObject({ ok: true });
  });

  it("caps the number of practice accounts in the whole sandbox", async () => {
    const count = await db.sandboxUser.count();
    expect(await createSandboxUser({ name: "One too many", username: `p${uid(6)}`, keyHash: uid(16), passwordHash: null }, { limit: count })).toEqual({ ok: false, reason: "full" });
  });
});

describe("the guard itself", () => {
  it("refuses cross-site calls and Origin: null", async () => {
    const { browser } = await signedIn();
    expect(await browser.call(() => createApp(appForm()), { origin: "https://evil.example" })).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(await browser.call(() => createApp(appForm()), { origin: "null" })).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(await browser.call(() => createApp(appForm()), { "sec-fetch-site": "cross-site" })).toMatchObject({ ok: false, code: "FORBIDDEN" });
  });

  it("re-reads the session on every call: a session ended elsewhere is refused at once", async () => {
    const { browser, user } = await signedIn();
    expect(await browser.call(() => createApp(appForm()))).toMatchObject({ ok: true });
    await db.session.deleteMany({ where: { userId: user.id } });
    expect(await browser.call(() => createApp(appForm()))).toMatchObject({ ok: false, code: "UNAUTHENTICATED" });
  });

  it("returns each field's problem for bad input, and a message", async () => {
    const { browser } = await signedIn();
    const result = await browser.call(() => createApp({ name: "", clientType: "confidential", callbackUrls: "ftp://nope" }));
    expect(result).toMatchObject({ ok: false, code: "BAD_INPUT" });
    expect(!result.ok && result.fieldErrors?.name?.[0]).toBeTruthy();
    expect(!result.ok && result.fieldErrors?.callbackUrls?.[0]).toMatch(/X does not allow ftp: callback URLs/);
  });

  it("reports a taken @username on its field", async () => {
    const browser = new Browser();
    const first = await browser.call(() => createAccount(accountForm()));
    if (!first.ok) throw new Error(first.message);
    const username = (await db.sandboxUser.findUniqueOrThrow({ where: { id: first.data.id } })).username;
    const again = await new Browser().call(() => createAccount(accountForm({ username })));
    expect(!again.ok && again.fieldErrors?.username?.[0]).toContain("taken");
  });
});
