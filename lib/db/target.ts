import path from "node:path";

/** Where the database lives, derived from DATABASE_URL. */
export type DbTarget = { provider: "sqlite"; file: string } | { provider: "postgresql"; url: string };

/** Parses DATABASE_URL: `file:<path>` (relative to the project) or `postgresql://…`. */
export function parseDatabaseUrl(url: string, cwd: string = process.cwd()): DbTarget {
  if (url.startsWith("file:")) {
    const file = url.slice("file:".length).replace(/^\/\/(?=\/)/, "");
    if (!file) throw new Error("DATABASE_URL: a file: URL needs a path, e.g. file:./data/perch.db");
    return { provider: "sqlite", file: path.resolve(cwd, file) };
  }
  if (/^postgres(ql)?:\/\//.test(url)) return { provider: "postgresql", url };
  throw new Error("DATABASE_URL must start with file: (SQLite) or postgresql:// (PostgreSQL)");
}
