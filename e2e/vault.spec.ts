import { readFileSync } from "node:fs";
import type { BrowserContext, Page } from "@playwright/test";
import { expectNoAxeViolations, signInWithSandbox } from "./helpers";
import { expect, test } from "./fixtures";

// The vault as two people use it, each in their own browser: a team, an invite, keys from
// the sandbox pasted in, reveal and copy, a conflicting edit, history and audit, export,
// credential tests against the sandbox (working, then after a regenerated key), and a
// removal that ends access at once.

test.describe.configure({ mode: "serial" });

async function person(browser: { newContext: (o?: object) => Promise<BrowserContext> }, baseURL: string | undefined): Promise<{ context: BrowserContext; page: Page; username: string }> {
  const context = await browser.newContext({ baseURL, permissions: ["clipboard-read", "clipboard-write"] });
  const page = await context.newPage();
  const username = await signInWithSandbox(page);
  return { context, page, username };
}

const clipboard = (page: Page) => page.evaluate(() => navigator.clipboard.readText());

/**
 * Every response a browser context receives (HTML, JSON, RSC payloads, scripts, action
 * results), kept so the test can look for secrets in all of them at the end.
 */
type Seen = { url: string; method: string; status: number; type: string; cacheControl: string; body: Buffer };
function recordResponses(context: BrowserContext): Seen[] {
  const seen: Seen[] = [];
  context.on("response", (response) => {
    const request = response.request();
    void response
      .body()
      .then((body) => seen.push({ url: response.url(), method: request.method(), status: response.status(), type: response.headers()["content-type"] ?? "", cacheControl: response.headers()["cache-control"] ?? "", body }))
      .catch(() => undefined); // redirects and aborted loads have no body
  });
  return seen;
}

/**
 * The responses allowed to carry a secret: an explicit reveal or copy, the .env export, and the
 * sandbox portal's own one-time display of the keys it just made (a POST to /sandbox, its
 * server actions), as the real developer portal shows them once.
 */
function isAuthorisedSecretResponse(s: Seen): boolean {
  const path = new URL(s.url).pathname;
  return s.method === "POST" && (/^\/api\/teams\/[^/]+\/apps\/[^/]+\/(reveal|export)$/.test(path) || path === "/sandbox");
}

test("two people share a team vault: invite, keys, reveal, conflict, audit, export, test, removal", async ({ browser, baseURL, allowConsole }) => {
  test.setTimeout(420_000);
  const alice = await person(browser, baseURL);
  const bob = await person(browser, baseURL);
  const seen = [...[alice, bob].map((p) => recordResponses(p.context))];
  const appName = `bot-${Date.now().toString(36)}`;

  // Alice makes a team.
  await alice.page.goto("/vault");
  await alice.page.getByLabel("Team name").fill(`Launch ${appName}`);
  await alice.page.getByRole("button", { name: "Create team" }).click();
  await expect(alice.page.getByRole("heading", { level: 1 })).toContainText(`Launch ${appName}`);
  const teamUrl = new URL(alice.page.url()).pathname;

  // She makes an app in the sandbox and copies its keys as .env lines…
  await alice.page.goto("/sandbox");
  await alice.page.getByLabel("App name").fill(appName);
  await alice.page.getByLabel("Callback URLs").fill("http://localhost:8080/callback");
  await alice.page.getByRole("button", { name: "Create app" }).click();
  const secrets = alice.page.getByTestId("one-time-secrets");
  await expect(secrets).toBeVisible();
  const apiKeySecret = (await secrets.getByTestId("copy-value").nth(1).textContent())!;
  const bearerToken = (await secrets.getByTestId("copy-value").nth(2).textContent())!;
  await secrets.getByRole("button", { name: "Copy all as .env lines" }).click();
  const envLines = await clipboard(alice.page);
  expect(envLines).toContain("TWITTER_API_KEY=");
  // …and an Access Token acting for her practice account.
  const app = alice.page.getByTestId("sandbox-app").filter({ hasText: appName });
  await app.getByRole("button", { name: "Generate" }).click();
  const tokenSecrets = app.getByTestId("one-time-secrets");
  await expect(tokenSecrets).toContainText("Access Token Secret");
  await tokenSecrets.getByRole("button", { name: "Copy all as .env lines" }).click();
  const tokenLines = await clipboard(alice.page);

  // She pastes them into a new app in the team vault.
  await alice.page.goto(`${teamUrl}/apps/new`);
  await alice.page.getByLabel("App name").fill(appName);
  await alice.page.getByLabel("Test credentials against").selectOption("sandbox");
  await alice.page.getByText("Import from a .env or the developer console").click();
  await alice.page.getByLabel("Paste here").fill(`${envLines}\n${tokenLines}`);
  await expect(alice.page.getByTestId("import-lines").locator('[data-status="mapped"]')).toHaveCount(7);
  await alice.page.getByRole("button", { name: "Fill the form with 7 values" }).click();
  await alice.page.getByRole("button", { name: "Save app" }).click();
  await expect(alice.page.getByRole("heading", { level: 2, name: appName })).toBeVisible();
  const appUrl = new URL(alice.page.url()).pathname;
  // Nothing secret is in the page until someone asks.
  expect(await alice.page.content()).not.toContain(apiKeySecret);
  await expectNoAxeViolations(alice.page);

  // The credentials work against the sandbox: both checks, whose token it is.
  await alice.page.getByRole("button", { name: "Test these credentials" }).click();
  await expect(alice.page.getByTestId("test-outcome")).toHaveCount(2);
  await expect(alice.page.getByTestId("test-outcome").first()).toHaveAttribute("data-ok", "true");
  await expect(alice.page.getByTestId("test-outcome").first()).toContainText(`@${alice.username}`);
  await expect(alice.page.getByTestId("test-outcome").nth(1)).toHaveAttribute("data-ok", "true");

  // Alice invites Bob as a member; Bob joins with the link.
  await alice.page.goto(`${teamUrl}/members`);
  await alice.page.getByLabel("Role").selectOption("member");
  await alice.page.getByRole("button", { name: "Make invite link" }).click();
  const link = (await alice.page.getByTestId("invite-link").getByTestId("copy-value").textContent())!;
  await bob.page.goto(new URL(link).pathname);
  await bob.page.getByRole("button", { name: "Join the team" }).click();
  await expect(bob.page.getByTestId("my-role")).toHaveText("You are a member");

  // Bob reveals one secret and copies another without seeing it.
  await bob.page.goto(appUrl);
  const secretRow = bob.page.getByTestId("credential").filter({ has: bob.page.getByText("API Key Secret", { exact: true }) });
  await secretRow.getByRole("button", { name: "Reveal API Key Secret" }).click();
  await expect(secretRow.getByTestId("credential-value")).toHaveText(apiKeySecret);
  await bob.page.getByRole("button", { name: "Copy Bearer Token" }).click();
  await expect.poll(() => clipboard(bob.page)).toBe(bearerToken);
  await expect(bob.page.getByTestId("credential").filter({ has: bob.page.getByText("Bearer Token", { exact: true }) }).getByTestId("credential-value")).not.toContainText(bearerToken);

  // Both edit the app; Bob saves first, Alice's save is a conflict, not an overwrite.
  await alice.page.goto(`${appUrl}/edit`);
  await bob.page.goto(`${appUrl}/edit`);
  await bob.page.getByLabel("Notes (optional)").fill("Bob's note");
  await bob.page.getByRole("button", { name: "Save changes" }).click();
  await expect(bob.page.getByRole("heading", { level: 2, name: appName })).toBeVisible();
  await alice.page.getByLabel("Notes (optional)").fill("Alice's note");
  await alice.page.getByRole("button", { name: "Save changes" }).click();
  await expect(alice.page.getByText(/Someone else saved/)).toBeVisible();
  await expect(alice.page.getByLabel("Notes (optional)")).toHaveValue("Alice's note");
  // The two ways on do not touch, on a desktop or a phone.
  for (const width of [1280, 390]) {
    await alice.page.setViewportSize({ width, height: 900 });
    const reload = (await alice.page.getByRole("button", { name: "Reload their version" }).boundingBox())!;
    const save = (await alice.page.getByRole("button", { name: "Save changes" }).boundingBox())!;
    const apart = Math.max(save.x - (reload.x + reload.width), reload.x - (save.x + save.width), save.y - (reload.y + reload.height), reload.y - (save.y + save.height));
    expect(apart).toBeGreaterThanOrEqual(8);
  }
  await alice.page.setViewportSize({ width: 1280, height: 720 });
  await alice.page.getByRole("button", { name: "Reload their version" }).click();
  await expect(alice.page.getByLabel("Notes (optional)")).toHaveValue("Bob's note");

  // History and audit say who did what, never a value.
  await alice.page.goto(appUrl);
  const history = alice.page.getByTestId("app-history");
  await expect(history).toContainText(`@${bob.username} revealed a credential (API Key Secret)`);
  await expect(history).toContainText(`@${bob.username} copied a credential`);
  await alice.page.goto(`${teamUrl}/audit`);
  await expect(alice.page.getByTestId("audit-log")).toContainText("changed an app");
  const auditText = await alice.page.getByTestId("audit-log").textContent();
  expect(auditText).not.toContain(apiKeySecret);
  expect(auditText).not.toContain(bearerToken);
  // Bob, a member, sees only his own entries.
  await bob.page.goto(`${teamUrl}/audit`);
  await expect(bob.page.getByTestId("audit-log")).not.toContainText(`@${alice.username}`);

  // Alice (the owner) exports the app as .env.
  await alice.page.goto(appUrl);
  const download = alice.page.waitForEvent("download");
  await alice.page.getByRole("button", { name: "Export .env" }).click();
  const file = await (await download).path();
  expect(readFileSync(file, "utf8")).toContain(`TWITTER_API_KEY_SECRET=${apiKeySecret}`);
  // The history names the exported fields as everything else does: by their labels.
  await alice.page.reload();
  await expect(alice.page.getByTestId("app-history")).toContainText(/exported an app as \.env: .*API Key Secret/);
  await expect(alice.page.getByTestId("app-history")).not.toContainText("apiKeySecret");
  // Bob, a member, has no export.
  await bob.page.goto(appUrl);
  await expect(bob.page.getByRole("button", { name: "Export .env" })).toHaveCount(0);

  // Alice regenerates the API Key in the sandbox: the stored keys stop working.
  await alice.page.goto("/sandbox");
  const sandboxApp = alice.page.getByTestId("sandbox-app").filter({ hasText: appName });
  await sandboxApp.getByRole("button", { name: "API Key and Secret" }).click();
  await sandboxApp.getByRole("button", { name: "Yes, regenerate" }).click();
  await expect(sandboxApp.getByTestId("one-time-secrets")).toBeVisible();
  await alice.page.goto(appUrl);
  await alice.page.getByRole("button", { name: "Test these credentials" }).click();
  await expect(alice.page.getByTestId("test-outcome").first()).toHaveAttribute("data-ok", "false");
  await expect(alice.page.getByTestId("test-outcome").first()).toContainText("401");
  // It names the sandbox that answered, and the error catalogue explains it with a way onward.
  await expect(alice.page.getByTestId("test-outcome").first()).toContainText("Perch's sandbox did not accept");
  await expect(alice.page.getByTestId("test-outcome").first().getByRole("link", { name: "More on this error" })).toHaveAttribute("href", "/troubleshoot#status-401");
  await expectNoAxeViolations(alice.page);
  await alice.page.reload();
  await expect(alice.page.getByTestId("health")).toContainText("Last test failed");

  // Alice removes Bob: his next request finds nothing.
  await alice.page.goto(`${teamUrl}/members`);
  const bobRow = alice.page.getByTestId("member").filter({ hasText: `@${bob.username}` });
  await bobRow.getByRole("button", { name: `Remove @${bob.username} from the team` }).click();
  await bobRow.getByRole("button", { name: `Remove @${bob.username}` }).click();
  await expect(alice.page.getByTestId("member").filter({ hasText: `@${bob.username}` })).toHaveCount(0);
  // (The browser logs that 404 itself.)
  allowConsole(/the server responded with a status of 404/);
  const gone = await bob.page.goto(appUrl);
  expect(gone?.status()).toBe(404);
  const reveal = await bob.page.request.post(`/api/teams${appUrl.replace("/vault", "")}/reveal`, { data: { field: "apiKeySecret", purpose: "reveal" }, headers: { origin: new URL(baseURL!).origin } });
  expect(reveal.status()).toBe(404);
  expect(await reveal.text()).not.toContain(apiKeySecret);

  await alice.context.close();
  await bob.context.close();

  // Everything both browsers received: no secret outside the authorised responses, and
  // those are never cacheable. HTML, JSON, RSC payloads, scripts and action results alike.
  const responses = seen.flat();
  expect(responses.filter((s) => s.type.includes("text/html")).length).toBeGreaterThan(10);
  expect(responses.filter((s) => s.type.includes("text/x-component")).length).toBeGreaterThan(0);
  const leaks: string[] = [];
  let authorised = 0;
  for (const s of responses) {
    const hit = [apiKeySecret, bearerToken].some((secret) => s.body.includes(Buffer.from(secret)));
    if (!hit) continue;
    if (isAuthorisedSecretResponse(s)) {
      authorised += 1;
      if (!new URL(s.url).pathname.startsWith("/sandbox")) expect(s.cacheControl, s.url).toContain("no-store");
    } else leaks.push(`${s.method} ${new URL(s.url).pathname} (${s.status}, ${s.type})`);
  }
  expect(leaks, "responses carrying a secret outside an authorised reveal").toEqual([]);
  expect(authorised).toBeGreaterThan(0);
  console.log(`secret scan: ${responses.length} responses scanned, ${authorised} authorised, ${leaks.length} leaked`);

  // Nor in the client bundles the server hands out.
  const { readdirSync, statSync } = await import("node:fs");
  const walk = (dir: string): string[] => readdirSync(dir).flatMap((n) => (statSync(`${dir}/${n}`).isDirectory() ? walk(`${dir}/${n}`) : [`${dir}/${n}`]));
  const bundles = walk(".next/static");
  expect(bundles.length).toBeGreaterThan(10);
  for (const f of bundles) {
    const bytes = readFileSync(f);
    for (const secret of [apiKeySecret, bearerToken]) expect(bytes.includes(Buffer.from(secret)), `${secret.slice(0, 4)}… in ${f}`).toBe(false);
  }

  // At rest and in the log, no secret appears in the clear: the database file (and its
  // write-ahead log) and everything the server printed while all of this happened.
  const { existsSync } = await import("node:fs");
  const files = ["data/e2e.db", "data/e2e.db-wal", "data/e2e-server.log"].filter((f) => existsSync(f));
  expect(files).toContain("data/e2e.db");
  expect(files).toContain("data/e2e-server.log");
  for (const f of files) {
    const bytes = readFileSync(f);
    for (const secret of [apiKeySecret, bearerToken]) expect(bytes.includes(Buffer.from(secret)), `${secret.slice(0, 4)}… in ${f}`).toBe(false);
  }
});
