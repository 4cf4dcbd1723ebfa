import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";

const root = path.resolve(__dirname, "..");

/**
 * Runs startServer() in a fresh Node process with the given environment, resolving modules
 * as the Next.js server does (the react-server condition lets server-only modules load).
 */
function start(env: Record<string, string>) {
  const script = `import("./lib/server-start.ts").then((m) => (m.startServer ?? m.default.startServer)()).then(() => console.log("STARTED"))`;
  return spawnSync(process.execPath, ["--conditions=react-server", "--import", "tsx", "-e", script], {
    cwd: root,
    encoding: "utf8",
    timeout: 30_000,
    env: { PATH: process.env.PATH ?? "", NODE_ENV: "production", NEXTAUTH_URL: "http://localhost:3000", ...env },
  });
}

const secrets = { NEXTAUTH_SECRET: "a-production-like-secret-0123456789-XYZ", PERCH_MASTER_KEYS: `k1:${createHash("sha256").update("k1").digest("base64")}` };

describe("server start", () => {
  it("refuses to start in production without secrets, naming them", () => {
    const run = start({});
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/Perch cannot start/);
    expect(run.stderr).toMatch(/NEXTAUTH_SECRET/);
    expect(run.stdout).not.toContain("STARTED");
  });

  it("refuses the sandbox in production without the second opt-in, and says so loudly with it", () => {
    const file = path.join(tmpdir(), `perch-start-${process.pid}-${Date.now()}.db`);
    const database = { DATABASE_URL: `file:${file}` };
    const refused = start({ ...secrets, ...database, PERCH_SANDBOX: "1" });
    expect(refused.status).toBe(1);
    expect(refused.stderr).toMatch(/PERCH_SANDBOX_IN_PRODUCTION/);
    const demo = start({ ...secrets, ...database, PERCH_SANDBOX: "1", PERCH_SANDBOX_IN_PRODUCTION: "1" });
    expect(demo.stdout).toContain("STARTED");
    expect(demo.stderr).toMatch(/running the Twitter SANDBOX in production/);
    for (const suffix of ["", "-wal", "-shm"]) rmSync(`${file}${suffix}`, { force: true });
  });

  it("stops with a clear message when the database cannot be migrated", () => {
    const run = start({ ...secrets, DATABASE_URL: "postgresql://perch:pw@127.0.0.1:1/perch" });
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/Perch cannot start/);
    expect(run.stderr).not.toContain("pw@");
    expect(run.stdout).not.toContain("STARTED");
  });
});
