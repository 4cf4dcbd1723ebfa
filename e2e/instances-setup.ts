// Global setup of playwright.instances.config.ts: installs nginx the way the bench does
// (bash bench/ensure-tools.sh), creates a throwaway PostgreSQL database, starts two
// `next start` instances on it at once (both run the migrations at start), and nginx from
// deploy/nginx.conf in front of both (rendered by bench/nginx.mjs, as the bench does).
// Returns the teardown: stops them all and drops the database.
import { spawnSync } from "node:child_process";
import { createHash, randomBytes } from "node:crypto";
import { mkdirSync, rmSync } from "node:fs";
import path from "node:path";

const root = path.resolve(__dirname, "..");

/** Ports and addresses, from PERCH_E2E_PORT (default 3100): nginx at +20, the instances at +21 and +22. */
export function instancesLayout() {
  const base = Number(process.env.PERCH_E2E_PORT ?? 3100) + 20;
  const adminUrl = process.env.PERCH_E2E_POSTGRES_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";
  return { nginxUrl: `http://127.0.0.1:${base}`, ports: [base + 1, base + 2], nginxPort: base, adminUrl };
}

type Group = { pid?: number; output: string };
type BenchLib = {
  startGroup: (command: string, args: string[], options?: object) => Group;
  stopGroup: (child: Group) => Promise<void>;
  waitForOk: (url: string, child: Group, timeoutMs?: number) => Promise<void>;
};
type BenchNginx = {
  renderDeployConfig: (root: string, values: Record<string, string>) => string;
  startNginx: (o: { prefix: string; httpConfText: string; readyUrl: string }) => Promise<Group>;
};

async function psql(adminUrl: string, sql: string): Promise<void> {
  const { Client } = await import("pg");
  const client = new Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

export default async function setup(): Promise<() => Promise<void>> {
  const tools = spawnSync("bash", [path.join(root, "bench", "ensure-tools.sh")], { stdio: "inherit" });
  if (tools.status !== 0) throw new Error("nginx is needed: bash bench/ensure-tools.sh");
  const lib = (await import(path.join(root, "bench", "lib.mjs"))) as BenchLib;
  const nginx = (await import(path.join(root, "bench", "nginx.mjs"))) as BenchNginx;
  const { nginxUrl, ports, nginxPort, adminUrl } = instancesLayout();

  const name = `perch_e2e_instances_${randomBytes(4).toString("hex")}`;
  await psql(adminUrl, `CREATE DATABASE ${name}`);
  const dbUrl = new URL(adminUrl);
  dbUrl.pathname = `/${name}`;
  process.env.PERCH_INSTANCES_DATABASE_URL = dbUrl.toString(); // for the spec's own checks

  const logs = path.join(root, "data", "instances");
  rmSync(logs, { recursive: true, force: true });
  mkdirSync(logs, { recursive: true });
  const env = {
    ...process.env,
    NODE_ENV: "production",
    NEXTAUTH_URL: nginxUrl,
    NEXTAUTH_SECRET: "e2e-instances-secret-not-for-production-0123456789",
    PERCH_MASTER_KEYS: `e2e:${createHash("sha256").update("perch e2e instances master key").digest("base64")}`,
    DATABASE_URL: dbUrl.toString(),
    PERCH_SANDBOX: "1",
    PERCH_SANDBOX_IN_PRODUCTION: "1",
    // nginx is on this machine: believe its X-Forwarded-For (the README's setup).
    PERCH_TRUSTED_PROXIES: "127.0.0.1,::1",
    NEXT_TELEMETRY_DISABLED: "1",
  };
  // Started together: both apply the migrations at start, under the advisory lock.
  const instances = ports.map((port) => lib.startGroup("npx", ["next", "start", "-H", "127.0.0.1", "-p", String(port)], { cwd: root, env }));
  const stopAll = async () => {
    for (const child of instances) await lib.stopGroup(child);
  };
  let proxy: Group | undefined;
  try {
    await Promise.all(ports.map((port, i) => lib.waitForOk(`http://127.0.0.1:${port}/api/health`, instances[i]!, 120_000)));
    const prefix = path.join(root, "data", "instances", "nginx");
    const httpConfText = nginx.renderDeployConfig(root, {
      LISTEN: `127.0.0.1:${nginxPort}`,
      SERVER_NAME: "127.0.0.1",
      // One `server` line per instance, as the README says.
      UPSTREAM: ports.map((p) => `127.0.0.1:${p}`).join(";\n    server "),
      CACHE_DIR: path.join(prefix, "cache"),
    });
    proxy = await nginx.startNginx({ prefix, httpConfText, readyUrl: `${nginxUrl}/api/health` });
  } catch (error) {
    for (const child of instances) console.error(child.output.slice(-2000));
    await stopAll();
    await psql(adminUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    throw error;
  }
  return async () => {
    if (proxy) await lib.stopGroup(proxy);
    await stopAll();
    await psql(adminUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  };
}
