import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { signInWithSandbox } from "./helpers";

// Issue 15 (low): a Content-Security-Policy on every page (lib/http/csp.ts, proxy.ts), checked
// against `next start`: each page still hydrates and the browser reports no violation.

/** Records every CSP violation the page reports, from before its first script runs. */
async function watchViolations(page: Page): Promise<string[]> {
  const seen: string[] = [];
  page.on("console", (m) => {
    if (/Content Security Policy/i.test(m.text())) seen.push(m.text());
  });
  await page.exposeFunction("__perchCspViolation", (text: string) => seen.push(text));
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (e) => {
      (window as unknown as { __perchCspViolation: (t: string) => void }).__perchCspViolation(`${e.violatedDirective} blocked ${e.blockedURI || "inline"}`);
    });
  });
  return seen;
}

/** True once React has hydrated the page: its root element carries React's fiber. */
async function expectHydrated(page: Page) {
  await expect.poll(() => page.evaluate(() => Object.keys(document.querySelector("main") ?? document.body).some((k) => k.startsWith("__react")))).toBe(true);
}

function policyOf(header: string | undefined): Record<string, string[] | undefined> {
  const out: Record<string, string[] | undefined> = {};
  for (const directive of (header ?? "").split(";")) {
    const [name, ...values] = directive.trim().split(/\s+/);
    if (name) out[name] = values;
  }
  return out;
}

for (const path of ["/", "/guides", "/guides/create-app-and-keys", "/signin", "/drafts", "/sandbox"]) {
  test(`${path} hydrates under its Content-Security-Policy with no violation`, async ({ page }) => {
    const violations = await watchViolations(page);
    const response = await page.goto(path);
    expect(response?.status()).toBeLessThan(400);
    const policy = policyOf(response?.headers()["content-security-policy"]);
    expect(policy["frame-ancestors"]).toEqual(["'none'"]);
    expect(policy["object-src"]).toEqual(["'none'"]);
    expect(policy["script-src"]).not.toContain("'unsafe-inline'");
    expect(policy["script-src"]).not.toContain("'unsafe-eval'");
    await expectHydrated(page);
    // A client-side interaction works: the theme toggle (rendered on every page) answers.
    const toggle = page.getByRole("button", { name: /theme/i });
    const before = await toggle.getAttribute("data-theme-preference");
    await toggle.click();
    await expect(toggle).not.toHaveAttribute("data-theme-preference", before ?? "");
    expect(violations).toEqual([]);
  });
}

test("a page rendered per request gets a fresh nonce each time; a prerendered guide gets hashes and no nonce", async ({ request }) => {
  const nonceOf = async (path: string) => policyOf((await request.get(path)).headers()["content-security-policy"])["script-src"]?.find((v) => v.startsWith("'nonce-"));
  const first = await nonceOf("/signin");
  const second = await nonceOf("/signin");
  expect(first).toBeTruthy();
  expect(first).not.toBe(second);
  const guide = policyOf((await request.get("/guides/create-app-and-keys")).headers()["content-security-policy"])["script-src"] ?? [];
  expect(guide.some((v) => v.startsWith("'nonce-"))).toBe(false);
  expect(guide.filter((v) => v.startsWith("'sha256-")).length).toBeGreaterThan(1);
  expect(guide).not.toContain("'strict-dynamic'");
});

test("a signed-in page (the vault) hydrates with no violation", async ({ page }) => {
  const violations = await watchViolations(page);
  await signInWithSandbox(page, { from: "/signin?callbackUrl=/vault" });
  await expect(page).toHaveURL(/\/vault/);
  await expectHydrated(page);
  // A form that validates in the browser (zod runs there too).
  await page.goto("/vault/credentials/new");
  await expectHydrated(page);
  expect(violations).toEqual([]);
});
