import { migrate } from "@/lib/db/migrate";
import { parseDatabaseUrl } from "@/lib/db/target";

/** Migrates the test database once before any test file runs. */
export default async function setup(): Promise<void> {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error("vitest.config.ts must set DATABASE_URL");
  const target = parseDatabaseUrl(url);
  const { total } = await migrate(target);
  console.log(`test database: ${target.provider} (${total} migrations)`);
}
