import "server-only";
import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient as SqliteClient } from "@/lib/generated/sqlite/client";
import { PrismaClient as PostgresClient } from "@/lib/generated/postgresql/client";
import { env } from "@/lib/env";
import { AppError } from "@/lib/guard/errors";
import { parseDatabaseUrl, type DbTarget } from "./target";
import { DATABASE_UNAVAILABLE_DIGEST, DATABASE_UNAVAILABLE_MESSAGE, isDatabaseUnavailable } from "./unavailable";

/**
 * The Prisma client for the configured engine. Both engines share one model file, so
 * the two generated clients have the same API; the SQLite client's type stands for both.
 */
export type Db = SqliteClient;

/** Creates a client for a database target (tests use this for their own databases). */
export function createDb(target: DbTarget): Db {
  const client =
    target.provider === "sqlite"
      ? new SqliteClient({ adapter: new PrismaBetterSqlite3({ url: target.file, timeout: 30_000 }) })
      : (new PostgresClient({ adapter: new PrismaPg({ connectionString: target.url }) }) as unknown as Db);
  return withUnavailableAsAppError(client);
}

/**
 * Every query that fails because the database is not there (refused, dropped, read-only,
 * locked) fails as AppError UNAVAILABLE instead: the guards answer 503 and pages show "cannot
 * reach the database" (the digest survives Next's production error redaction). Other
 * errors pass through untouched.
 */
function withUnavailableAsAppError(client: Db): Db {
  return client.$extends({
    query: {
      async $allOperations({ args, query }) {
        try {
          return (await query(args)) as unknown;
        } catch (error) {
          if (!isDatabaseUnavailable(error)) throw error;
          throw Object.assign(new AppError("UNAVAILABLE", DATABASE_UNAVAILABLE_MESSAGE, { retryAfter: 5 }), { digest: DATABASE_UNAVAILABLE_DIGEST, cause: error });
        }
      },
    },
  }) as unknown as Db;
}

// One client per process, kept across hot reloads in development.
const globalForDb = globalThis as unknown as { perchDb?: Db };

export const dbTarget: DbTarget = parseDatabaseUrl(env.DATABASE_URL);
export const db: Db = globalForDb.perchDb ?? createDb(dbTarget);
if (env.NODE_ENV !== "production") globalForDb.perchDb = db;
