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
 * look-alike consent screen (create or pick a practice account), then Authorize.
 */
export async function signInWithSandbox(page: Page, options: { username?: string; name?: string; existing?: boolean; from?: string } = {}): Promise<string> {
  const username = options.username ?? uniqueUsername();
  if (options.from) await page.goto(options.from);
  else if (!new URL(page.url()).pathname.startsWith("/signin")) await page.goto("/signin");
  await page.getByRole("button", { name: /continue with the twitter sandbox/i }).click();
  await expect(page).toHaveURL(/\/sandbox\/i\/oauth2\/authorize/);
  if (options.existing) {
    await page.getByRole("radio", { name: new RegExp(`@${username}\\b`) }).check();
  } else {
    const nameField = page.getByLabel("Name", { exact: true });
    // With accounts already there, the create form sits in a closed disclosure.
    if (!(await nameField.isVisible())) await page.getByText("Create a sandbox account").click();
    await nameField.fill(options.name ?? `Tester ${username}`);
    await page.getByLabel(/username/i).fill(username);
    await page.getByRole("button", { name: "Create and select" }).click();
    await expect(page.getByRole("radio", { name: new RegExp(`@${username}\\b`) })).toBeChecked();
  }
  await page.getByRole("button", { name: "Authorize app" }).click();
  await expect(page.getByRole("button", { name: `Account menu for @${username}` })).toBeVisible();
  return username;
}
