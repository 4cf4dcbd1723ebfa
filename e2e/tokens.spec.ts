import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";
import { expectNoAxeViolations, signInWithSandbox } from "./helpers";
import { expect, test } from "./fixtures";

// A program reads the vault: a person makes a service token for one app in the UI, `perch run`
// starts a child process that sees the app's keys in its environment, the audit log shows the
// read (filtered by the token), and after the person revokes it the next `perch run` fails
// with a clear message and starts nothing.

const PERCH = path.resolve(__dirname, "..", "bin", "perch.mjs");
/** The child prints whether it got each key (compared in the child), and whether it got PERCH_TOKEN. */
const CHILD = `const e = process.env; console.log(JSON.stringify({ key: e.TWITTER_API_KEY, secret: e.TWITTER_API_KEY_SECRET, bearer: e.TWITTER_BEARER_TOKEN, hasPerchToken: "PERCH_TOKEN" in e }))`;

function perchRun(baseURL: string, token: string, appName: string) {
  return spawnSync(process.execPath, [PERCH, "run", "--app", appName, "--", process.execPath, "-e", CHILD], {
    env: { PATH: process.env.PATH ?? "", PERCH_URL: baseURL, PERCH_TOKEN: token } as unknown as NodeJS.ProcessEnv,
    encoding: "utf8",
    timeout: 30_000,
  });
}

test("a person makes a service token, perch run gets the app's keys, the audit log shows it, revoking ends it", async ({ browser, baseURL }) => {
  test.setTimeout(180_000);
  const context = await browser.newContext({ baseURL, permissions: ["clipboard-read", "clipboard-write"] });
  const page = await context.newPage();
  await signInWithSandbox(page);
  const mark = Date.now().toString(36);
  const appName = `bot-${mark}`;
  const keys = { key: `e2eKey${mark}ApiKey0123`, secret: `e2eSecret${mark}ApiKeySecret0123456789abcdef`, bearer: `AAAAAAAAAAAAAAAAAAAAA${mark}e2eBearer0123456789` };

  // A team with one app holding three keys, pasted as .env lines.
  await page.goto("/vault");
  await page.getByLabel("Team name").fill(`Tokens ${mark}`);
  await page.getByRole("button", { name: "Create team" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText(`Tokens ${mark}`);
  const teamUrl = new URL(page.url()).pathname;
  await page.goto(`${teamUrl}/apps/new`);
  await page.getByLabel("App name").fill(appName);
  await page.getByText("Import from a .env or the developer console").click();
  await page.getByLabel("Paste here").fill(`TWITTER_API_KEY=${keys.key}\nTWITTER_API_KEY_SECRET=${keys.secret}\nTWITTER_BEARER_TOKEN=${keys.bearer}\n`);
  await page.getByRole("button", { name: "Fill the form with 3 values" }).click();
  await page.getByRole("button", { name: "Save app" }).click();
  await expect(page.getByRole("heading", { level: 2, name: appName })).toBeVisible();

  // The Tokens tab: a token for this app only, all environments, the default 90 days.
  await page.getByRole("link", { name: "Tokens" }).click();
  await expect(page.getByRole("heading", { name: "Service tokens", exact: true })).toBeVisible();
  await expect(page.getByText("Removing the member who made a token does")).toBeVisible();
  await expect(page.getByLabel("Expires after (days)")).toHaveValue("90");
  await page.getByLabel("Name", { exact: true }).fill("reply bot");
  await page.getByLabel("Only the apps I choose").check();
  await page.getByRole("list", { name: "Apps" }).getByLabel(appName).check();
  await page.getByRole("button", { name: "Create token" }).click();
  const shown = page.getByTestId("new-token");
  await expect(shown).toContainText("cannot show it again");
  const token = (await shown.getByTestId("copy-value").textContent())!;
  expect(token).toMatch(/^perch_st_[A-Za-z0-9]{52}$/);
  await shown.getByRole("button", { name: "Copy service token" }).click();
  await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(token);
  const row = page.getByTestId("token").filter({ hasText: "reply bot" });
  await expect(row).toContainText(appName);
  await expect(row).toContainText("Active");
  await expect(row).toContainText("never");
  await expectNoAxeViolations(page);
  // Shown once: a reload shows only its non-secret start.
  await page.reload();
  expect(await page.content()).not.toContain(token);
  await expect(row).toContainText(token.slice(0, 21));

  // perch run starts the program with the keys in its environment, and not the token.
  const ran = perchRun(baseURL!, token, appName);
  expect(ran.stderr).toBe("");
  expect(ran.status).toBe(0);
  expect(JSON.parse(ran.stdout)).toEqual({ ...keys, hasPerchToken: false });

  // The audit log shows the read, by the token, with the variables it got.
  await page.goto(`${teamUrl}/audit`);
  await page.getByLabel("Service token").selectOption({ label: `reply bot (${token.slice(0, 21)}…)` });
  await page.getByRole("button", { name: "Apply" }).click();
  await expect(page).toHaveURL(/token=/);
  const log = page.getByTestId("audit-log");
  await expect(log.getByRole("row").filter({ hasText: "read an app's secrets with a service token" })).toHaveCount(1);
  await expect(log).toContainText("token “reply bot”");
  await expect(log).toContainText("TWITTER_API_KEY, TWITTER_API_KEY_SECRET, TWITTER_BEARER_TOKEN");
  await expect(log).not.toContainText("created an app");
  await expectNoAxeViolations(page);

  // The list shows the last use; revoking is immediate.
  await page.goto(`${teamUrl}/tokens`);
  await expect(row).not.toContainText("never");
  await row.getByRole("button", { name: "Revoke the token “reply bot”" }).click();
  await row.getByRole("button", { name: "Revoke “reply bot” now" }).click();
  await expect(row).toContainText("Revoked");

  const refused = perchRun(baseURL!, token, appName);
  expect(refused.status).toBe(1);
  expect(refused.stdout).toBe("");
  expect(refused.stderr).toContain("Perch refused the token in PERCH_TOKEN: This service token was revoked on");
  await context.close();

  // The server never logged the token or a key.
  const serverLog = readFileSync("data/e2e-server.log", "utf8");
  for (const secret of [token, token.slice(21), ...Object.values(keys)]) expect(serverLog.includes(secret), `${secret.slice(0, 4)}… in the server log`).toBe(false);
});
