import { randomBytes } from "node:crypto";
import { expect, test, type Page } from "@playwright/test";
import { signInWithSandbox } from "./helpers";
import { instancesLayout } from "./instances-setup";

// Two `next start` instances on one PostgreSQL database behind the README's nginx
// (playwright.instances.config.ts starts them). A person signs in on one and works on the
// other; what each instance shows must agree: the session, vault edits and a conflict, a
// re-key, the audit log, and a rate limit counted across both.

const { ports, nginxUrl } = instancesLayout();
const [A, B] = ports.map((p) => `http://127.0.0.1:${p}`) as [string, string];

const secret = `s3cr3t-${randomBytes(12).toString("hex")}`;
const apiKey = `key${randomBytes(10).toString("hex")}`;

async function reveal(page: Page, url: string): Promise<string | null> {
  await page.goto(url);
  const row = page.getByTestId("credential").filter({ has: page.getByText("API Key Secret", { exact: true }) });
  await row.getByRole("button", { name: "Reveal API Key Secret" }).click();
  await expect(row.getByTestId("credential-value")).not.toHaveText(/•/);
  return row.getByTestId("credential-value").textContent();
}

test("one person on two instances: session, vault edits, conflict, re-key, audit and rate limits agree", async ({ browser, request }) => {
  // Signed in starting on instance A (the OAuth callback comes back through nginx).
  const context = await browser.newContext();
  const page = await context.newPage();
  const username = await signInWithSandbox(page, { from: `${A}/signin` });

  // The session is the same on both instances.
  for (const origin of [A, B, nginxUrl]) {
    await page.goto(`${origin}/settings/sessions`);
    await expect(page.getByRole("button", { name: `Account menu for @${username}` })).toBeVisible();
    await expect(page.getByTestId("session-row")).toHaveCount(1);
  }

  // A team and an app made on B.
  await page.goto(`${B}/vault`);
  const teamName = `Instances ${randomBytes(3).toString("hex")}`;
  await page.getByLabel("Team name").fill(teamName);
  await page.getByRole("button", { name: "Create team" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText(teamName);
  const teamPath = new URL(page.url()).pathname;
  const appName = `bot-${randomBytes(3).toString("hex")}`;
  await page.goto(`${B}${teamPath}/apps/new`);
  await page.getByLabel("App name").fill(appName);
  await page.getByText("Import from a .env or the developer console").click();
  await page.getByLabel("Paste here").fill(`TWITTER_API_KEY=${apiKey}\nTWITTER_API_KEY_SECRET=${secret}`);
  await page.getByRole("button", { name: "Fill the form with 2 values" }).click();
  await page.getByRole("button", { name: "Save app" }).click();
  await expect(page.getByRole("heading", { level: 2, name: appName })).toBeVisible();
  const appPath = new URL(page.url()).pathname;

  // Revealed on A and on B: the same value (each instance caches the team's data key now).
  expect(await reveal(page, `${A}${appPath}`)).toBe(secret);
  expect(await reveal(page, `${B}${appPath}`)).toBe(secret);

  // An edit opened on A, another saved on B first: A's save is a conflict, not an overwrite.
  const other = await context.newPage();
  await page.goto(`${A}${appPath}/edit`);
  await other.goto(`${B}${appPath}/edit`);
  await other.getByLabel("Notes (optional)").fill("Saved on B");
  await other.getByRole("button", { name: "Save changes" }).click();
  await expect(other.getByRole("heading", { level: 2, name: appName })).toBeVisible();
  await page.getByLabel("Notes (optional)").fill("Saved on A");
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByText(/Someone else saved/)).toBeVisible();
  await page.getByRole("button", { name: "Reload their version" }).click();
  await expect(page.getByLabel("Notes (optional)")).toHaveValue("Saved on B");

  // Re-keyed on A; B, which holds the old data key in memory, reads with the new one at once.
  await page.goto(`${A}${teamPath}/settings`);
  await page.getByRole("button", { name: "Re-key this team" }).click();
  await expect(page.getByText(/re-encrypted under data key version 2/)).toBeVisible();
  expect(await reveal(page, `${B}${appPath}`)).toBe(secret);
  expect(await reveal(page, `${A}${appPath}`)).toBe(secret);

  // The audit log is one log: the same entries seen from A, B and nginx.
  const logs: string[] = [];
  for (const origin of [A, B, nginxUrl]) {
    await page.goto(`${origin}${teamPath}/audit`);
    const log = page.getByTestId("audit-log");
    await expect(log).toContainText("re-encrypted the team's credentials under a new key");
    logs.push((await log.textContent()) ?? "");
  }
  expect(logs[1]).toBe(logs[0]);
  expect(logs[2]).toBe(logs[0]);
  expect(logs[0]).not.toContain(secret);

  // One rate limit across both instances: 120 policy checks a minute per address, wherever
  // they land (directly on A or B, or through nginx, which forwards the address).
  const address = `198.51.100.${1 + Math.floor(Math.random() * 250)}`;
  const statuses: number[] = [];
  let retryAfter: string | undefined;
  const origins = [A, B, nginxUrl];
  for (let i = 0; i < 121; i++) {
    const res = await request.post(`${origins[i % 3]}/api/policy-check`, { headers: { "X-Forwarded-For": address }, data: { text: "We help bakeries reply to questions." } });
    statuses.push(res.status());
    if (res.status() === 429) retryAfter = res.headers()["retry-after"];
  }
  expect(statuses.slice(0, 120).every((s) => s === 200)).toBe(true);
  expect(statuses[120]).toBe(429);
  expect(Number(retryAfter)).toBeGreaterThan(0);
  // Another address is not affected.
  expect((await request.post(`${B}/api/policy-check`, { headers: { "X-Forwarded-For": "198.51.100.251" }, data: { text: "Hello." } })).status()).toBe(200);

  // Signed out on B: the session is gone on A too.
  await page.goto(`${B}/settings/sessions`);
  await page.getByRole("button", { name: `Account menu for @${username}` }).click();
  await page.getByRole("menuitem", { name: /sign out/i }).click();
  await expect(page.getByRole("button", { name: `Account menu for @${username}` })).toHaveCount(0);
  await page.goto(`${A}/settings/sessions`);
  await expect(page.getByRole("button", { name: `Account menu for @${username}` })).toHaveCount(0);
  await context.close();
});
