import type { BrowserContext, Locator, Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { signInWithSandbox } from "./helpers";

// Layout checks a newcomer tripped over, as geometry rather than pixels: at a phone's 390 px
// and a desktop's 1280 px, what belongs on one line is on one line, boxes keep their own
// height, buttons do not touch, nothing is clipped or pushed off the screen.

const WIDTHS = [390, 1280] as const;

async function box(locator: Locator) {
  const b = await locator.boundingBox();
  if (!b) throw new Error("not rendered");
  return b;
}

async function horizontalOverflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}

async function person(browser: { newContext: (o?: object) => Promise<BrowserContext> }, baseURL: string | undefined) {
  const context = await browser.newContext({ baseURL });
  const page = await context.newPage();
  const username = await signInWithSandbox(page);
  return { context, page, username };
}

test("team pages at 390 px and 1280 px: cards, member controls, role-change audit, tabs", async ({ browser, baseURL }) => {
  test.slow();
  const alice = await person(browser, baseURL);
  const bob = await person(browser, baseURL);
  const teamName = `Layout ${Date.now().toString(36)}`;

  // Vault: an empty team name is said once, under the field.
  await alice.page.goto("/vault");
  await alice.page.getByRole("button", { name: "Create team" }).click();
  await expect(alice.page.getByText("Name the team.")).toHaveCount(1);
  await expect(alice.page.getByLabel("Team name")).toHaveAttribute("aria-invalid", "true");
  await alice.page.getByLabel("Team name").fill(teamName);
  await alice.page.getByRole("button", { name: "Create team" }).click();
  await expect(alice.page.getByRole("heading", { level: 1 })).toContainText(teamName);
  const teamUrl = new URL(alice.page.url()).pathname;

  // Team cards keep their own height beside the taller "Create a team".
  await alice.page.setViewportSize({ width: 1280, height: 900 });
  await alice.page.goto("/vault");
  const card = await box(alice.page.getByTestId("team-card").first());
  const create = await box(alice.page.getByRole("region", { name: "Create a team" }));
  expect(card.height).toBeLessThan(create.height * 0.7);

  // Bob joins as a member.
  await alice.page.goto(`${teamUrl}/members`);
  await alice.page.getByLabel("Role").selectOption("member");
  await alice.page.getByRole("button", { name: "Make invite link" }).click();
  const link = (await alice.page.getByTestId("invite-link").getByTestId("copy-value").textContent())!;
  await bob.page.goto(new URL(link).pathname);
  await bob.page.getByRole("button", { name: "Join the team" }).click();
  await expect(bob.page.getByTestId("my-role")).toHaveText("You are a member");

  for (const width of WIDTHS) {
    await alice.page.setViewportSize({ width, height: 900 });
    await alice.page.goto(`${teamUrl}/members`);
    const row = alice.page.getByTestId("member").filter({ hasText: `@${bob.username}` });
    const role = await box(row.getByLabel(`Role of @${bob.username}`));
    const remove = await box(row.getByRole("button", { name: `Remove @${bob.username} from the team` }));
    // One line: the same vertical band, Remove to the right of the menu with a gap.
    expect(Math.abs(role.y + role.height / 2 - (remove.y + remove.height / 2))).toBeLessThan(4);
    expect(remove.x).toBeGreaterThanOrEqual(role.x + role.width + 4);
    expect(await horizontalOverflow(alice.page)).toBe(0);

    // The team tabs: every tab fits, or the list says it scrolls.
    const nav = alice.page.getByRole("navigation", { name: "Team sections" });
    const navBox = await box(nav);
    const settings = await box(nav.getByRole("link", { name: "Settings" }));
    if (settings.x + settings.width > navBox.x + navBox.width + 1) await expect(nav.getByTestId("tabs-more")).toBeVisible();
  }
  // Narrower than any phone Perch is made for: the tabs scroll, and say so.
  await alice.page.setViewportSize({ width: 300, height: 700 });
  await alice.page.goto(`${teamUrl}/members`);
  const tabs = alice.page.getByRole("navigation", { name: "Team sections" });
  const isOverflowing = await tabs.locator("ul").evaluate((ul) => ul.scrollWidth > ul.clientWidth);
  if (isOverflowing) await expect(tabs.getByTestId("tabs-more")).toBeVisible();

  // A role change says from which role to which, in the audit log.
  await alice.page.setViewportSize({ width: 1280, height: 900 });
  const row = alice.page.getByTestId("member").filter({ hasText: `@${bob.username}` });
  await row.getByLabel(`Role of @${bob.username}`).selectOption("admin");
  await expect(row.getByText("Role changed.")).toBeVisible();
  await alice.page.goto(`${teamUrl}/audit`);
  await expect(alice.page.getByTestId("audit-log")).toContainText(`changed a member's role: @${bob.username} from Member to Admin`);

  // On a phone the audit entries stack: "What" keeps a usable width, "From" stays on screen.
  await alice.page.setViewportSize({ width: 390, height: 900 });
  await alice.page.reload();
  const entry = alice.page.getByTestId("audit-entry").first();
  const what = await box(entry.getByTestId("audit-what"));
  const from = await box(entry.getByTestId("audit-from"));
  expect(what.width).toBeGreaterThan(250);
  expect(from.x + from.width).toBeLessThanOrEqual(390);
  expect(await horizontalOverflow(alice.page)).toBe(0);

  await alice.context.close();
  await bob.context.close();
});

test("the sandbox's Callback URLs label looks like the other labels, and the .env copy says what it copies", async ({ page }) => {
  await signInWithSandbox(page, { from: "/signin?callbackUrl=/sandbox" });
  await page.goto("/sandbox");
  const fontOf = (text: string) => page.locator("label", { hasText: text }).first().evaluate((el) => getComputedStyle(el).fontFamily);
  expect(await fontOf("Callback URLs")).toBe(await fontOf("App name"));
  expect(await page.getByLabel("Callback URLs").evaluate((el) => getComputedStyle(el).fontFamily)).toMatch(/mono/i);
  await page.getByLabel("App name").fill(`copy-${Date.now().toString(36)}`);
  await page.getByLabel("Callback URLs").fill("http://localhost:8080/callback");
  await page.getByRole("button", { name: "Create app" }).click();
  const secrets = page.getByTestId("one-time-secrets");
  await expect(secrets.getByRole("button", { name: "Copy all as .env lines" })).toHaveText("Copy all as .env");
});

test("in the sign-in settings drawing, no callout covers a word", async ({ page }) => {
  await page.goto("/guides/developer-console#user-authentication");
  const files = await page.locator('section[id="user-authentication"]').getByRole("img").locator("img").evaluateAll((imgs) => imgs.map((i) => i.getAttribute("src") ?? ""));
  expect(files.some((f) => f.includes(".light."))).toBe(true);
  // The drawing is its own .svg file (one per theme): open each and measure its words.
  for (const url of files) {
    await page.goto(url);
    const overlaps = await page.evaluate(() => {
      const root = document.documentElement;
      const hits: string[] = [];
      const callouts = [...root.querySelectorAll("[data-callout] circle")].map((c) => ({ n: c.closest("[data-callout]")?.getAttribute("data-callout"), r: c.getBoundingClientRect() }));
      for (const text of root.querySelectorAll("text")) {
        // The words of the Type of App choice (callouts sit on tabs and buttons on purpose).
        if (text.closest("[data-callout]") || !/Web App, Automated App or Bot|Confidential client|Type of App/.test(text.textContent ?? "")) continue;
        const t = text.getBoundingClientRect();
        for (const { n, r } of callouts) {
          if (t.left < r.right && r.left < t.right && t.top < r.bottom && r.top < t.bottom) hits.push(`callout ${n} over “${text.textContent}”`);
        }
      }
      const checked = [...root.querySelectorAll("text")].filter((t) => /Web App, Automated App or Bot|Confidential client|Type of App/.test(t.textContent ?? "")).length;
      return { hits, checked, texts: root.querySelectorAll("text").length, callouts: callouts.length };
    });
    expect(overlaps.callouts).toBe(5);
    expect(overlaps.texts).toBeGreaterThan(10);
    expect(overlaps.checked).toBe(3);
    expect(overlaps.hits).toEqual([]);
  }
});

test("before the session is known, the header shows a labelled way to sign in, not an empty pill", async ({ browser, baseURL }) => {
  // Without JavaScript the page stays as the server sent it: what every visitor sees first.
  const context = await browser.newContext({ baseURL, javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto("/guides");
  const placeholder = page.getByRole("banner").getByTestId("account-placeholder");
  await expect(placeholder).toHaveText("Account");
  await expect(placeholder).toHaveAttribute("href", "/signin");
  await context.close();
});

test("a bad invite link is not a dead end", async ({ page }) => {
  for (const width of WIDTHS) {
    await page.setViewportSize({ width, height: 800 });
    await page.goto(`/invite/${"x".repeat(43)}`);
    await expect(page.getByRole("heading", { name: "This invite link can't be used" })).toBeVisible();
    const next = page.getByTestId("invite-next");
    await expect(next.getByRole("link", { name: "Sign in to your vault" })).toHaveAttribute("href", "/signin?callbackUrl=%2Fvault");
    await expect(next.getByRole("link", { name: "Go home" })).toBeVisible();
    expect(await horizontalOverflow(page)).toBe(0);
  }
  await signInWithSandbox(page);
  await page.goto(`/invite/${"y".repeat(43)}`);
  await page.getByTestId("invite-next").getByRole("link", { name: "Open your vault" }).click();
  await expect(page).toHaveURL(/\/vault$/);
});

test("pasting a 100 KB .env reads a bounded part, says how much was left out, and draws at most 300 lines", async ({ page }) => {
  await signInWithSandbox(page, { from: "/signin?callbackUrl=/vault" });
  await page.getByTestId("team-card").first().getByRole("link").click();
  await expect(page).toHaveURL(/\/vault\/[^/]+$/);
  await page.goto(`${new URL(page.url()).pathname}/apps/new`);
  await page.getByText("Import from a .env or the developer console").click();
  // About 100 KB in 2,200 lines (it froze the tab for 3.6 s), each an unknown name that would get its own dropdown.
  const big = Array.from({ length: 2_200 }, (_, i) => `TWITTER_EXTRA_${i}=${"k".repeat(30)}${i}`).join("\n");
  await page.getByLabel("Paste here").fill(big);
  await expect(page.getByTestId("import-omitted")).toHaveText(/Only the first 300 lines were read: the other 1,900 lines were left out/);
  await expect(page.getByTestId("import-lines").locator("li")).toHaveCount(300);
  expect(await page.getByTestId("import-lines").locator("select").count()).toBeLessThanOrEqual(300);
  // The page still answers: typing elsewhere lands at once.
  await page.getByLabel("App name").fill("still responsive");
  await expect(page.getByLabel("App name")).toHaveValue("still responsive");
});
