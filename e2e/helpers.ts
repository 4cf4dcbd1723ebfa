import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";

/** Asserts axe finds no accessibility violations on the page as it is now. */
export async function expectNoAxeViolations(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).analyze();
  const summary = results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`);
  expect(summary).toEqual([]);
}

/** Switches the page to dark mode the way a person would, with the header toggle. */
export async function setTheme(page: Page, theme: "light" | "dark"): Promise<void> {
  const toggle = page.getByRole("button", { name: /theme/i });
  for (let i = 0; i < 3; i++) {
    if ((await toggle.getAttribute("data-theme-preference")) === theme) return;
    await toggle.click();
  }
  await expect(toggle).toHaveAttribute("data-theme-preference", theme);
}

/** A unique, valid sandbox @username (Twitter allows 15 characters of [A-Za-z0-9_]). */
export function uniqueUsername(): string {
  return `e2e_${Date.now().toString(36).slice(-6)}${Math.floor(Math.random() * 1296).toString(36)}`.slice(0, 15);
}

/**
 * Signs in through the sandbox consent screen like a person: the sign-in page, then the
 * look-alike consent screen, then Authorize. The practice account is made here (with a
 * password when given), picked from this browser's list (`existing`), or brought from
 * another browser with its password (`fromOtherBrowser`). `timeout` lengthens each wait: a dev
 * server compiles the consent page, its actions and the callback on first use.
 */
export async function signInWithSandbox(
  page: Page,
  options: { username?: string; name?: string; password?: string; existing?: boolean; fromOtherBrowser?: boolean; from?: string; timeout?: number } = {},
): Promise<string> {
  const username = options.username ?? uniqueUsername();
  if (options.from) await page.goto(options.from);
  else if (!new URL(page.url()).pathname.startsWith("/signin")) await page.goto("/signin");
  await page.getByRole("button", { name: /continue with the twitter sandbox/i }).click();
  await expect(page).toHaveURL(/\/sandbox\/i\/oauth2\/authorize/, { timeout: options.timeout });
  // The URL changes before the consent screen has rendered: wait for it before looking at its forms.
  await expect(page.getByRole("button", { name: "Authorize app" })).toBeVisible({ timeout: options.timeout });
  const account = page.getByRole("radio", { name: new RegExp(`@${username}\\b`) });
  if (options.existing) {
    await account.check();
  } else if (options.fromOtherBrowser) {
    await page.getByText("Use an account from another browser").click();
    const form = page.locator("details", { hasText: "Use an account from another browser" });
    await form.getByLabel("@username").fill(username);
    await form.getByLabel("Password").fill(options.password ?? "");
    await form.getByRole("button", { name: "Use this account here" }).click();
    await expect(account).toBeChecked({ timeout: options.timeout });
  } else {
    const form = page.locator("details", { hasText: "Create a practice account" });
    // With accounts already there, the create form sits in a closed disclosure.
    if (!(await form.getByLabel("Name", { exact: true }).isVisible())) await page.getByText("Create a practice account").click();
    await form.getByLabel("Name", { exact: true }).fill(options.name ?? `Tester ${username}`);
    await form.getByLabel("@username").fill(username);
    if (options.password) await form.getByLabel("Password (optional)").fill(options.password);
    await form.getByRole("button", { name: "Create and select" }).click();
    await expect(account).toBeChecked({ timeout: options.timeout });
  }
  await page.getByRole("button", { name: "Authorize app" }).click();
  await expect(page.getByRole("button", { name: `Account menu for @${username}` })).toBeVisible({ timeout: options.timeout });
  return username;
}

/**
 * Runs `steps` and fails if the page loaded more than once meanwhile: the one load is the
 * first navigation; any other is the page reloading itself (the dev-server loop).
 */
export async function expectNoReloads(page: Page, steps: () => Promise<void>): Promise<void> {
  let loads = 0;
  const count = () => void loads++;
  page.on("load", count);
  try {
    await steps();
  } finally {
    page.off("load", count);
  }
  expect(loads, "page loads while the steps ran").toBe(1);
}

/**
 * Puts a value into the page's localStorage before its scripts run, once: a reload keeps
 * whatever the page wrote since.
 */
export async function seedLocalStorage(page: Page, key: string, value: string): Promise<void> {
  await page.addInitScript(
    ([k, v, flag]) => {
      if (window.sessionStorage.getItem(flag)) return;
      window.sessionStorage.setItem(flag, "1");
      window.localStorage.setItem(k, v);
    },
    [key, value, `seeded:${key}`] as const,
  );
}
