import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import type { SearchIndex } from "../lib/guides/search";
import { expectNoAxeViolations, signInWithSandbox } from "./helpers";

// The guides as the running site serves them: the search index lists every guide and step.
type Outline = { slug: string; title: string; steps: { id: string; title: string; text: string }[] };

let outlines: Outline[] = [];
test.beforeAll(async ({ playwright }, info) => {
  const request = await playwright.request.newContext({ baseURL: info.project.use.baseURL });
  const response = await request.get("/api/guides/search-index");
  expect(response.ok()).toBe(true);
  const index = (await response.json()) as SearchIndex;
  await request.dispose();
  outlines = index.guides.map((g) => ({ slug: g.slug, title: g.title, steps: index.docs.filter((d) => d.g === g.slug).map((d) => ({ id: d.s, title: d.t, text: d.x })) }));
  expect(outlines.length).toBeGreaterThanOrEqual(6);
});

const steps = (page: Page) => page.getByTestId("guide-step");
const progressText = (page: Page, slug: string) => page.getByTestId(`progress-${slug}`).getByTestId("progress-text");

test("the guide list shows every guide with time, steps and progress", async ({ page }) => {
  await page.goto("/guides");
  await expect(page.getByRole("heading", { level: 1, name: "Guides" })).toBeVisible();
  const list = page.getByRole("list", { name: /guides, in the order/i });
  await expect(list.getByRole("listitem")).toHaveCount(outlines.length);
  for (const guide of outlines) {
    const card = list.getByRole("listitem").filter({ has: page.getByRole("link", { name: guide.title, exact: true }) });
    await expect(card).toContainText(/About \d+ min/);
    await expect(card).toContainText(`${guide.steps.length} steps`);
    await expect(progressText(page, guide.slug)).toHaveText(`0 of ${guide.steps.length} steps done`);
  }
});

test("today's Developer Console guide comes first, and each earlier-portal guide points to it", async ({ page }) => {
  const [current, ...earlier] = outlines;
  expect(current!.slug).toBe("developer-console");
  await page.goto("/guides");
  const list = page.getByRole("list", { name: /guides, in the order/i });
  await expect(list.getByRole("listitem").first().getByRole("link", { name: current!.title, exact: true })).toBeVisible();
  await expect(page.getByTestId(`portal-label-${current!.slug}`)).toHaveText("Today’s Developer Console");
  for (const guide of earlier) await expect(page.getByTestId(`portal-label-${guide.slug}`)).toHaveText("Earlier developer portal");

  // Today's guide says when it was checked and where to confirm it.
  await page.goto(`/guides/${current!.slug}`);
  const checked = page.getByRole("note", { name: "When this guide was checked" });
  await expect(checked).toContainText("checked");
  await expect(checked.getByRole("link", { name: "X Developer Console" })).toHaveAttribute("href", "https://console.x.com");

  // An earlier-portal guide says so at the top, its change notes say where to confirm them,
  // and the notice leads to today's path.
  for (const guide of earlier) {
    await page.goto(`/guides/${guide.slug}`);
    const notice = page.getByRole("note", { name: "Which developer portal this guide follows" });
    await expect(notice).toContainText("earlier developer portal");
    await expect(notice.getByRole("link", { name: current!.title })).toHaveAttribute("href", `/guides/${current!.slug}`);
    const changeNote = page.getByRole("note", { name: /^What has changed/ }).first();
    await expect(changeNote.getByRole("link").first()).toHaveAttribute("href", /^https:\/\/[a-z.]*x\.com/);
  }
  await page.getByRole("note", { name: "Which developer portal this guide follows" }).getByRole("link", { name: current!.title }).click();
  await expect(page).toHaveURL(new RegExp(`/guides/${current!.slug}$`));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(current!.title);
});

test("each guide shows every step with a described picture, numbered instructions and a deep link", async ({ page }) => {
  test.slow();
  for (const guide of outlines) {
    const response = await page.goto(`/guides/${guide.slug}`);
    expect(response?.status()).toBe(200);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(guide.title);
    await expect(steps(page)).toHaveCount(guide.steps.length);
    const tocLinks = page.getByRole("navigation", { name: "Steps in this guide", exact: true }).getByRole("link");
    await expect(tocLinks).toHaveCount(guide.steps.length);
    for (const [i, step] of guide.steps.entries()) {
      const section = page.locator(`section[id="${step.id}"]`);
      await expect(section.getByRole("heading", { level: 2 })).toContainText(`Step ${i + 1}`);
      const image = section.getByRole("img");
      await expect(image).toHaveCount(1);
      const alt = await image.getAttribute("aria-label");
      expect(alt?.trim().length, `alt text of ${guide.slug}#${step.id}`).toBeGreaterThan(10);
      // The picture is the drawing's .svg file for this theme, loaded and decoded by the browser.
      const shown = image.locator("img:visible");
      await expect(shown).toHaveCount(1);
      await expect(shown).toHaveAttribute("alt", "");
      await shown.scrollIntoViewIfNeeded(); // pictures load lazily, as they come near the screen
      await expect.poll(() => shown.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBe(960);
      expect(await section.getByRole("list").first().getByRole("listitem").count()).toBeGreaterThan(0);
      await expect(section.getByRole("link", { name: `Link to step ${i + 1}` })).toHaveAttribute("href", `#${step.id}`);
    }
  }
});

test("a deep link opens the guide at that step", async ({ page }) => {
  const guide = outlines[1]!;
  const step = guide.steps[guide.steps.length - 1]!;
  await page.goto(`/guides/${guide.slug}#${step.id}`);
  await expect(page.locator(`section[id="${step.id}"]`).getByRole("heading", { level: 2 })).toBeInViewport();
});

test("an unknown guide is a 404", async ({ page, allowConsole }) => {
  allowConsole(/the server responded with a status of 404/);
  const response = await page.goto("/guides/no-such-guide");
  expect(response?.status()).toBe(404);
});

test("a screenshot opens larger with the keyboard and closes with Escape", async ({ page }) => {
  const guide = outlines[0]!;
  await page.goto(`/guides/${guide.slug}`);
  const picture = page.locator(`section[id="${guide.steps[0]!.id}"]`).getByRole("img");
  await picture.focus();
  await expect(picture).toBeFocused();
  await page.keyboard.press("Enter");
  const dialog = page.getByRole("dialog");
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole("heading")).toContainText(guide.steps[0]!.title);
  await expect(dialog.getByTestId("screenshot-zoomed").locator("img:visible")).toBeVisible();
  await expectNoAxeViolations(page);
  await page.keyboard.press("Escape");
  await expect(dialog).toBeHidden();
  await expect(picture).toBeFocused();
  // Space works too, and so does a click; the close button closes it.
  await page.keyboard.press(" ");
  await expect(dialog).toBeVisible();
  await dialog.getByRole("button", { name: "Close larger view" }).click();
  await expect(dialog).toBeHidden();
  await picture.click();
  await expect(dialog).toBeVisible();
});

test("drawings are cacheable .svg files, one per theme, and the page shows the one for its theme", async ({ page, request }) => {
  const guide = outlines[0]!;
  await page.goto(`/guides/${guide.slug}`);
  const picture = page.locator(`section[id="${guide.steps[0]!.id}"]`).getByRole("img");
  const lightSrc = await picture.locator("img:visible").getAttribute("src");
  expect(lightSrc).toMatch(new RegExp(`^/guides/${guide.slug}/drawings/${guide.steps[0]!.id}\\.light\\.[\\w-]+\\.svg$`));
  const response = await request.get(lightSrc!);
  expect(response.headers()["content-type"]).toContain("image/svg+xml");
  expect(response.headers()["cache-control"]).toBe("public, max-age=31536000, immutable");
  expect(await response.text()).toContain('data-callout="1"');
  await page.evaluate(() => document.documentElement.classList.add("dark"));
  const darkSrc = await picture.locator("img:visible").getAttribute("src");
  expect(darkSrc).toContain(".dark.");
  expect((await request.get(darkSrc!)).ok()).toBe(true);
  expect((await request.get(`/guides/${guide.slug}/drawings/no-such.light.abc.svg`)).status()).toBe(404);
});

test("ticking steps updates progress everywhere and survives a reload", async ({ page }) => {
  const guide = outlines[0]!;
  const total = guide.steps.length;
  const [first, second] = [guide.steps[0]!, guide.steps[1]!];
  await page.goto(`/guides/${guide.slug}`);
  await expect(progressText(page, guide.slug)).toHaveText(`0 of ${total} steps done`);
  const toggle = (id: string) => page.getByTestId(`done-${id}`);
  await toggle(first.id).check();
  await toggle(second.id).check();
  await expect(progressText(page, guide.slug)).toHaveText(`2 of ${total} steps done`);
  const toc = page.getByRole("navigation", { name: "Steps in this guide", exact: true });
  await expect(toc.getByRole("link", { name: `Step 1: ${first.title} (done)` })).toBeAttached();
  await toggle(second.id).uncheck();
  await expect(progressText(page, guide.slug)).toHaveText(`1 of ${total} steps done`);

  await page.reload();
  await expect(toggle(first.id)).toBeChecked();
  await expect(toggle(second.id)).not.toBeChecked();
  await expect(progressText(page, guide.slug)).toHaveText(`1 of ${total} steps done`);

  await page.goto("/guides");
  await expect(progressText(page, guide.slug)).toHaveText(`1 of ${total} steps done`);
  await page.goto("/");
  const home = page.getByRole("region", { name: "Your progress" });
  await expect(home).toContainText(`1 of ${outlines.reduce((n, g) => n + g.steps.length, 0)} steps done`);
  await expect(home.getByRole("progressbar", { name: `Progress in “${guide.title}”` })).toHaveAttribute("aria-valuenow", "1");
});

test("signing in keeps the visitor's progress in the account", async ({ page }) => {
  const guide = outlines[0]!;
  const total = guide.steps.length;
  const [first, second] = [guide.steps[0]!, guide.steps[1]!];
  await page.goto(`/guides/${guide.slug}`);
  await page.getByTestId(`done-${first.id}`).check();
  await expect(progressText(page, guide.slug)).toHaveText(`1 of ${total} steps done`);

  await signInWithSandbox(page, { from: `/signin?callbackUrl=${encodeURIComponent(`/guides/${guide.slug}`)}` });
  await expect(page).toHaveURL(new RegExp(`/guides/${guide.slug}$`));
  await expect(page.getByTestId(`done-${first.id}`)).toBeChecked();
  const status = page.getByTestId("sync-status");
  await expect(status).toHaveText("Saved to your account");
  // Ticked while signed in: saved to the account as well.
  await page.getByTestId(`done-${second.id}`).check();
  await expect(status).toHaveText("Saved to your account");

  // A browser that knows nothing (storage cleared) gets the account's progress back.
  await page.evaluate(() => window.localStorage.clear());
  await page.reload();
  await expect(progressText(page, guide.slug)).toHaveText(`2 of ${total} steps done`);
  await expect(page.getByTestId(`done-${second.id}`)).toBeChecked();
});

test("a visitor is told progress stays in this browser", async ({ page }) => {
  await page.goto(`/guides/${outlines[0]!.slug}`);
  await expect(page.getByTestId("sync-status")).toContainText("Saved in this browser");
});

test("search finds a step by a word from its text and jumps to it", async ({ page }) => {
  // The rarest long word of one step's text that is not in its title: proves the body is indexed.
  const guide = outlines[1]!;
  const step = guide.steps[2] ?? guide.steps[0]!;
  const everyText = outlines.flatMap((g) => g.steps.map((s) => `${s.title} ${s.text}`.toLowerCase()));
  const rarity = (w: string) => everyText.filter((t) => t.includes(w.toLowerCase())).length;
  const word = [...new Set(step.text.split(/[^A-Za-z]+/))]
    .filter((w) => w.length >= 6 && !step.title.toLowerCase().includes(w.toLowerCase()))
    .sort((a, b) => rarity(a) - rarity(b) || b.length - a.length)[0]!;
  await page.goto("/guides");
  const box = page.getByRole("searchbox", { name: "Search the guides" });
  await box.fill(word);
  const results = page.getByRole("list", { name: "Search results" });
  const result = results.getByRole("link").filter({ hasText: step.title });
  await expect(result.first()).toBeVisible();
  await expect(page.getByText(/steps? found/)).toBeVisible();
  await result.first().click();
  await expect(page).toHaveURL(new RegExp(`/guides/${guide.slug}#${step.id}$`));
  await expect(page.locator(`section[id="${step.id}"]`).getByRole("heading", { level: 2 })).toBeInViewport();
});

test("search is usable from the keyboard and says when nothing matches", async ({ page }) => {
  await page.goto("/guides");
  const box = page.getByRole("searchbox", { name: "Search the guides" });
  await box.fill("zzqxnothing");
  await expect(page.getByText("No steps match “zzqxnothing”.")).toBeVisible();
  await box.fill("callback");
  const first = page.getByRole("list", { name: "Search results" }).getByRole("link").first();
  await expect(first).toBeVisible();
  const href = await first.getAttribute("href");
  await box.press("ArrowDown");
  await expect(first).toBeFocused();
  await first.press("ArrowUp");
  await expect(box).toBeFocused();
  await box.press("Enter");
  await expect(page).toHaveURL(new RegExp(`${href!.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}$`));
});

test("the copy button copies this deployment's callback URL", async ({ page, context, baseURL }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  let found = false;
  for (const guide of outlines) {
    await page.goto(`/guides/${guide.slug}`);
    const field = page.getByTestId("deployment-value-callbackUrl").first();
    if ((await field.count()) === 0) continue;
    found = true;
    await expect(field.getByTestId("copy-value")).toHaveText(`${baseURL}/api/auth/callback/twitter`);
    await field.getByRole("button", { name: /^Copy / }).click();
    await expect(field.getByRole("button", { name: /^Copy / })).toContainText("Copied");
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${baseURL}/api/auth/callback/twitter`);
    break;
  }
  expect(found, "some guide step shows the callback URL").toBe(true);
});

test("guides hold at 360 px without horizontal scrolling", async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  for (const path of ["/guides", `/guides/${outlines[1]!.slug}`]) {
    await page.goto(path);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, path).toBe(0);
  }
});

for (const theme of ["light", "dark"] as const) {
  test(`axe finds no violations on /guides and every guide (${theme})`, async ({ page }) => {
    // Long pages with a drawing per step: axe needs a while on each.
    test.setTimeout(180_000);
    await page.emulateMedia({ colorScheme: theme });
    await page.goto("/guides");
    if (theme === "dark") await expect(page.locator("html")).toHaveClass(/dark/);
    else await expect(page.locator("html")).not.toHaveClass(/dark/);
    await expectNoAxeViolations(page);
    for (const guide of outlines) {
      await page.goto(`/guides/${guide.slug}`);
      await expect(page.getByTestId(`progress-${guide.slug}`).getByTestId("progress-text")).toBeVisible();
      await expectNoAxeViolations(page);
    }
  });
}

test("a step that produces keys offers Save to vault, which opens the vault's form with that step's fields first", async ({ page }) => {
  await signInWithSandbox(page, { from: "/signin?callbackUrl=/guides/create-app-and-keys" });
  const step = page.locator("section", { has: page.getByRole("heading", { name: /Client ID and Client Secret/ }) });
  const link = step.getByRole("link", { name: "Save to vault" });
  await expect(link).toHaveAttribute("href", /^\/vault\/credentials\/new\?fields=clientId%2CclientSecret&from=create-app-and-keys%23/);
  await link.click();
  // One team (the personal one) to write to: straight to its new-app form.
  await expect(page).toHaveURL(/\/vault\/[^/]+\/apps\/new\?fields=clientId%2CclientSecret$/);
  await expect(page.getByTestId("field-row").first()).toContainText("OAuth 2.0 Client ID");
});

test("facts about today's X show the page they rest on and when it was checked", async ({ page }) => {
  const current = outlines[0]!;
  await page.goto(`/guides/${current.slug}`);
  // Every step of today's guide lists the facts it rests on, each linked to X's docs with a date.
  const boxes = page.getByRole("note", { name: /^What X's documentation says \(step \d+\)$/ });
  await expect(boxes).toHaveCount(current.steps.length);
  const first = boxes.first().getByRole("listitem").first();
  await expect(first.getByRole("link")).toHaveAttribute("href", /^https:\/\/docs\.x\.com\//);
  await expect(first).toContainText(/checked \d{1,2} \w+ \d{4}/);

  // The callback rules for local development, and the whole price card.
  const local = page.locator('section[id="local-callback"]');
  await expect(local).toContainText("http://127.0.0.1");
  await expect(local).toContainText("not localhost");
  const card = page.locator('section[id="price-card"]').getByRole("table");
  await expect(card.getByRole("row", { name: /Post: Create \(with URL\)/ })).toContainText("$0.200 per request");
  await expect(card.getByRole("row", { name: /post\.delete/ })).toContainText("Not billed");

  // An earlier-portal guide's change note is built from the same facts and links the same pages.
  await page.goto("/guides/create-app-and-keys#callback-uri");
  const note = page.locator('section[id="callback-uri"]').getByRole("note", { name: /^What has changed/ });
  await expect(note).toContainText("127.0.0.1");
  await expect(note.getByRole("link").first()).toHaveAttribute("href", "https://docs.x.com/fundamentals/developer-apps");
});
