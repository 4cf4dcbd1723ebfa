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
