import { createHash } from "node:crypto";
import { defineConfig, devices } from "@playwright/test";

// e2e tests run in Debian's Chromium (never a downloaded browser) against `next start`
// on its own port and its own fresh SQLite database, with the Twitter sandbox on.
// PERCH_E2E_PORT moves it (and the dev-server test's port, +841) for a second checkout.
const PORT = Number(process.env.PERCH_E2E_PORT ?? 3100);
const baseURL = `http://localhost:${PORT}`;

export default defineConfig({
  testDir: "./e2e",
  // Two instances behind nginx have their own config (playwright.instances.config.ts).
  testIgnore: ["**/instances.spec.ts"],
  outputDir: "./test-results",
  fullyParallel: true,
  workers: 2,
  retries: 0,
  forbidOnly: true,
  reporter: [["list"], ["json", { outputFile: "reports/e2e.json" }]],
  // Generous limits for 2-core machines; tests wait on conditions, never on fixed times.
  timeout: 60_000,
  expect: { timeout: 15_000 },
  use: {
    baseURL,
    trace: "retain-on-failure",
    navigationTimeout: 30_000,
    launchOptions: {
      executablePath: "/usr/bin/chromium",
      args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"],
    },
  },
  projects: [{ name: "chromium", use: { ...devices["Desktop Chrome"], channel: undefined } }],
  webServer: {
    // The server's own log goes to a file the vault test scans for secrets (there must be none).
    command: `mkdir -p data && rm -f data/e2e.db data/e2e.db-wal data/e2e.db-shm data/e2e-server.log && npx next start -p ${PORT} > data/e2e-server.log 2>&1`,
    url: `${baseURL}/api/health`,
    reuseExistingServer: false,
    timeout: 60_000,
    stdout: "ignore",
    stderr: "ignore",
    env: {
      NEXTAUTH_URL: baseURL,
      NEXTAUTH_SECRET: "e2e-only-secret-not-for-production-0123456789",
      PERCH_MASTER_KEYS: `e2e:${createHash("sha256").update("perch e2e master key").digest("base64")}`,
      DATABASE_URL: "file:./data/e2e.db",
      PERCH_SANDBOX: "1",
      PERCH_SANDBOX_IN_PRODUCTION: "1",
      // The tests stand in for nginx: each browser context sends its own X-Forwarded-For.
      PERCH_TRUSTED_PROXIES: "127.0.0.1,::1",
      NEXT_TELEMETRY_DISABLED: "1",
    },
  },
});
