import { spawnSync } from "node:child_process";
import path from "node:path";
import { describe, expect, it } from "vitest";

const root = path.resolve(__dirname, "..");

/** Runs startServer() in a fresh Node process with the given environment. */
function start(env: Record<string, string>) {
  const script = `import("./lib/server-start.ts").then((m) => (m.startServer ?? m.default.startServer)()).then(() => console.log("STARTED"))`;
  return spawnSync(process.execPath, ["--import", "tsx", "-e", script], {
    cwd: root,
    encoding: "utf8",
    timeout: 30_000,
    env: { PATH: process.env.PATH ?? "", NODE_ENV: "production", NEXTAUTH_URL: "http://localhost:3000", ...env },
  });
}

const secrets = { NEXTAUTH_SECRET: "s".repeat(40), PERCH_MASTER_KEYS: `k1:${Buffer.alloc(32, 3).toString("base64")}` };

describe("server start", () => {
  it("refuses to start in production without secrets, naming them", () => {
    const run = start({});
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/Perch cannot start/);
    expect(run.stderr).toMatch(/NEXTAUTH_SECRET/);
    expect(run.stdout).not.toContain("STARTED");
  });

  it("stops with a clear message when the database cannot be migrated", () => {
    const run = start({ ...secrets, DATABASE_URL: "postgresql://perch:pw@127.0.0.1:1/perch" });
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/Perch cannot start/);
    expect(run.stderr).not.toContain("pw@");
    expect(run.stdout).not.toContain("STARTED");
  });
});
