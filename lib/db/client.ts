import "server-only";
import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient as SqliteClient } from "@/lib/generated/sqlite/client";
import { PrismaClient as PostgresClient } from "@/lib/generated/postgresql/client";
import { env } from "@/lib/env";
import { parseDatabaseUrl, type DbTarget } from "./target";

/**
 * The Prisma client for the configured engine. Both engines share one model file, so
 * the two generated clients have the same API; the SQLite client's type stands for both.
 */
export type Db = SqliteClient;

/** Creates a client for a database target (tests use this for their own databases). */
export function createDb(target: DbTarget): Db {
  if (target.provider === "sqlite") {
    return new SqliteClient({ adapter: new PrismaBetterSqlite3({ url: target.file, timeout: 30_000 }) });
  }
  return new PostgresClient({ adapter: new PrismaPg({ connectionString: target.url }) }) as unknown as Db;
}

// One client per process, kept across hot reloads in development.
const globalForDb = globalThis as unknown as { perchDb?: Db };

export const dbTarget: DbTarget = parseDatabaseUrl(env.DATABASE_URL);
export const db: Db = globalForDb.perchDb ?? createDb(dbTarget);
if (env.NODE_ENV !== "production") globalForDb.perchDb = db;
