import { migrate } from "@/lib/db/migrate";
import { parseDatabaseUrl } from "@/lib/db/target";

/** Validates the environment, migrates the database and starts housekeeping; exits the process on failure. */
export async function startServer(): Promise<void> {
  try {
    // Before anything is served: rate limits and the audit log need each request's real peer.
    const { installPeerAddressHeader } = await import("@/lib/guard/peer-address");
    installPeerAddressHeader();
    const { env, isSandbox } = await import("@/lib/env");
    const target = parseDatabaseUrl(env.DATABASE_URL);
    const { applied, total } = await migrate(target);
    const where = target.provider === "sqlite" ? `SQLite ${target.file}` : "PostgreSQL";
    console.info(`Perch: database ready (${where}; ${total} migrations, ${applied.length} applied now).`);
    if (env.NODE_ENV === "production" && isSandbox) {
      console.warn(
        [
          "",
          "!!! Perch is running the Twitter SANDBOX in production (PERCH_SANDBOX=1 and PERCH_SANDBOX_IN_PRODUCTION=1).",
          "!!! Anyone who can reach this server can create practice accounts and sandbox apps. Every page says so.",
          "!!! Use this for a shared demo only; see the README's \"Running a shared demo\".",
          "",
        ].join("\n"),
      );
    }
    const { startHousekeeping } = await import("@/lib/housekeeping");
    startHousekeeping();
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    console.error(`\nPerch cannot start.\n${message}\n`);
    process.exit(1);
  }
}
