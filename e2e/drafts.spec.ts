import { readFile } from "node:fs/promises";
import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { emptyDraft, setAnswers } from "../lib/drafts/draft-state";
import { bakeryAnswers } from "../test/drafts/fixtures";
import { expectNoAxeViolations, seedLocalStorage, signInWithSandbox } from "./helpers";

// The drafting helper as a signed-out visitor uses it: everything in the browser.
const STORAGE_KEY = "perch-draft";

const stepHeading = (page: Page, name: string) => page.getByRole("region", { name: /reviewer.s questions/ }).getByRole("heading", { name, level: 3 });
const section = (page: Page, id: string) => page.locator(`[data-section="${id}"]`);
const sectionText = (page: Page, id: string) => section(page, id).getByRole("textbox");
const finding = (page: Page, rule: string) => page.locator(`[data-testid="finding"][data-rule="${rule}"]`);
const next = (page: Page) => page.getByRole("button", { name: /^Next/ }).click();
const step = (page: Page, name: string) => page.getByRole("navigation", { name: "Questionnaire steps" }).getByRole("button", { name: new RegExp(name) }).click();

/** A complete, realistic draft stored in the browser before the page loads. */
async function seedBakeryDraft(page: Page) {
  const draft = { ...setAnswers(emptyDraft(), bakeryAnswers(), new Date("2026-11-23T10:00:00Z")), step: "display" };
  await seedLocalStorage(page, STORAGE_KEY, JSON.stringify(draft));
}

test("a visitor fills the questionnaire and sees the draft and the policy check follow", async ({ page }) => {
  test.slow();
  await page.goto("/drafts");
  await expect(page.getByTestId("findings-summary")).toHaveText("Waiting for answers");

  // Who is applying
  await page.getByLabel("Professional").check();
  await page.getByLabel("Organisation").fill("Crumb & Co.");
  await page.getByLabel("Your role").fill("lead developer");
  await next(page);

  // Core use case
  await expect(stepHeading(page, "Core use case")).toBeFocused();
  await page.getByLabel("Name of the App or project").fill("Crumb Replies");
  await page.getByLabel("What problem does it solve?").fill("Small bakeries miss customer questions sent to them on X because nobody watches the account all day");
  await page.getByLabel("Who is it for? (the user story)").fill("bakery owners who sign in with their X account and answer questions from one inbox");
  await page.getByLabel("What is the goal?").fill("every customer question gets an answer within a working day");
  await page.getByLabel("What is the business purpose?").fill("a paid monthly subscription for bakeries");
  await expect(sectionText(page, "core")).toHaveValue(/I work at Crumb & Co\. as lead developer/);
  await expect(sectionText(page, "core")).toHaveValue(/small bakeries miss customer questions/);
  await expect(finding(page, "missing-core")).toHaveCount(0);
  await next(page);

  // Analysis: a method-less analysis is flagged until the method is named
  await expect(stepHeading(page, "Analysing Tweets and users")).toBeFocused();
  await page.getByRole("group", { name: /analyse Tweets, Twitter users/ }).getByLabel("Yes").check();
  await page.getByLabel("Which analyses?").fill("find the mentions that are questions from customers");
  await expect(finding(page, "vague-analysis-method")).toBeVisible();
  await page.getByLabel("With which methods or techniques?").fill("keyword rules plus a small text classifier trained on our own labelled examples");
  await expect(finding(page, "vague-analysis-method")).toHaveCount(0);
  await page.getByLabel("What Twitter data do you store?").fill("the Tweet ID, text and author ID of each mention");
  await expect(finding(page, "missing-retention")).toBeVisible();
  await page.getByLabel("For how long?").fill("90 days");
  await expect(finding(page, "missing-retention")).toHaveCount(0);
  // Today's guidelines: stored content is deleted within 24 hours once deleted on X.
  await expect(finding(page, "missing-deletion")).toBeVisible();
  await expect(finding(page, "missing-deletion").getByTestId("finding-basis")).toContainText("Developer Guidelines › Data handling and display requirements › Content deletion, checked 2026-");
  await page.getByLabel(/We delete stored X content within 24 hours/).check();
  await expect(finding(page, "missing-deletion")).toHaveCount(0);
  await page.getByRole("group", { name: /train or fine-tune any AI/ }).getByLabel("Yes").check();
  await expect(finding(page, "risky-ai-training")).toBeVisible();
  await page.getByRole("group", { name: /train or fine-tune any AI/ }).getByLabel("No").check();
  await expect(finding(page, "risky-ai-training")).toHaveCount(0);
  await expect(sectionText(page, "analysis")).toHaveValue(/do not use X content to train or fine-tune|No model is trained|None of this content trains/);
  await next(page);

  // Engagement: automated likes are a finding; making them a person's action fixes it
  await page.getByRole("group", { name: /Will the App Tweet/ }).getByLabel("Yes").check();
  await page.getByLabel("Reply to Tweets").check();
  await page.getByLabel("Like Tweets").check();
  await page.getByLabel(/The App, automatically/).check();
  await expect(finding(page, "risky-automated-engagement")).toBeVisible();
  await expect(finding(page, "risky-automated-engagement")).toContainText("Automation Rules");
  await expect(finding(page, "risky-automated-engagement").getByRole("link", { name: /^Guide/ })).toHaveAttribute("href", "/guides/access-levels-and-policy#follow-the-automation-rules");
  await page.getByLabel(/A person, each time/).check();
  await expect(finding(page, "risky-automated-engagement")).toHaveCount(0);
  await expect(sectionText(page, "engagement")).toHaveValue(/reply to Tweets and like Tweets/);
  await page.getByLabel("Only people who mentioned or replied to the account first").check();
  // Direct Messages: a welcome DM nobody asked for is a finding; answering people who wrote first is not.
  await page.getByRole("group", { name: /send Direct Messages/ }).getByLabel("Yes").check();
  await page.getByLabel(/The App writes first/).check();
  await expect(finding(page, "risky-unsolicited-dms")).toBeVisible();
  await page.getByLabel("The person writes to the account first").check();
  await expect(finding(page, "risky-unsolicited-dms")).toHaveCount(0);
  await expect(finding(page, "missing-opt-out")).toBeVisible();
  await page.getByLabel("How does someone stop the App contacting them?").fill("replying STOP ends all messages at once");
  await expect(finding(page, "missing-opt-out")).toHaveCount(0);
  await page.getByRole("group", { name: /AI write any posts/ }).getByLabel("No").check();
  await expect(sectionText(page, "engagement")).toHaveValue(/only in answer to a person who wrote to the account first/);
  await next(page);

  // Display, sharing, government, apps, volumes
  await page.getByRole("group", { name: /shown outside Twitter/ }).getByLabel("Yes").check();
  await page.getByLabel("Where and how?").fill("in the bakery's inbox page, visible only to the bakery's staff");
  await page.getByLabel("Individual Tweets (row level)").check();
  await next(page);
  await page.getByRole("group", { name: /share Tweet IDs/ }).getByLabel("No").check();
  await next(page);
  await page.getByRole("group", { name: /government entity/ }).getByLabel("No").check();
  await next(page);
  await page.getByLabel("Development").check();
  await page.getByLabel("Production").check();
  await page.getByLabel("How many Apps will you register for this use case?").fill("5");
  await expect(finding(page, "limits-apps-per-use-case")).toBeVisible();
  await page.getByLabel("How many Apps will you register for this use case?").fill("2");
  await expect(finding(page, "limits-apps-per-use-case")).toHaveCount(0);
  await next(page);
  await page.getByLabel("Posts read per month").fill("200000");
  await expect(page.getByTestId("cost-total")).toHaveText("$1,000.00");
  await expect(page.getByRole("region", { name: "Cost estimate" })).toContainText("2026-");

  await expect(page.getByTestId("findings-summary")).toHaveText("No findings");
  await expect(section(page, "short").getByRole("textbox")).toHaveValue(/^Crumb Replies: /);
  await expect(section(page, "core").getByTestId("section-counts")).toContainText(/\d+ characters/);
});

test("edits are kept when another section is regenerated, and nothing is lost on reload", async ({ page }) => {
  await seedBakeryDraft(page);
  await page.goto("/drafts");
  const core = sectionText(page, "core");
  await expect(core).toHaveValue(/Crumb & Co\./);

  await core.fill("Crumb Replies gives small bakeries one inbox for the questions their customers send them on X.");
  await expect(section(page, "core").getByText("Edited")).toBeVisible();
  await expect(section(page, "core").getByTestId("section-counts")).toContainText("94 characters");
  await expect(section(page, "core").getByTestId("section-counts")).toContainText("16 words");
  await sectionText(page, "apps").fill("We use two Apps.");

  // An answer changes another section: it follows the answers, the edited one does not.
  await step(page, "Showing content off Twitter");
  await page.getByRole("group", { name: /shown outside Twitter/ }).getByLabel("No").check();
  await expect(sectionText(page, "display")).toHaveValue("No Twitter content is displayed outside Twitter.");
  await expect(core).toHaveValue(/^Crumb Replies gives small bakeries one inbox/);

  // Regenerating another edited section asks first, then leaves this one alone.
  await section(page, "apps").getByRole("button", { name: /Regenerate/ }).click();
  await page.getByRole("dialog").getByRole("button", { name: "Replace my edits" }).click();
  await expect(sectionText(page, "apps")).toHaveValue(/register 2 Apps/);
  await expect(core).toHaveValue(/^Crumb Replies gives small bakeries one inbox/);

  await page.reload();
  await expect(core).toHaveValue(/^Crumb Replies gives small bakeries one inbox/);
  await expect(sectionText(page, "display")).toHaveValue("No Twitter content is displayed outside Twitter.");
  await expect(stepHeading(page, "Showing content off Twitter")).toBeVisible();

  // Start over asks, then clears everything.
  await page.getByRole("button", { name: "Start over" }).click();
  await page.getByRole("dialog").getByRole("button", { name: "Delete and start over" }).click();
  await expect(page.getByTestId("findings-summary")).toHaveText("Waiting for answers");
  await expect(core).toHaveValue("");
});

test("the draft downloads as Markdown and copies to the clipboard", async ({ page, context }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await seedBakeryDraft(page);
  await page.goto("/drafts");
  await expect(sectionText(page, "core")).toHaveValue(/Crumb & Co\./);

  const downloadPromise = page.waitForEvent("download");
  await page.getByRole("button", { name: /Markdown/ }).click();
  const download = await downloadPromise;
  expect(download.suggestedFilename()).toBe("crumb-replies-use-case.md");
  const markdown = await readFile(await download.path(), "utf8");
  expect(markdown).toMatch(/^# Crumb Replies: use-case description\n\n## App description \(New App form\)\n\nCrumb Replies: /);
  for (const heading of ["Core use case", "Analysis of Tweets and users", "Posting and engagement", "Displaying content off Twitter", "Data sharing", "Government involvement", "Apps and environments"]) expect(markdown).toContain(`\n## ${heading}\n\n`);
  expect(markdown).toContain("keyword rules plus a small text classifier");

  await page.getByRole("button", { name: "Copy", exact: true }).click();
  await expect(page.getByText("Copied the whole description")).toBeVisible();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toMatch(/^Crumb Replies: use-case description\n=+\n/);
  expect(copied).toContain("Core use case\n-------------\n");
});

for (const theme of ["light", "dark"] as const) {
  test(`axe finds no violations on the drafting helper, empty and filled (${theme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: theme });
    await page.goto("/drafts");
    await expect(page.getByTestId("findings-summary")).toHaveText("Waiting for answers");
    await expectNoAxeViolations(page);
    await seedBakeryDraft(page);
    await page.reload();
    await expect(sectionText(page, "core")).toHaveValue(/Crumb & Co\./);
    await expectNoAxeViolations(page);
  });
}

test("the drafting helper fits a 360 px phone without horizontal scrolling", async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await seedBakeryDraft(page);
  await page.goto("/drafts");
  await expect(sectionText(page, "core")).toHaveValue(/Crumb & Co\./);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBe(0);
  await expect(page.getByRole("button", { name: "Copy", exact: true })).toBeInViewport();
  await expect(page.getByRole("navigation", { name: "Questionnaire steps" }).getByRole("button", { name: /Showing content off Twitter/ })).toBeInViewport();
});

test("the policy-check endpoint answers scripts, refuses oversized bodies and explains bad ones", async ({ request }) => {
  const ok = await request.post("/api/policy-check", { data: { text: "We sell the collected Tweets to marketing firms." } });
  expect(ok.status()).toBe(200);
  const { findings } = (await ok.json()) as { findings: { rule: string; severity: string; message: string; guide: string }[] };
  const selling = findings.find((f) => f.rule === "risky-selling-data");
  expect(selling?.severity).toBe("error");
  expect(selling?.guide).toMatch(/^\/guides\//);

  const big = await request.post("/api/policy-check", { data: { text: "a".repeat(110 * 1024) } });
  expect(big.status()).toBe(413);
  expect(big.headers()["content-type"]).toBe("application/problem+json");
  expect(((await big.json()) as { code: string }).code).toBe("TOO_LARGE");

  const bad = await request.post("/api/policy-check", { headers: { "content-type": "application/json" }, data: Buffer.from("{nope") });
  expect(bad.status()).toBe(400);
  expect(((await bad.json()) as { code: string; detail: string }).code).toBe("BAD_INPUT");
});

test("signed in, the draft is saved to the team, gets a second version, and the two compare side by side", async ({ page }) => {
  test.slow();
  await seedBakeryDraft(page);
  await signInWithSandbox(page, { from: "/signin?callbackUrl=/drafts" });
  await expect(page).toHaveURL(/\/drafts$/);
  await expect(sectionText(page, "core")).toHaveValue(/Crumb & Co\./);

  // Version 1, from the browser's draft.
  await page.getByLabel("Title").fill("Crumb Replies");
  await page.getByRole("button", { name: "Save to team" }).click();
  await expect(page.getByText("Saved as version 1.")).toBeVisible();
  await page.getByRole("link", { name: "Open it in the team" }).click();
  await expect(page.getByRole("heading", { level: 2, name: "Crumb Replies" })).toBeVisible();
  await expect(page.getByTestId("draft-versions")).toContainText("Version 1");
  const draftUrl = new URL(page.url()).pathname;

  // Version 2: an edited section, and a finding fixed by an answer.
  const core = sectionText(page, "core");
  await expect(core).toHaveValue(/Crumb & Co\./);
  await core.fill("Crumb Replies gives small bakeries one inbox for the questions their customers send them on X.");
  await page.getByRole("button", { name: "Save a new version" }).click();
  await expect(page.getByText("Saved as version 2.")).toBeVisible();
  await page.reload();
  await expect(page.getByTestId("draft-versions")).toContainText("Version 2");
  await expect(core).toHaveValue(/^Crumb Replies gives small bakeries one inbox/);

  // Compare 1 → 2: the edited words are marked, side by side.
  await page.getByRole("button", { name: "Compare" }).click();
  await expect(page).toHaveURL(new RegExp(`${draftUrl}/diff\\?a=1&b=2$`));
  const diff = page.getByTestId("version-diff");
  await expect(diff).toContainText("Core use case");
  await expect(diff.locator("ins").first()).toBeVisible();
  await expect(diff.locator("del").first()).toBeVisible();
  await expectNoAxeViolations(page);

  // The team home lists the draft with its open findings.
  await page.goto(draftUrl.replace(/\/drafts\/.*/, ""));
  await expect(page.getByTestId("draft").filter({ hasText: "Crumb Replies" })).toContainText("Version 2");
  await expect(page.getByTestId("draft").filter({ hasText: "Crumb Replies" }).getByTestId("draft-findings")).toBeVisible();
});

test("after a reload, /drafts still saves to the same team draft, and a same-named draft is offered as a new version", async ({ page }) => {
  test.slow();
  await seedBakeryDraft(page);
  await signInWithSandbox(page, { from: "/signin?callbackUrl=/drafts" });
  await expect(sectionText(page, "core")).toHaveValue(/Crumb & Co\./);
  await page.getByLabel("Title").fill("Crumb Replies");
  await page.getByRole("button", { name: "Save to team" }).click();
  await expect(page.getByText("Saved as version 1.")).toBeVisible();

  // The reload remembers the title and that this is the team's draft.
  await page.reload();
  await expect(page.getByLabel("Title")).toHaveValue("Crumb Replies");
  await page.getByRole("button", { name: "Save a new version" }).click();
  await expect(page.getByText("Saved as version 2.")).toBeVisible();

  // Forgotten link (another browser, cleared storage): the same name is offered as version 3.
  await page.evaluate(() => window.localStorage.removeItem("perch-draft-link"));
  await page.reload();
  await expect(page.getByRole("button", { name: "Save to team" })).toBeVisible();
  await page.getByLabel("Title").fill("crumb replies ");
  await page.getByRole("button", { name: "Save to team" }).click();
  await expect(page.getByRole("form", { name: "Save the draft to a team" }).getByRole("alert")).toContainText("already has a draft named “Crumb Replies” (version 2)");
  await page.getByRole("button", { name: "Save as version 3" }).click();
  await expect(page.getByText("Saved as version 3.")).toBeVisible();
  await page.getByRole("link", { name: "Open it in the team" }).click();
  await expect(page).toHaveURL(/\/vault\/[^/]+\/drafts\/[^/]+$/);
  await page.goto(new URL(page.url()).pathname.replace(/\/drafts\/.*/, ""));
  await expect(page.getByTestId("draft")).toHaveCount(1);
  await expect(page.getByTestId("draft")).toContainText("Version 3");
});

test("signing out warns about unsaved drafts, then clears every draft from this browser", async ({ page }) => {
  test.slow();
  await seedBakeryDraft(page);
  const username = await signInWithSandbox(page, { from: "/signin?callbackUrl=/drafts" });
  await expect(sectionText(page, "core")).toHaveValue(/Crumb & Co\./);
  await page.getByRole("button", { name: `Account menu for @${username}` }).click();
  await page.getByRole("menuitem", { name: "Sign out" }).click();
  const dialog = page.getByRole("dialog", { name: "Sign out and delete unsaved drafts?" });
  await expect(dialog).toContainText("A draft in this browser has changes not saved to a team");
  await dialog.getByRole("button", { name: "Stay signed in" }).click();
  await expect(page.getByRole("button", { name: `Account menu for @${username}` })).toBeVisible();

  await page.getByRole("button", { name: `Account menu for @${username}` }).click();
  await page.getByRole("menuitem", { name: "Sign out" }).click();
  await page.getByRole("button", { name: "Sign out and delete" }).click();
  await expect(page.getByRole("link", { name: "Sign in" })).toBeVisible();
  // The next person on this browser starts from nothing: no organisation, no answers.
  await page.goto("/drafts");
  await expect(page.getByTestId("findings-summary")).toHaveText("Waiting for answers");
  expect(await page.evaluate(() => Object.keys(window.localStorage).filter((k) => k.startsWith("perch-draft")))).toEqual([]);
});

test("an over-long paste into a section says what was cut, and the box stays a bounded height (390 px and 1280 px)", async ({ page }) => {
  for (const width of [390, 1280]) {
    await page.setViewportSize({ width, height: 900 });
    await page.goto("/drafts");
    const box = sectionText(page, "core");
    await box.fill(`${"Crumb Replies answers bakery questions. ".repeat(25_000)}`);
    await expect(section(page, "core").getByTestId("section-cut")).toHaveText(/at most 20,000 characters: the last 980,000 characters of what you pasted or typed were left out/);
    await expect(box).toHaveValue(/^Crumb Replies/);
    expect((await box.inputValue()).length).toBe(20_000);
    const height = (await box.boundingBox())?.height ?? Infinity;
    expect(height).toBeLessThanOrEqual(400);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBe(0);
    await page.getByRole("button", { name: "Start over" }).click();
    await page.getByRole("button", { name: "Delete and start over" }).click();
  }
});
