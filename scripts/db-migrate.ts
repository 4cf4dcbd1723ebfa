// `npm run db:migrate`: applies the migrations to DATABASE_URL without starting the app.
// Uses the same code path as the server start (lib/db/migrate.ts).
import { loadEnvConfig } from "@next/env";
import { migrate } from "../lib/db/migrate";
import { parseDatabaseUrl } from "../lib/db/target";

loadEnvConfig(process.cwd());

async function main() {
  const { env } = await import("../lib/env");
  const target = parseDatabaseUrl(env.DATABASE_URL);
  const { applied, total } = await migrate(target);
  console.log(`db:migrate: ${target.provider}: ${applied.length} applied now, ${total} in all${applied.length ? `: ${applied.join(", ")}` : ""}`);
}

main().catch((error: unknown) => {
  console.error(`db:migrate failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
