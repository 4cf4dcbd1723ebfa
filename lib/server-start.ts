import { migrate } from "@/lib/db/migrate";
import { parseDatabaseUrl } from "@/lib/db/target";

/** Validates the environment and migrates the database; exits the process on failure. */
export async function startServer(): Promise<void> {
  try {
    const { env } = await import("@/lib/env");
    const target = parseDatabaseUrl(env.DATABASE_URL);
    const { applied, total } = await migrate(target);
    const where = target.provider === "sqlite" ? `SQLite ${target.file}` : "PostgreSQL";
    console.info(`Perch: database ready (${where}; ${total} migrations, ${applied.length} applied now).`);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    console.error(`\nPerch cannot start.\n${message}\n`);
    process.exit(1);
  }
}
