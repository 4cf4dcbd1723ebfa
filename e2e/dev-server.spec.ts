import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { expectNoReloads, signInWithSandbox } from "./helpers";

// A newcomer's first `npm run dev`, for real: a copy of this checkout with nothing
// configured (no .env.local, no database), started with the README's command on an
// unusual port, and used at localhost and at 127.0.0.1. The copy keeps it apart from a
// developer's own dev server (Next allows one per folder) and from their .env.local.

test.describe.configure({ mode: "serial" });
test.slow();

const PORT = Number(process.env.PERCH_E2E_PORT ?? 3100) + 841;
const root = path.resolve(__dirname, "..");
let dir = "";
let server: ChildProcess | null = null;
let log = "";

/** The files a clone would have (tracked or new, not ignored), plus what `npm install` makes. */
function copyCheckout(to: string): void {
  const files = spawnSync("git", ["ls-files", "--cached", "--others", "--exclude-standard", "-z"], { cwd: root, encoding: "utf8" }).stdout.split("\0").filter(Boolean);
  for (const file of files) {
    if (!existsSync(path.join(root, file))) continue;
    mkdirSync(path.dirname(path.join(to, file)), { recursive: true });
    cpSync(path.join(root, file), path.join(to, file));
  }
  cpSync(path.join(root, "lib", "generated"), path.join(to, "lib", "generated"), { recursive: true });
  // Hard links make a 1 GB node_modules appear in a second; fall back to a copy elsewhere.
  if (spawnSync("cp", ["-al", path.join(root, "node_modules"), path.join(to, "node_modules")]).status !== 0) {
    cpSync(path.join(root, "node_modules"), path.join(to, "node_modules"), { recursive: true });
  }
}

async function waitForHealth(url: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (server?.exitCode !== null) throw new Error(`npm run dev exited early:\n${log}`);
    const ok = await fetch(url)
      .then((r) => r.ok)
      .catch(() => false);
    if (ok) return;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`npm run dev did not answer ${url}:\n${log}`);
}

test.beforeAll(async () => {
  test.setTimeout(240_000);
  dir = mkdtempSync(path.join(tmpdir(), "perch-first-run-"));
  copyCheckout(dir);
  const env: NodeJS.ProcessEnv = { ...process.env, NEXT_TELEMETRY_DISABLED: "1" };
  for (const name of ["NODE_ENV", "NEXTAUTH_URL", "NEXTAUTH_SECRET", "PERCH_MASTER_KEYS", "DATABASE_URL", "PERCH_SANDBOX", "TWITTER_CLIENT_ID", "TWITTER_CLIENT_SECRET"]) delete env[name];
  server = spawn("npm", ["run", "dev", "--", "-p", String(PORT)], { cwd: dir, env, detached: true, stdio: ["ignore", "pipe", "pipe"] });
  server.stdout?.on("data", (chunk: Buffer) => (log += chunk.toString()));
  server.stderr?.on("data", (chunk: Buffer) => (log += chunk.toString()));
  await waitForHealth(`http://127.0.0.1:${PORT}/api/health`, 180_000);
});

/** Signals npm, next and next-server together: they share a process group. */
function signalGroup(pid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(-pid, signal);
  } catch {
    /* already gone */
  }
}

test.afterAll(async () => {
  const child = server;
  if (child?.pid && child.exitCode === null) {
    const exited = new Promise((resolve) => child.once("exit", resolve));
    signalGroup(child.pid, "SIGTERM");
    const timer = setTimeout(() => child.pid && signalGroup(child.pid, "SIGKILL"), 10_000);
    await exited;
    clearTimeout(timer);
    // next-server may outlive npm by a moment; make sure the group is gone before deleting.
    signalGroup(child.pid, "SIGKILL");
  }
  if (dir) rmSync(dir, { recursive: true, force: true, maxRetries: 5, retryDelay: 200 });
});

/**
 * Opens a page the dev server may not have compiled yet: its first compile, and that of
 * each drawing it shows, can take longer than the usual navigation limit on a busy 2-core
 * machine (the CI run of 2026-12-05 took over 30 s for /guides/get-access).
 */
async function openWhileCompiling(page: Page, url: string): Promise<void> {
  await page.goto(url, { timeout: 90_000 });
}

/** True once React has hydrated the header: the account area replaces its placeholder. */
async function expectHydrated(page: Page): Promise<void> {
  await expect(page.getByRole("link", { name: "Sign in" })).toBeVisible({ timeout: 60_000 });
}

test("the first start writes its local secrets before Next starts, readable only by their owner", () => {
  const file = path.join(dir, ".env.local");
  expect(statSync(file).mode & 0o777).toBe(0o600);
  expect(readFileSync(file, "utf8")).toMatch(/^NEXTAUTH_SECRET=.+$/m);
  expect(log.indexOf("generated NEXTAUTH_SECRET and PERCH_MASTER_KEYS")).toBeGreaterThanOrEqual(0);
  expect(log.indexOf("generated NEXTAUTH_SECRET")).toBeLessThan(log.indexOf("Next.js"));
  expect(log).not.toContain("Reload env");
});

for (const host of ["127.0.0.1", "localhost"]) {
  test(`at http://${host}:${PORT} pages hydrate, and stay loaded while other pages compile`, async ({ page, context }) => {
    const base = `http://${host}:${PORT}`;
    await expectNoReloads(page, async () => {
      await openWhileCompiling(page, `${base}/`);
      await expectHydrated(page);
      // Compile other routes while this page is open: that must not reload it.
      const other = await context.newPage();
      for (const route of ["/guides", "/about", "/sandbox"]) await openWhileCompiling(other, `${base}${route}`);
      await other.close();
      await expect(page.getByRole("link", { name: "Sign in" })).toBeVisible();
    });
  });
}

test(`sign-in through the sandbox stays on the address in use (127.0.0.1:${PORT}), and signed-in pages stay loaded`, async ({ page }) => {
  const base = `http://127.0.0.1:${PORT}`;
  await openWhileCompiling(page, `${base}/signin?callbackUrl=/about`);
  await signInWithSandbox(page, { timeout: 90_000 });
  expect(new URL(page.url()).origin).toBe(base);
  await expect(page.getByTestId("copy-value").first()).toHaveText(`${base}/api/auth/callback/twitter`);
  // Signed in, pages call server actions (progress sync) that compile on first use.
  await expectNoReloads(page, async () => {
    await openWhileCompiling(page, `${base}/`);
    await expect(page.getByRole("link", { name: "Start the first guide" })).toBeVisible({ timeout: 60_000 });
  });
  await expectNoReloads(page, async () => {
    await openWhileCompiling(page, `${base}/guides/get-access`);
    await expect(page.getByTestId("sync-status")).toHaveText("Saved to your account", { timeout: 60_000 });
  });
});

test(`the about page and the sandbox portal show this port's URLs (localhost:${PORT})`, async ({ page }) => {
  const base = `http://localhost:${PORT}`;
  await openWhileCompiling(page, `${base}/about`);
  await expect(page.getByTestId("copy-value").first()).toHaveText(`${base}/api/auth/callback/twitter`);
  await openWhileCompiling(page, `${base}/sandbox`);
  await expect(page.getByTestId("copy-value").first()).toHaveText(`${base}/sandbox/i/oauth2/authorize`);
});

test("the dev server never rebuilt on its own: no file changed under it while it ran", () => {
  // "✓ Compiled in N ms" is Next's line for a rebuild after a file change, the symptom
  // of a reload loop; first compiles of a page print "Compiling /path" instead.
  expect(log.match(/Compiled in/g) ?? []).toEqual([]);
});
