// Config for the migrations-only Prisma 6 CLI (`npm run db:diff`), which can diff schemas
// offline through a JS/WASM engine and a driver adapter. The app itself never uses it.
// The adapter's database is only opened, never changed: an in-memory SQLite, or the local
// PostgreSQL (PGlite would do, but its WASM runtime makes the CLI exit with code 99).
import path from "node:path";
import { defineConfig } from "prisma6/config";

const provider = process.env.PERCH_DIFF_PROVIDER === "postgresql" ? "postgresql" : "sqlite";

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: path.join("node_modules", ".cache", "perch-prisma", provider, "current.prisma"),
  async adapter() {
    if (provider === "postgresql") {
      const { PrismaPg } = await import("@prisma/adapter-pg");
      return new PrismaPg({ connectionString: process.env.PERCH_DIFF_POSTGRES_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres" });
    }
    const { PrismaBetterSqlite3 } = await import("@prisma/adapter-better-sqlite3");
    return new PrismaBetterSqlite3({ url: ":memory:" });
  },
});
