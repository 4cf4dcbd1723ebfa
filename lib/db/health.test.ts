import { describe, expect, it } from "vitest";
import { createDb } from "./client";
import { checkDatabase } from "./health";
import { parseDatabaseUrl } from "./target";

describe("checkDatabase", () => {
  it("reports ok for the test database", async () => {
    const db = createDb(parseDatabaseUrl(process.env.DATABASE_URL ?? ""));
    await expect(checkDatabase(db)).resolves.toEqual({ ok: true });
    await db.$disconnect();
  });

  it("reports an unreachable PostgreSQL without leaking the connection string", async () => {
    const db = createDb({ provider: "postgresql", url: "postgresql://perch:hunter2@127.0.0.1:1/nowhere" });
    const result = await checkDatabase(db);
    expect(result.ok).toBe(false);
    expect(JSON.stringify(result)).not.toMatch(/hunter2|127\.0\.0\.1|nowhere/);
  });

  it("reports a SQLite file that cannot be opened", async () => {
    const db = createDb({ provider: "sqlite", file: "/proc/no/such/dir/perch.db" });
    const result = await checkDatabase(db);
    expect(result.ok).toBe(false);
  });
});
