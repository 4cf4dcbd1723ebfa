import { signInWithSandbox } from "./helpers";
import { expect, test } from "./fixtures";

// Security headers and cookies as `next start` (production mode) sends them, on the pages,
// routes and files a browser gets: content sniffing off, referrer trimmed, framing refused,
// HSTS when the proxy says the request was HTTPS (never on plain HTTP), nothing secret or
// per-person cacheable, and cookies HttpOnly and SameSite. A Content-Security-Policy may be
// present (another change adds one); if it is, it must refuse framing too.

const PAGES = ["/", "/guides", "/signin", "/sandbox", "/about/access", "/api/health", "/api/deployment"];

function expectFrameProtection(headers: Record<string, string>, url: string): void {
  const xfo = headers["x-frame-options"]?.toUpperCase();
  const csp = headers["content-security-policy"] ?? "";
  expect(xfo === "DENY" || xfo === "SAMEORIGIN" || /frame-ancestors\s+('none'|'self')/.test(csp), `${url}: no frame protection`).toBe(true);
  if (csp && /frame-ancestors/.test(csp)) expect(csp, url).toMatch(/frame-ancestors\s+('none'|'self')/);
}

test("every page and route sends the security headers; HSTS only over HTTPS", async ({ request }) => {
  for (const url of PAGES) {
    const res = await request.get(url);
    expect(res.status(), url).toBeLessThan(400);
    const h = res.headers();
    expect(h["x-content-type-options"], url).toBe("nosniff");
    expect(h["referrer-policy"], url).toMatch(/^(strict-origin-when-cross-origin|strict-origin|same-origin|no-referrer)$/);
    expectFrameProtection(h, url);
    expect(h["x-powered-by"], url).toBeUndefined();
    // Plain HTTP: a browser would ignore HSTS, and sending it would be wrong behind no TLS.
    expect(h["strict-transport-security"], url).toBeUndefined();

    const https = await request.get(url, { headers: { "x-forwarded-proto": "https" } });
    const hsts = https.headers()["strict-transport-security"] ?? "";
    expect(hsts, `${url} over HTTPS`).toMatch(/max-age=(\d+)/);
    expect(Number(/max-age=(\d+)/.exec(hsts)?.[1])).toBeGreaterThanOrEqual(31_536_000);
  }
});

test("refusals and errors from routes are problem JSON and never cached", async ({ request, baseURL }) => {
  const origin = new URL(baseURL!).origin;
  for (const path of ["/api/teams/t1/apps/a1/reveal", "/api/teams/t1/apps/a1/export"]) {
    const res = await request.post(path, { data: { field: "apiKey", purpose: "reveal" }, headers: { origin } });
    expect(res.status(), path).toBe(401);
    expect(res.headers()["content-type"]).toContain("application/problem+json");
    expect(res.headers()["cache-control"]).toContain("no-store");
  }
  const bad = await request.post("/api/policy-check", { data: "not json", headers: { "content-type": "application/json" } });
  expect(bad.status()).toBe(400);
  expect(bad.headers()["cache-control"]).toContain("no-store");
});

test("session and sign-in cookies are HttpOnly and SameSite; signed-in pages are not cacheable by others", async ({ page, context }) => {
  await signInWithSandbox(page);
  const cookies = await context.cookies();
  const session = cookies.find((c) => /next-auth\.session-token$/.test(c.name));
  expect(session, cookies.map((c) => c.name).join(", ")).toBeDefined();
  for (const c of cookies.filter((c) => /session-token|csrf-token|callback-url|perch/i.test(c.name) && !/theme/i.test(c.name))) {
    expect(c.httpOnly, `${c.name} HttpOnly`).toBe(true);
    expect(["Lax", "Strict"], `${c.name} SameSite`).toContain(c.sameSite);
    // Plain HTTP here (NEXTAUTH_URL is http://): Secure would stop the browser sending them; over HTTPS next-auth sets Secure and the __Secure- prefix.
  }
  expect(session!.expires).toBeGreaterThan(Date.now() / 1000);

  const vault = await page.goto("/vault");
  const cacheControl = vault!.headers()["cache-control"] ?? "";
  expect(cacheControl, "a signed-in page must not be stored by shared caches").toMatch(/private|no-store|no-cache/);
  expect(cacheControl).not.toMatch(/\bpublic\b|s-maxage/);
});
