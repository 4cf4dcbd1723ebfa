import { expect, test } from "./fixtures";
import { expectNoAxeViolations, setTheme } from "./helpers";

test("landing page explains Perch and its four capabilities", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Twitter API");
  const capabilities = page.getByRole("region", { name: "What Perch does" }).getByRole("listitem");
  await expect(capabilities).toHaveCount(4);
  await expect(page.getByRole("contentinfo")).toContainText("not affiliated");
});

test("main navigation reaches Guides, Vault and Drafts", async ({ page }) => {
  await page.goto("/");
  const nav = page.getByRole("navigation", { name: "Main" });
  for (const [label, path] of [["Guides", "/guides"], ["Vault", "/vault"], ["Drafts", "/drafts"]] as const) {
    await nav.getByRole("link", { name: label }).click();
    await expect(page).toHaveURL(new RegExp(`${path}$`));
    await expect(nav.getByRole("link", { name: label })).toHaveAttribute("aria-current", "page");
  }
});

test("dark mode toggle is remembered across a reload", async ({ page }) => {
  await page.emulateMedia({ colorScheme: "light" });
  await page.goto("/");
  await expect(page.locator("html")).not.toHaveClass(/dark/);
  await setTheme(page, "dark");
  await expect(page.locator("html")).toHaveClass(/dark/);
  await page.reload();
  await expect(page.locator("html")).toHaveClass(/dark/);
  await expect(page.getByRole("button", { name: /theme/i })).toHaveAttribute("data-theme-preference", "dark");
});

test("system theme follows the operating system", async ({ page }) => {
  await page.emulateMedia({ colorScheme: "dark" });
  await page.goto("/");
  await expect(page.locator("html")).toHaveClass(/dark/);
});

test("an unknown route shows the not-found page with a 404", async ({ page, allowConsole }) => {
  allowConsole(/the server responded with a status of 404/);
  const response = await page.goto("/no/such/page");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: /couldn.t find that page/i })).toBeVisible();
  await expect(page.getByRole("banner")).toBeVisible();
});

test("health endpoint reports the database", async ({ request }) => {
  const response = await request.get("/api/health");
  expect(response.status()).toBe(200);
  expect(await response.json()).toEqual({ status: "ok", db: "ok" });
});

for (const path of ["/", "/vault", "/drafts", "/signin", "/signin/error?error=State", "/about", "/no/such/page"]) {
  for (const theme of ["light", "dark"] as const) {
    test(`axe finds no violations on ${path} (${theme})`, async ({ page, allowConsole }) => {
      // The browser itself logs the 404 status of the not-found page.
      if (path === "/no/such/page") allowConsole(/the server responded with a status of 404/);
      await page.emulateMedia({ colorScheme: theme });
      await page.goto(path);
      await expectNoAxeViolations(page);
    });
  }
}

test("the layout holds at 360 px without horizontal scrolling", async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto("/");
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBe(0);
  await expect(page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Guides" })).toBeVisible();
});

test("the console guard hears what a page logs (and this test then forgets it)", async ({ page, consoleProblems }) => {
  await page.goto("/about");
  await page.evaluate(() => console.error("perch console guard self-test"));
  await expect.poll(() => consoleProblems.some((p) => p.text.includes("perch console guard self-test"))).toBe(true);
  consoleProblems.length = 0;
});
