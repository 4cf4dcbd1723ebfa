import { expectNoAxeViolations, setTheme } from "./helpers";
import { expect, test } from "./fixtures";

// The troubleshooter as a person uses it: paste what X answered, read the diagnosis, follow
// it to the guide step; unknown text gets an honest "not recognised". Light and dark, wide
// and narrow, no axe violations.

const NOT_ENROLLED = JSON.stringify({
  client_id: "28475610",
  detail: "When authenticating requests to the Twitter API v2 endpoints, you must use keys and tokens from a Twitter developer App that is attached to a Project. You can create a project via the developer portal.",
  registration_url: "https://developer.twitter.com/en/docs/projects/overview",
  title: "Client Forbidden",
  required_enrollment: "Appropriate Level of API Access",
  reason: "client-not-enrolled",
  type: "https://api.twitter.com/2/problems/client-forbidden",
});

test("paste an X error, get its meaning, fix and guide step; junk is 'not recognised'", async ({ page }) => {
  await page.goto("/troubleshoot");
  await expect(page.getByRole("heading", { level: 1, name: "From an X error to its fix" })).toBeVisible();
  const input = page.getByLabel("What X answered");
  await input.fill(NOT_ENROLLED);
  await page.getByRole("button", { name: "Diagnose" }).click();
  const diagnosis = page.getByTestId("diagnosis");
  await expect(diagnosis).toHaveAttribute("data-error-id", "client-not-enrolled");
  await expect(diagnosis).toContainText("App not enrolled");
  await expect(diagnosis).toContainText("Fix");
  await expect(diagnosis).toContainText("Problem type: client-forbidden");
  await expectNoAxeViolations(page);

  // A printed twitter-api-v2 message with a rate-limit header: a rate limit, not a usage cap.
  await input.fill("Request failed with code 429\nx-rate-limit-remaining: 0\nx-rate-limit-reset: 1705420800");
  await page.getByRole("button", { name: "Diagnose" }).click();
  await expect(diagnosis).toHaveAttribute("data-error-id", "rate-limit-exceeded");

  await input.fill("my bot stopped working yesterday");
  await page.getByRole("button", { name: "Diagnose" }).click();
  await expect(diagnosis).toHaveAttribute("data-kind", "not-recognised");
  await expect(diagnosis).toContainText("Not recognised");

  // The diagnosis leads to the guide step that shows the fix.
  await input.fill(NOT_ENROLLED);
  await page.getByRole("button", { name: "Diagnose" }).click();
  await diagnosis.getByRole("link", { name: "The guide step that shows the fix" }).click();
  await expect(page).toHaveURL(/\/guides\/developer-console#new-app$/);
  await expect(page.locator("#new-app")).toBeVisible();
});

test("every known error has its own anchor; guide steps where errors happen link here", async ({ page }) => {
  await page.goto("/troubleshoot#credits-depleted");
  await expect(page.locator("#credits-depleted")).toContainText("Out of credits");
  await page.goto("/guides/developer-console#buy-credits");
  const step = page.locator("#buy-credits");
  await step.getByTestId("troubleshoot-link").getByRole("link", { name: "Find out what it means" }).click();
  await expect(page).toHaveURL(/\/troubleshoot$/);
});

test("the guide step with this deployment's callback URL says what X accepts locally, and warns about localhost", async ({ page }) => {
  // The e2e server runs at http://localhost:<port>: a callback X asks to replace with 127.0.0.1.
  await page.goto("/guides/developer-console#user-authentication");
  const value = page.getByTestId("deployment-value-callbackUrl");
  const advice = value.getByTestId("callback-url-advice");
  await expect(advice).toHaveAttribute("data-level", "warning");
  await expect(advice.getByRole("note", { name: "About this callback URL" })).toContainText(/http:\/\/127\.0\.0\.1:\d+\/api\/auth\/callback\/twitter/);
  await expect(advice).toContainText("not localhost");
  await expectNoAxeViolations(page);
  await page.setViewportSize({ width: 390, height: 900 });
  await setTheme(page, "dark");
  await expectNoAxeViolations(page);
  await value.screenshot({ path: "test-results/callback-advice-dark-390.png" });
});

for (const theme of ["light", "dark"] as const) {
  for (const width of [390, 1280]) {
    test(`no axe violations in ${theme} mode at ${width}px, with a diagnosis shown`, async ({ page }) => {
      await page.setViewportSize({ width, height: 900 });
      await page.goto("/troubleshoot");
      await setTheme(page, theme);
      await page.getByRole("button", { name: "Try an example" }).click();
      await page.getByRole("button", { name: "Diagnose" }).click();
      await expect(page.getByTestId("diagnosis")).toBeVisible();
      // Nothing runs off the side of a phone.
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      await expectNoAxeViolations(page);
      await page.screenshot({ path: `test-results/troubleshoot-${theme}-${width}.png`, fullPage: false });
    });
  }
}
