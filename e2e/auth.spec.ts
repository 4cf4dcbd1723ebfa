import { expect, test } from "@playwright/test";
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
  const username = uniqueUsername();
  const laptop = await browser.newContext();
  const phone = await browser.newContext();
  const a = await laptop.newPage();
  const b = await phone.newPage();
  await signInWithSandbox(a, { username, from: "/signin?callbackUrl=/settings/sessions" });
  await signInWithSandbox(b, { username, existing: true, from: "/signin?callbackUrl=/settings/sessions" });
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

for (const attack of ["https://evil.example/", "//evil.example", "/\\evil.example", "%2F%2Fevil.example"]) {
  test(`callbackUrl ${attack} never leaves the site`, async ({ page }) => {
    await signInWithSandbox(page, { from: `/signin?callbackUrl=${encodeURIComponent(attack)}` });
    expect(new URL(page.url()).origin).toBe("http://localhost:3100");
  });
}

test("the about page shows this deployment's exact callback URL", async ({ page }) => {
  await page.goto("/about");
  await expect(page.getByTestId("signin-mode")).toHaveText(/Sandbox/);
  await expect(page.getByTestId("copy-value").first()).toHaveText("http://localhost:3100/api/auth/callback/twitter");
  await expectNoAxeViolations(page);
});
