import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { approveAuthorization, checkAuthorizeRequest, denyAuthorization, rawParamsFrom } from "./authorize";
import { ensurePerchSandboxApp } from "./config";
import type { SandboxAppSecrets, SandboxAppView, SandboxUserView } from "./store";
import { authorizeParams, newApp, newUser, pkce } from "@/test/sandbox/fixtures";

let app: SandboxAppView & Omit<SandboxAppSecrets, "clientSecret">;
let user: SandboxUserView;
let registered: string;
beforeAll(async () => {
  app = await newApp();
  registered = app.redirectUris[0] ?? "";
  user = await newUser();
});

/** The redirect a check or decision leads to, parsed; fails the test when there is none. */
function redirectOf(result: Awaited<ReturnType<typeof checkAuthorizeRequest>> | Awaited<ReturnType<typeof approveAuthorization>>): URL {
  if ("location" in result) return new URL(result.location);
  throw new Error(`expected a redirect, got ${JSON.stringify(result)}`);
}

/** An error page that neither redirects nor links anywhere: the client or its callback is not to be trusted. */
function expectErrorPageWithoutLink(result: Awaited<ReturnType<typeof checkAuthorizeRequest>>): void {
  expect(result).toMatchObject({ ok: false, kind: "error" });
  expect(result).not.toHaveProperty("location");
  expect(!result.ok && result.kind === "error" && result.returnTo).toBeFalsy();
}

/** The link an error page offers back to the client (never followed automatically), parsed. */
function returnLinkOf(result: Awaited<ReturnType<typeof checkAuthorizeRequest>>): URL {
  if (!result.ok && result.kind === "error" && result.returnTo) return new URL(result.returnTo.url);
  throw new Error(`expected an error page with a link back, got ${JSON.stringify(result)}`);
}

describe("checkAuthorizeRequest", () => {
  it("accepts a well-formed request and normalises it for the consent form", async () => {
    const raw = authorizeParams(app, pkce().challenge, { code_challenge_method: "s256", scope: "users.read  tweet.read users.read" });
    const result = await checkAuthorizeRequest(raw);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.request.app.id).toBe(app.id);
    expect(result.request.scopes).toEqual(["users.read", "tweet.read"]);
    expect(result.request.params.code_challenge_method).toBe("S256");
  });

  it("shows an error and never redirects for a missing or unknown client_id", async () => {
    for (const client_id of [undefined, "", "unknown-client", ["a", "b"]]) {
      const result = await checkAuthorizeRequest(authorizeParams(app, pkce().challenge, { client_id }));
      expectErrorPageWithoutLink(result);
    }
  });

  it("shows an error and never redirects for a redirect_uri that is not exactly registered", async () => {
    const near = [undefined, `${registered}/`, `${registered}?x=1`, registered.toUpperCase(), registered.replace("https:", "http:"), `${registered}#frag`, "https://evil.example/callback", [registered, registered]];
    for (const redirect_uri of near) {
      const result = await checkAuthorizeRequest(authorizeParams(app, pkce().challenge, { redirect_uri }));
      expectErrorPageWithoutLink(result);
    }
  });

  it("never redirects anywhere but a registered URI (property)", async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.webUrl({ withQueryParameters: true, withFragments: true }), fc.string()), async (redirect_uri) => {
        fc.pre(redirect_uri !== registered);
        const result = await checkAuthorizeRequest(authorizeParams(app, pkce().challenge, { redirect_uri }));
        expectErrorPageWithoutLink(result);
      }),
      { numRuns: 40 },
    );
  });

  it("for an App anyone could register, shows protocol errors on a page and never redirects on its own (no open redirect)", async () => {
    const cases: [Record<string, string | string[] | undefined>, string][] = [
      [{ response_type: "token" }, "unsupported_response_type"],
      [{ response_type: undefined }, "invalid_request"],
      [{ code_challenge: undefined }, "invalid_request"],
      [{ code_challenge_method: "plain" }, "invalid_request"],
      [{ code_challenge_method: undefined }, "invalid_request"],
      [{ code_challenge: "too-short" }, "invalid_request"],
      [{ scope: "users.read launch.missiles" }, "invalid_scope"],
      [{ scope: "" }, "invalid_scope"],
      [{ scope: ["users.read", "tweet.read"] }, "invalid_request"],
    ];
    for (const [overrides, error] of cases) {
      const raw = authorizeParams(app, pkce().challenge, { state: "s-123", ...overrides });
      const result = await checkAuthorizeRequest(raw);
      expect(result).not.toHaveProperty("location");
      const location = returnLinkOf(result);
      expect(`${location.origin}${location.pathname}`).toBe(registered);
      expect(location.searchParams.get("error")).toBe(error);
      expect(location.searchParams.get("state")).toBe("s-123");
      expect(location.searchParams.get("code")).toBeNull();
    }
  });

  it("requires state", async () => {
    const location = returnLinkOf(await checkAuthorizeRequest(authorizeParams(app, pkce().challenge, { state: undefined })));
    expect(location.searchParams.get("error")).toBe("invalid_request");
  });

  it("redirects protocol errors automatically only for Perch's own App, whose callback this deployment controls", async () => {
    const perch = await ensurePerchSandboxApp("http://localhost:3000");
    const raw = authorizeParams(perch, pkce().challenge, { state: "mine", response_type: "token" });
    const location = redirectOf(await checkAuthorizeRequest(raw));
    expect(location.toString()).toMatch(/^http:\/\/localhost:3000\/api\/auth\/callback\/twitter\?/);
    expect(location.searchParams.get("error")).toBe("unsupported_response_type");
  });
});

describe("consent decisions", () => {
  it("Authorize redirects with a code and the client's state", async () => {
    const location = redirectOf(await approveAuthorization({ raw: authorizeParams(app, pkce().challenge, { state: "xyz" }), account: user }));
    expect(`${location.origin}${location.pathname}`).toBe(registered);
    expect(location.searchParams.get("state")).toBe("xyz");
    expect(location.searchParams.get("code")).toMatch(/^[A-Za-z0-9_-]{64}$/);
  });

  it("re-checks the request: a tampered redirect_uri in the form leads nowhere", async () => {
    const result = await approveAuthorization({ raw: authorizeParams(app, pkce().challenge, { redirect_uri: "https://evil.example/cb" }), account: user });
    expect(result.ok).toBe(false);
    expect(result).not.toHaveProperty("location");
  });

  it("Cancel redirects with access_denied and the state, and no code", async () => {
    const location = redirectOf(await denyAuthorization({ raw: authorizeParams(app, pkce().challenge, { state: "st" }) }));
    expect(location.searchParams.get("error")).toBe("access_denied");
    expect(location.searchParams.get("state")).toBe("st");
    expect(location.searchParams.get("code")).toBeNull();
  });

  it("keeps a query the registered redirect URI already has", async () => {
    const withQuery = `https://client.example/cb?tenant=${user.id}`;
    const app2 = await newApp([withQuery]);
    const location = redirectOf(await approveAuthorization({ raw: authorizeParams(app2, pkce().challenge, { state: "q" }), account: user }));
    expect(location.searchParams.get("tenant")).toBe(user.id);
    expect(location.searchParams.get("code")).toBeTruthy();
  });
});

describe("rawParamsFrom", () => {
  it("keeps repeated parameters as arrays so they can be refused", () => {
    const raw = rawParamsFrom(new URLSearchParams("client_id=a&client_id=b&state=s&other=x"));
    expect(raw).toEqual({ client_id: ["a", "b"], state: "s" });
  });
});
