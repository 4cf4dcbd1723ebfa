import { spawn } from "node:child_process";
import { afterEach, describe, expect, it } from "vitest";
import { freshDatabase, testTarget } from "@/test/fresh-db";
import { Prisma } from "@/lib/generated/sqlite/client";
import { createDb } from "./client";
import { migrate, MigrationError, readMigrations, type Migration } from "./migrate";
import type { DbTarget } from "./target";

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  while (cleanups.length) await cleanups.pop()!();
});

async function fresh(): Promise<DbTarget> {
  const { target, drop } = await freshDatabase();
  cleanups.push(drop);
  return target;
}

/** Lists tables and their columns as the engine itself reports them. */
async function describeSchema(target: DbTarget): Promise<Map<string, Set<string>>> {
  const db = createDb(target);
  try {
    const rows =
      target.provider === "sqlite"
        ? await db.$queryRawUnsafe<{ t: string; c: string }[]>(`SELECT m.name AS t, p.name AS c FROM sqlite_master m JOIN pragma_table_info(m.name) p WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite_%'`)
        : await db.$queryRawUnsafe<{ t: string; c: string }[]>(`SELECT table_name AS t, column_name AS c FROM information_schema.columns WHERE table_schema = 'public'`);
    const tables = new Map<string, Set<string>>();
    for (const { t, c } of rows) tables.set(t, (tables.get(t) ?? new Set()).add(c));
    return tables;
  } finally {
    await db.$disconnect();
  }
}

describe("migrations", () => {
  it("create every model's table and column from prisma/models.prisma", async () => {
    const target = await fresh();
    await migrate(target);
    const schema = await describeSchema(target);
    const models = Object.values(Prisma.ModelName);
    expect(models.length).toBeGreaterThan(5);
    for (const model of models) {
      const fields = Object.values((Prisma as unknown as Record<string, Record<string, string>>)[`${model}ScalarFieldEnum`]!);
      expect([...(schema.get(model) ?? [])].sort(), model).toEqual([...fields].sort());
    }
    expect(schema.has("_prisma_migrations")).toBe(true);
  });

  it("give a usable schema: create, relate, read back and cascade through Prisma", async () => {
    const target = await fresh();
    await migrate(target);
    const db = createDb(target);
    try {
      const user = await db.user.create({ data: { twitterId: "12", name: "Ada", username: "ada" } });
      await db.session.create({ data: { tokenHash: "h1", userId: user.id, expires: new Date(Date.now() + 60_000) } });
      await db.guideProgress.create({ data: { userId: user.id, guide: "get-access", step: "one" } });
      const found = await db.user.findUnique({ where: { twitterId: "12" }, include: { sessions: true, guideProgress: true } });
      expect(found?.sessions).toHaveLength(1);
      expect(found?.guideProgress[0]?.doneAt).toBeInstanceOf(Date);
      await expect(db.user.create({ data: { twitterId: "12", name: "Dup", username: "dup" } })).rejects.toThrow();
      await db.user.delete({ where: { id: user.id } });
      expect(await db.session.count()).toBe(0);
    } finally {
      await db.$disconnect();
    }
  });

  it("apply once: a second run applies nothing", async () => {
    const target = await fresh();
    const first = await migrate(target);
    expect(first.applied).toHaveLength(first.total);
    expect((await migrate(target)).applied).toEqual([]);
  });

  it("are safe when several instances start at once", async () => {
    const target = await fresh();
    const runs = await Promise.all([migrate(target), migrate(target), migrate(target), migrate(target)]);
    const applied = runs.flatMap((r) => r.applied);
    expect(applied.sort()).toEqual(readMigrations(target.provider).map((m) => m.name).sort());
  });

  it("are safe when several instances start at once in their own processes", async () => {
    const target = await fresh();
    const url = target.provider === "sqlite" ? `file:${target.file}` : target.url;
    const runs = await Promise.all(
      [0, 1, 2].map(
        () =>
          new Promise<string>((resolve, reject) => {
            const child = spawn(process.execPath, ["--import", "tsx", "scripts/db-migrate.ts"], { env: { ...process.env, DATABASE_URL: url }, stdio: ["ignore", "pipe", "inherit"] });
            let out = "";
            child.stdout.on("data", (chunk: Buffer) => (out += chunk.toString()));
            child.on("error", reject);
            child.on("exit", (code) => (code === 0 ? resolve(out) : reject(new Error(`db:migrate exited with ${code}: ${out}`))));
          }),
      ),
    );
    // Between them every migration was applied exactly once, and the history says so.
    const total = readMigrations(target.provider).length;
    const counts = runs.map((out) => Number(/: (\d+) applied now/.exec(out)?.[1] ?? NaN));
    expect(counts.reduce((a, b) => a + b, 0)).toBe(total);
    const db = createDb(target);
    try {
      const rows = await db.$queryRawUnsafe<{ n: number | bigint }[]>(`SELECT COUNT(*) AS n FROM "_prisma_migrations"`);
      expect(Number(rows[0]!.n)).toBe(total);
    } finally {
      await db.$disconnect();
    }
  }, 60_000);

  it("roll back a failing migration, leave the database as it was, and say which one failed", async () => {
    const target = await fresh();
    const good = readMigrations(target.provider);
    const broken: Migration = { name: "99999999999999_broken", sql: `CREATE TABLE "Half" ("id" TEXT PRIMARY KEY);\nTHIS IS NOT SQL;`, checksum: "x" };
    await migrate(target, good);
    const error = await migrate(target, [...good, broken]).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(MigrationError);
    expect((error as MigrationError).migration).toBe(broken.name);
    expect((error as Error).message).toMatch(/99999999999999_broken failed and was rolled back/);
    const schema = await describeSchema(target);
    expect(schema.has("Half")).toBe(false);
    expect((await migrate(target, good)).applied).toEqual([]);
  });

  it("refuse to start when an applied migration was edited afterwards", async () => {
    const target = await fresh();
    const good = readMigrations(target.provider);
    await migrate(target, good);
    const edited = good.map((m, i) => (i === 0 ? { ...m, checksum: "0".repeat(64) } : m));
    await expect(migrate(target, edited)).rejects.toThrow(/was edited after it was applied/);
  });
});

// SQLite only: PostgreSQL's files belong to its server, not to Perch.
if (testTarget().provider === "sqlite") describe("the SQLite file", () => {
  it("is created readable by its owner only, and so are its WAL and shared-memory files", async () => {
    const target = await fresh();
    if (target.provider !== "sqlite") throw new Error("unreachable");
    const { statSync, chmodSync } = await import("node:fs");
    await migrate(target);
    const db = createDb(target);
    await db.user.create({ data: { twitterId: `m${Date.now()}`, name: "Mode", username: "mode" } });
    for (const suffix of ["", "-wal", "-shm"]) expect((statSync(`${target.file}${suffix}`).mode & 0o777).toString(8), suffix || "db").toBe("600");
    await db.$disconnect();
    // An older database created world-readable is tightened at the next start.
    chmodSync(target.file, 0o644);
    await migrate(target);
    expect((statSync(target.file).mode & 0o777).toString(8)).toBe("600");
  });
});
