import { randomBytes } from "node:crypto";
import { rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { DbTarget } from "@/lib/db/target";
import { parseDatabaseUrl } from "@/lib/db/target";

/** The engine this test run targets (from DATABASE_URL, set by vitest.config.ts). */
export function testTarget(): DbTarget {
  return parseDatabaseUrl(process.env.DATABASE_URL ?? "");
}

/**
 * A brand-new empty database on the engine under test: a temp SQLite file, or a new
 * PostgreSQL database created beside DATABASE_URL. `drop()` removes it.
 */
export async function freshDatabase(): Promise<{ target: DbTarget; drop: () => Promise<void> }> {
  const base = testTarget();
  const name = `perch_t_${randomBytes(6).toString("hex")}`;
  if (base.provider === "sqlite") {
    const file = path.join(tmpdir(), `${name}.db`);
    const drop = () => {
      for (const suffix of ["", "-wal", "-shm"]) rmSync(`${file}${suffix}`, { force: true });
      return Promise.resolve();
    };
    return { target: { provider: "sqlite", file }, drop };
  }
  const { Client } = await import("pg");
  const admin = new Client({ connectionString: base.url });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(base.url);
  url.pathname = `/${name}`;
  return {
    target: { provider: "postgresql", url: url.toString() },
    drop: async () => {
      const c = new Client({ connectionString: base.url });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await c.end();
    },
  };
}
