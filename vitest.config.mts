import { createHash } from "node:crypto";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

// Integration tests run against DATABASE_URL when given (.ci/run points it at a
// throwaway PostgreSQL database), otherwise against a fresh SQLite file per run.
const databaseUrl = process.env.DATABASE_URL ?? `file:${path.join(tmpdir(), `perch-test-${process.pid}-${Date.now()}.db`)}`;
process.env.DATABASE_URL = databaseUrl; // for globalSetup, which runs in this process

export default defineConfig({
  resolve: {
    alias: {
      "@": fileURLToPath(new URL(".", import.meta.url)),
      // Server-only modules are tested directly in Node; the guard is for client bundles.
      "server-only": fileURLToPath(new URL("node_modules/server-only/empty.js", import.meta.url)),
    },
  },
  test: {
    include: ["**/*.test.ts", "**/*.test.tsx"],
    exclude: ["node_modules/**", ".next/**", "e2e/**"],
    environment: "node",
    globalSetup: ["./test/global-setup.ts"],
    setupFiles: ["./test/setup.ts"],
    // .ci/run names a second report file for its PostgreSQL pass.
    reporters: ["default", ["json", { outputFile: process.env.VITEST_JSON_REPORT ?? "reports/vitest.json" }]],
    env: {
      NODE_ENV: "test",
      DATABASE_URL: databaseUrl,
      NEXTAUTH_URL: "http://localhost:3000",
      NEXTAUTH_SECRET: "test-only-secret-for-vitest-runs-0123456789",
      PERCH_MASTER_KEYS: `test:${createHash("sha256").update("perch vitest master key").digest("base64")}`,
    },
    // `npm run test:stress` raises the fuzz, load and fault counts (test/stress.ts).
    provide: { stress: process.env.PERCH_STRESS === "1" },
    testTimeout: process.env.PERCH_STRESS === "1" ? 900_000 : 30_000,
    hookTimeout: 60_000,
  },
});
