import { expect, test } from "./fixtures";
import { expectNoAxeViolations, signInWithSandbox, uniqueUsername } from "./helpers";

test("a protected page sends a signed-out person to sign in and back again", async ({ page }) => {
  await page.goto("/settings/sessions");
  await expect(page).toHaveURL(/\/signin\?callbackUrl=%2Fsettings%2Fsessions$/);
  await expectNoAxeViolations(page);
  const username = await signInWithSandbox(page);
  await expect(page).toHaveURL(/\/settings\/sessions$/);
  await expect(page.getByRole("heading", { name: "Sessions" })).toBeVisible();
  await expect(page.getByTestId("session-row")).toHaveCount(1);
  // The avatar from the profile is shown and actually loads.
  const avatar = page.getByTestId("avatar");
  await expect(avatar).toBeVisible();
  expect(await avatar.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
  await page.getByRole("button", { name: `Account menu for @${username}` }).click();
  await expect(page.getByRole("menu")).toContainText(`Tester ${username}`);
});

test("the consent screen is clearly the sandbox and has no accessibility violations", async ({ page }) => {
  await page.goto("/signin");
  await page.getByRole("button", { name: /continue with the twitter sandbox/i }).click();
  await expect(page).toHaveURL(/\/sandbox\/i\/oauth2\/authorize/);
  await expect(page.getByText(/sandbox/i).first()).toBeVisible();
  await expectNoAxeViolations(page);
});

test("signing out ends the session", async ({ page }) => {
  const username = await signInWithSandbox(page);
  await page.getByRole("button", { name: `Account menu for @${username}` }).click();
  await page.getByRole("menuitem", { name: "Sign out" }).click();
  await expect(page.getByRole("link", { name: "Sign in" })).toBeVisible();
  await page.goto("/settings/sessions");
  await expect(page).toHaveURL(/\/signin\?/);
});

test("revoking another session signs that browser out", async ({ browser }) => {
  test.slow();
  const username = uniqueUsername();
  const password = "a practice password for two browsers";
  const laptop = await browser.newContext();
  const phone = await browser.newContext();
  const a = await laptop.newPage();
  const b = await phone.newPage();
  await signInWithSandbox(a, { username, password, from: "/signin?callbackUrl=/settings/sessions" });
  // The phone is another browser: the practice account needs its password there.
  await signInWithSandbox(b, { username, password, fromOtherBrowser: true, from: "/signin?callbackUrl=/settings/sessions" });
  await a.reload();
  await expect(a.getByTestId("session-row")).toHaveCount(2);
  await expectNoAxeViolations(a);
  const other = a.getByTestId("session-row").filter({ hasNotText: "This session" });
  await other.getByRole("button", { name: /^Sign out/ }).click();
  await expect(a.getByText("Session signed out.")).toBeVisible();
  await expect(a.getByTestId("session-row")).toHaveCount(1);
  await b.reload();
  await expect(b).toHaveURL(/\/signin\?callbackUrl=%2Fsettings%2Fsessions/);
  await laptop.close();
  await phone.close();
});

test("cancelling on the consent screen explains what happened", async ({ page }) => {
  await page.goto("/signin");
  await page.getByRole("button", { name: /continue with the twitter sandbox/i }).click();
  await page.getByRole("button", { name: "Cancel" }).click();
  await expect(page).toHaveURL(/\/signin\/error\?error=AccessDenied$/);
  await expect(page.getByRole("heading", { name: "You cancelled the sign-in" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Try again" })).toBeVisible();
});

test("a forged callback (bad state) lands on a friendly error without details", async ({ page }) => {
  await page.goto("/api/auth/callback/twitter?code=forged-code&state=forged-state");
  await expect(page).toHaveURL(/\/signin\/error\?error=State$/);
  await expect(page.getByRole("heading", { name: "This sign-in could not be verified" })).toBeVisible();
  await page.goto("/api/auth/callback/twitter?code=forged-code");
  await expect(page).toHaveURL(/\/signin\/error\?error=State$/);
  await expect(page.locator("body")).not.toContainText(/stack|Error:/);
});

test("going back to the consent screen and authorizing again keeps the person signed in and offers to sign in again", async ({ page }) => {
  const username = await signInWithSandbox(page);
  // Back to the consent screen, which still holds the first sign-in's state: authorize again.
  await page.goBack();
  await expect(page).toHaveURL(/\/sandbox\/i\/oauth2\/authorize/);
  await page.getByRole("radio", { name: new RegExp(`@${username}\\b`) }).check();
  await page.getByRole("button", { name: "Authorize app" }).click();
  await expect(page).toHaveURL(/\/signin\/error\?error=State$/);
  await expect(page.getByTestId("still-signed-in")).toHaveText(`You are still signed in as @${username}.`);
  await expect(page.getByRole("button", { name: `Account menu for @${username}` })).toBeVisible();
  await expect(page.locator("body")).not.toContainText(/tampered/);
  // Either way on: continue, or sign in again (which a signed-in person may now do).
  await page.getByRole("link", { name: "Sign in again" }).click();
  await expect(page.getByRole("button", { name: /continue with the twitter sandbox/i })).toBeVisible();
  await page.goto("/settings/sessions");
  await expect(page.getByTestId("session-row")).toHaveCount(1);
});

for (const attack of ["https://evil.example/", "//evil.example", "/\\evil.example", "%2F%2Fevil.example"]) {
  test(`callbackUrl ${attack} never leaves the site`, async ({ page, baseURL }) => {
    await signInWithSandbox(page, { from: `/signin?callbackUrl=${encodeURIComponent(attack)}` });
    expect(new URL(page.url()).origin).toBe(baseURL);
  });
}

test("the about page shows this deployment's exact callback URL", async ({ page, baseURL }) => {
  await page.goto("/about");
  await expect(page.getByTestId("signin-mode")).toHaveText(/Sandbox/);
  await expect(page.getByTestId("copy-value").first()).toHaveText(`${baseURL}/api/auth/callback/twitter`);
  await expectNoAxeViolations(page);
});

test("sign-in asks Twitter only for users.read and tweet.read, and the page says why", async ({ page }) => {
  await page.goto("/signin");
  await expect(page.getByTestId("sign-in-scopes")).toContainText("users.read");
  await expect(page.getByTestId("sign-in-scopes")).toContainText("tweet.read");
  await page.getByRole("button", { name: /continue with the twitter sandbox/i }).click();
  await expect(page).toHaveURL(/\/sandbox\/i\/oauth2\/authorize/);
  expect(new URL(page.url()).searchParams.get("scope")).toBe("users.read tweet.read");
});

test("the sign-in button works before any JavaScript runs (a plain form post)", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto("/signin?callbackUrl=/about");
  await page.getByRole("button", { name: /continue with the twitter sandbox/i }).click();
  await expect(page).toHaveURL(/\/sandbox\/i\/oauth2\/authorize\?.*code_challenge_method=S256/);
  await context.close();
});

test("another browser does not see your practice account on the consent screen", async ({ browser }) => {
  const mine = await browser.newContext();
  const theirs = await browser.newContext();
  const username = await signInWithSandbox(await mine.newPage());
  const page = await theirs.newPage();
  await page.goto("/signin");
  await page.getByRole("button", { name: /continue with the twitter sandbox/i }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("wants to access");
  await expect(page.getByRole("radio", { name: new RegExp(`@${username}\\b`) })).toHaveCount(0);
  await mine.close();
  await theirs.close();
});

test("signing in as someone else while signed in never links the two accounts", async ({ context }) => {
  test.slow();
  // A sign-in page left open from before…
  const staleTab = await context.newPage();
  await staleTab.goto("/signin");
  // …while someone signs in as A in another tab of the same browser.
  const first = await signInWithSandbox(await context.newPage());
  // The old tab's Continue now starts a flow with A's session present; B authorizes.
  const second = await signInWithSandbox(staleTab);
  expect(second).not.toBe(first);
  // The browser is B now, and A's account is A's alone: signing in as A again shows A.
  await staleTab.goto("/settings/sessions");
  await expect(staleTab.getByRole("button", { name: `Account menu for @${second}` })).toBeVisible();
  await staleTab.getByRole("button", { name: `Account menu for @${second}` }).click();
  await staleTab.getByRole("menuitem", { name: "Sign out" }).click();
  await expect(staleTab.getByRole("link", { name: "Sign in" })).toBeVisible();
  await signInWithSandbox(staleTab, { username: first, existing: true });
});

test("signing out forgets this browser's guide progress", async ({ page }) => {
  const username = await signInWithSandbox(page, { from: "/signin?callbackUrl=/guides/get-access" });
  await page.getByTestId(/^done-/).first().check();
  await expect(page.getByTestId("sync-status")).toHaveText("Saved to your account");
  expect(await page.evaluate(() => localStorage.getItem("perch-guide-progress"))).toContain("get-access");
  await page.getByRole("button", { name: `Account menu for @${username}` }).click();
  await page.getByRole("menuitem", { name: "Sign out" }).click();
  await expect(page.getByRole("link", { name: "Sign in" })).toBeVisible();
  expect(await page.evaluate(() => localStorage.getItem("perch-guide-progress"))).toBeNull();
  await page.goto("/guides/get-access");
  await expect(page.getByTestId("progress-get-access").getByTestId("progress-text")).toHaveText(/^0 of/);
});

test("a shared demo says so on every page, and HTTPS deployments get HSTS", async ({ page, request }) => {
  for (const [path, width] of [["/", 1280], ["/guides", 1280], ["/signin", 360], ["/sandbox", 360]] as const) {
    await page.setViewportSize({ width, height: 720 });
    await page.goto(path);
    const banner = page.getByTestId("demo-banner");
    await expect(banner).toContainText("Public demo");
    // Pinned to the window's bottom, it must not hide the end of the page once scrolled there.
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    const footer = await page.locator("footer").boundingBox();
    const note = await banner.boundingBox();
    expect(footer!.y + footer!.height).toBeLessThanOrEqual(note!.y + 1);
  }
  const plain = await request.get("/");
  expect(plain.headers()["strict-transport-security"]).toBeUndefined();
  const behindTls = await request.get("/", { headers: { "X-Forwarded-Proto": "https" } });
  expect(behindTls.headers()["strict-transport-security"]).toMatch(/max-age=\d+/);
});

test("an authorize error for an App anyone could register shows a page and never redirects", async ({ page }) => {
  const response = await page.goto("/sandbox/i/oauth2/authorize?response_type=code&client_id=unknown&redirect_uri=https%3A%2F%2Fevil.example%2Fcb&state=s");
  expect(response?.status()).toBe(200);
  await expect(page.getByTestId("authorize-error")).toBeVisible();
  expect(page.url()).toContain("/sandbox/i/oauth2/authorize");
});

test("right after the first sign-in, the home page's guide counts agree", async ({ page }) => {
  await page.goto("/guides/get-access");
  const boxes = page.getByTestId(/^done-/);
  for (let i = 0; i < 3; i++) await boxes.nth(i).check();
  await signInWithSandbox(page, { from: "/signin?callbackUrl=/" });
  await expect(page.getByRole("heading", { name: /Welcome back/ })).toBeVisible();
  const progress = page.getByRole("region", { name: "Your progress" });
  await expect(progress).toContainText(/3 of \d+ steps done across/);
  const total = /3 of (\d+) steps/.exec((await progress.textContent()) ?? "")?.[1];
  await expect(page.getByTestId("guides-next-step-count")).toHaveText(`3 of ${total} steps done.`);
  await expect(page.getByTestId("next-steps")).toContainText("Continue the guides");
});

test("consent screen messages are said once and go away when they no longer apply", async ({ page }) => {
  await page.goto("/signin");
  await page.getByRole("button", { name: /continue with the twitter sandbox/i }).click();
  await expect(page.getByRole("button", { name: "Authorize app" })).toBeVisible();
  // Authorize with no account yet: told to choose one.
  await page.getByRole("button", { name: "Authorize app" }).click();
  await expect(page.getByText("Choose the practice account to sign in with.")).toBeVisible();
  // A wrong password for an account from another browser: one message, under the password.
  await page.getByText("Use an account from another browser").click();
  const other = page.locator("details", { hasText: "Use an account from another browser" });
  await other.getByLabel("@username").fill(uniqueUsername());
  await other.getByLabel("Password").fill("not-the-password");
  await other.getByRole("button", { name: "Use this account here" }).click();
  await expect(other.getByText(/don.t match/)).toHaveCount(1);
  await expect(other.getByLabel("Password")).toHaveAttribute("aria-invalid", "true");
  // Creating and selecting an account: "choose the practice account" is gone.
  const username = uniqueUsername();
  const create = page.locator("details", { hasText: "Create a practice account" });
  await create.getByLabel("Name", { exact: true }).fill(`Tester ${username}`);
  await create.getByLabel("@username").fill(username);
  await create.getByRole("button", { name: "Create and select" }).click();
  await expect(page.getByRole("radio", { name: new RegExp(`@${username}\\b`) })).toBeChecked();
  await expect(page.getByText("Choose the practice account to sign in with.")).toHaveCount(0);
});
