import { NextRequest } from "next/server";
import { describe, expect, it, vi } from "vitest";
import { perchAdapter } from "@/lib/auth/adapter";
import { authOptions, SIGN_IN_SCOPES } from "@/lib/auth/options";
import { db } from "@/lib/db/client";
import { Browser } from "@/test/browser";
import { newPerchUser } from "@/test/sandbox/fixtures";
import { GET } from "./route";

// next-auth itself reads the request through Next's request store, which exists only in a
// running Next server (the e2e tests sign in for real). Here it stands in as a callback that
// fails, as next-auth does, with a redirect to its own error page.
// `succeed` makes it complete a sign-in instead: a redirect home that sets a new session cookie.
type SeenOptions = { adapter?: { getSessionAndUser?: (token: string) => Promise<unknown> } };
const nextAuth = vi.hoisted(() => ({ calls: 0, succeed: false, options: null as SeenOptions | null }));
vi.mock("next-auth", () => ({
  default: (_req: unknown, _ctx: unknown, options: SeenOptions) => {
    nextAuth.calls += 1;
    nextAuth.options = options;
    if (nextAuth.succeed) {
      const headers = new Headers({ location: "http://localhost:3000/" });
      headers.append("set-cookie", "next-auth.session-token=brand-new-session-token; Path=/; HttpOnly; SameSite=Lax");
      return Promise.resolve(new Response(null, { status: 302, headers }));
    }
    return Promise.resolve(new Response(null, { status: 302, headers: { location: "http://localhost:3000/api/auth/error?error=OAuthCallback" } }));
  },
}));

/** Calls the auth route as `browser` would, with extra (possibly forged) headers. */
function get(browser: Browser, pathAndQuery: string, headers: Record<string, string> = {}) {
  const nextauth = pathAndQuery.split("?")[0]!.replace("/api/auth/", "").split("/");
  const request = new NextRequest(`http://localhost:3000${pathAndQuery}`, { headers: { host: "localhost:3000", ...headers } });
  return browser.call(() => GET(request, { params: Promise.resolve({ nextauth } as unknown as Record<string, string>) }), headers);
}

describe("the auth route", () => {
  it("sends error redirects to a relative location, whatever Host or X-Forwarded-Proto say", async () => {
    const forged = { host: "evil.example", "x-forwarded-host": "evil.example", "x-forwarded-proto": "https" };
    for (const [query, code] of [
      ["error=access_denied&state=s", "AccessDenied"],
      ["code=c", "State"],
    ]) {
      const res = await get(new Browser(), `/api/auth/callback/twitter?${query}`, forged);
      expect(res.status).toBe(302);
      expect(res.headers.get("location")).toBe(`/signin/error?error=${code}`);
    }
  });

  it("replaces a javascript: or data: callbackUrl with a safe one instead of failing", async () => {
    for (const attack of ["javascript:alert(1)", "data:text/html,hi", "https://evil.example/"]) {
      const res = await get(new Browser(), `/api/auth/signin?callbackUrl=${encodeURIComponent(attack)}`);
      expect(res.status).toBe(302);
      expect(res.headers.get("location")).toBe("/api/auth/signin?callbackUrl=%2F");
    }
  });

  it("a callback that fails (replayed, stale, forged) leaves the browser's session alone; next-auth never sees it", async () => {
    const browser = new Browser();
    const user = await newPerchUser();
    const token = await browser.signInAs(user);
    expect(await db.session.count({ where: { userId: user.id } })).toBe(1);
    const before = nextAuth.calls;
    nextAuth.succeed = false;
    const res = await get(browser, "/api/auth/callback/twitter?code=forged&state=forged");
    expect(nextAuth.calls).toBe(before + 1);
    // next-auth's own error page is replaced by Perch's, at a relative location.
    expect(res.headers.get("location")).toBe("/signin/error?error=Default");
    expect(await db.session.count({ where: { userId: user.id } })).toBe(1);
    // In the callback, the adapter does not find the current session: nothing links to it.
    expect(await nextAuth.options?.adapter?.getSessionAndUser?.(token)).toBeNull();
  });

  it("a callback that completes a sign-in ends the session the browser had before", async () => {
    const browser = new Browser();
    const user = await newPerchUser();
    await browser.signInAs(user);
    nextAuth.succeed = true;
    try {
      const res = await get(browser, "/api/auth/callback/twitter?code=good&state=good");
      expect(res.headers.get("location")).toBe("http://localhost:3000/");
    } finally {
      nextAuth.succeed = false;
    }
    expect(await db.session.count({ where: { userId: user.id } })).toBe(0);
  });

  it("outside a callback, next-auth sees the session as usual", async () => {
    const browser = new Browser();
    const user = await newPerchUser();
    const token = await browser.signInAs(user);
    await get(browser, "/api/auth/session");
    expect(await nextAuth.options?.adapter?.getSessionAndUser?.(token)).toMatchObject({ user: { id: user.id } });
  });

  it("keeps one Twitter account per Perch user, in the database itself", async () => {
    const adapter = perchAdapter({ userAgent: null });
    const user = await newPerchUser();
    const account = (id: string) => ({ userId: user.id, type: "oauth" as const, provider: "twitter", providerAccountId: id });
    await adapter.linkAccount(account(`${Date.now()}1`));
    await expect(adapter.linkAccount(account(`${Date.now()}2`))).rejects.toThrow();
  });

  it("asks Twitter only for what reading the profile needs", () => {
    expect(SIGN_IN_SCOPES).toEqual(["users.read", "tweet.read"]);
    // What Perch passes to next-auth's Twitter provider (which otherwise adds offline.access);
    // e2e/auth.spec.ts checks the scope on the real authorize URL.
    const provider = authOptions({ userAgent: null, origin: "http://localhost:3000" }).providers[0] as unknown as { options: { authorization: { params: { scope: string } } } };
    expect(provider.options.authorization.params.scope).toBe("users.read tweet.read");
  });
});
