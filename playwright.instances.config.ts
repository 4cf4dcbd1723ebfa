import { defineConfig, devices } from "@playwright/test";
import { instancesLayout } from "./e2e/instances-setup";

// Two `next start` instances on one PostgreSQL database behind the README's nginx
// (deploy/nginx.conf), set up and torn down by e2e/instances-setup.ts: its own database,
// its own ports (PERCH_E2E_PORT + 20, 21, 22), so it never meets the default e2e server.
//   npx next build && npx playwright test -c playwright.instances.config.ts
const { nginxUrl } = instancesLayout();

export default defineConfig({
  testDir: "./e2e",
  testMatch: ["instances.spec.ts"],
  outputDir: "./test-results/instances",
  workers: 1,
  retries: 0,
  forbidOnly: true,
  reporter: [["list"], ["json", { outputFile: "reports/e2e-instances.json" }]],
  globalSetup: "./e2e/instances-setup.ts",
  timeout: 240_000,
  expect: { timeout: 15_000 },
  use: {
    baseURL: nginxUrl,
    trace: "retain-on-failure",
    navigationTimeout: 30_000,
    launchOptions: {
      executablePath: "/usr/bin/chromium",
      args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"],
    },
  },
  projects: [{ name: "instances", use: { ...devices["Desktop Chrome"], channel: undefined } }],
});
