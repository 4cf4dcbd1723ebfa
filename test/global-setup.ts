import { rmSync } from "node:fs";
import { migrate } from "@/lib/db/migrate";
import { parseDatabaseUrl } from "@/lib/db/target";

/** Migrates the test database once before any test file runs; removes a temp SQLite file after. */
export default async function setup(): Promise<() => void> {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error("vitest.config.mts must set DATABASE_URL");
  const target = parseDatabaseUrl(url);
  const { total } = await migrate(target);
  console.log(`test database: ${target.provider} (${total} migrations)`);
  return () => {
    if (target.provider === "sqlite" && target.file.includes("perch-test-")) {
      for (const suffix of ["", "-wal", "-shm"]) rmSync(`${target.file}${suffix}`, { force: true });
    }
  };
}
