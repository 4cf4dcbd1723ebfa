/**
 * Applies the SQL migrations kept in prisma/<provider>/migrations, in name order, and
 * records them in Prisma's own `_prisma_migrations` table (checksum = SHA-256 of the
 * file), so the Prisma CLI would agree about what is applied.
 *
 * Safe when several app instances start at once: PostgreSQL takes an advisory lock,
 * SQLite an immediate (write) transaction. Each migration runs in a transaction, so a
 * failure leaves the database as it was before that migration, and start-up stops.
 */
import { createHash, randomUUID } from "node:crypto";
import { chmodSync, closeSync, existsSync, mkdirSync, openSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import type { DbTarget } from "./target";

export type Migration = { name: string; sql: string; checksum: string };
export type MigrationResult = { applied: string[]; total: number };

/** A migration failed or the recorded history disagrees with the files. */
export class MigrationError extends Error {
  constructor(
    message: string,
    readonly migration?: string,
  ) {
    super(message);
    this.name = "MigrationError";
  }
}

/** Any arbitrary 64-bit number, shared by every Perch instance. */
const PG_LOCK_KEY = 7_355_608_042;

/** Reads the migrations for a provider from disk, oldest first. */
export function readMigrations(provider: DbTarget["provider"], root: string = process.cwd()): Migration[] {
  const dir = path.join(root, "prisma", provider, "migrations");
  return readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort()
    .map((name) => {
      const sql = readFileSync(path.join(dir, name, "migration.sql"), "utf8");
      return { name, sql, checksum: createHash("sha256").update(sql).digest("hex") };
    });
}

/** Which migrations still need applying; throws if an applied one was edited since. */
function pending(migrations: Migration[], applied: Map<string, string>): Migration[] {
  for (const m of migrations) {
    const recorded = applied.get(m.name);
    if (recorded && recorded !== m.checksum) {
      throw new MigrationError(`migration ${m.name} was edited after it was applied; add a new migration instead`, m.name);
    }
  }
  return migrations.filter((m) => !applied.has(m.name));
}

function fail(m: Migration, error: unknown): never {
  const reason = error instanceof Error ? error.message : String(error);
  throw new MigrationError(`migration ${m.name} failed and was rolled back: ${reason}`, m.name);
}

/**
 * Creates the SQLite file readable by its owner only (0600; SQLite gives its -wal and -shm
 * files the same mode), and tightens an existing one: it holds sessions and sealed secrets.
 */
export function prepareSqliteFile(file: string): void {
  // The path comes from DATABASE_URL at run time; the ignore comments keep the bundler from
  // tracing (and shipping) the whole project because of it.
  mkdirSync(/*turbopackIgnore: true*/ path.dirname(file), { recursive: true, mode: 0o700 });
  closeSync(openSync(/*turbopackIgnore: true*/ file, "a", 0o600));
  for (const suffix of ["", "-wal", "-shm"]) {
    const part = `${file}${suffix}`;
    if (existsSync(/*turbopackIgnore: true*/ part)) chmodSync(/*turbopackIgnore: true*/ part, 0o600);
  }
}

async function migrateSqlite(file: string, migrations: Migration[]): Promise<string[]> {
  const { default: Database } = await import("better-sqlite3");
  prepareSqliteFile(file);
  const conn = new Database(file, { timeout: 30_000 });
  try {
    conn.pragma("journal_mode = WAL");
    conn.exec(`CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
      "id" TEXT PRIMARY KEY NOT NULL, "checksum" TEXT NOT NULL, "finished_at" DATETIME,
      "migration_name" TEXT NOT NULL, "logs" TEXT, "rolled_back_at" DATETIME,
      "started_at" DATETIME NOT NULL DEFAULT current_timestamp,
      "applied_steps_count" INTEGER UNSIGNED NOT NULL DEFAULT 0)`);
    // BEGIN IMMEDIATE takes the write lock now, so a second instance waits here.
    conn.exec("BEGIN IMMEDIATE");
    try {
      const rows = conn.prepare(`SELECT migration_name, checksum FROM "_prisma_migrations" WHERE rolled_back_at IS NULL AND finished_at IS NOT NULL`).all() as { migration_name: string; checksum: string }[];
      const todo = pending(migrations, new Map(rows.map((r) => [r.migration_name, r.checksum])));
      const record = conn.prepare(`INSERT INTO "_prisma_migrations" (id, checksum, finished_at, migration_name, started_at, applied_steps_count) VALUES (?, ?, current_timestamp, ?, current_timestamp, 1)`);
      for (const m of todo) {
        try {
          conn.exec(m.sql);
        } catch (error) {
          fail(m, error);
        }
        record.run(randomUUID(), m.checksum, m.name);
      }
      conn.exec("COMMIT");
      return todo.map((m) => m.name);
    } catch (error) {
      conn.exec("ROLLBACK");
      throw error;
    }
  } finally {
    conn.close();
  }
}

async function migratePostgres(url: string, migrations: Migration[]): Promise<string[]> {
  const { Client } = await import("pg");
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    // Held for the whole run: other instances wait, then find nothing left to do.
    await client.query("SELECT pg_advisory_lock($1)", [PG_LOCK_KEY]);
    await client.query(`CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
      "id" VARCHAR(36) PRIMARY KEY NOT NULL, "checksum" VARCHAR(64) NOT NULL, "finished_at" TIMESTAMPTZ,
      "migration_name" VARCHAR(255) NOT NULL, "logs" TEXT, "rolled_back_at" TIMESTAMPTZ,
      "started_at" TIMESTAMPTZ NOT NULL DEFAULT now(), "applied_steps_count" INTEGER NOT NULL DEFAULT 0)`);
    const { rows } = await client.query<{ migration_name: string; checksum: string }>(`SELECT migration_name, checksum FROM "_prisma_migrations" WHERE rolled_back_at IS NULL AND finished_at IS NOT NULL`);
    const todo = pending(migrations, new Map(rows.map((r) => [r.migration_name, r.checksum])));
    for (const m of todo) {
      await client.query("BEGIN");
      try {
        await client.query(m.sql);
        await client.query(`INSERT INTO "_prisma_migrations" (id, checksum, finished_at, migration_name, started_at, applied_steps_count) VALUES ($1, $2, now(), $3, now(), 1)`, [randomUUID(), m.checksum, m.name]);
        await client.query("COMMIT");
      } catch (error) {
        await client.query("ROLLBACK");
        fail(m, error);
      }
    }
    return todo.map((m) => m.name);
  } finally {
    await client.query("SELECT pg_advisory_unlock_all()").catch(() => undefined);
    await client.end();
  }
}

/** Brings the database at `target` up to date with the migrations on disk. */
export async function migrate(target: DbTarget, migrations: Migration[] = readMigrations(target.provider)): Promise<MigrationResult> {
  const applied = target.provider === "sqlite" ? await migrateSqlite(target.file, migrations) : await migratePostgres(target.url, migrations);
  return { applied, total: migrations.length };
}
