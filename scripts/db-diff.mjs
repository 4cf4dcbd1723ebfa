// Creates a migration for both engines from the change in prisma/models.prisma since the
// last migration (kept as prisma/migrated-models.prisma), using Prisma 6's offline diff.
//
//   npm run db:diff -- <name>     write prisma/<provider>/migrations/<timestamp>_<name>/
//   npm run db:diff -- --check    exit 1 if models.prisma has changes with no migration
import { execFileSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { providers, root, writeDiffSchema } from "./prisma-schemas.mjs";

const arg = process.argv[2];
const isCheck = arg === "--check";
if (!isCheck && !/^[a-z0-9_]+$/.test(arg ?? "")) {
  console.error("usage: npm run db:diff -- <migration_name in snake_case> | --check");
  process.exit(2);
}

const cli = path.join(root, "node_modules", "prisma6", "build", "index.js");
const models = path.join(root, "prisma", "models.prisma");
const snapshot = path.join(root, "prisma", "migrated-models.prisma");

function diff(provider) {
  const to = writeDiffSchema(provider, models, "current");
  const from = existsSync(snapshot) ? ["--from-schema-datamodel", writeDiffSchema(provider, snapshot, "migrated")] : ["--from-empty"];
  return execFileSync(process.execPath, [cli, "migrate", "diff", "--config", "prisma6.config.ts", ...from, "--to-schema-datamodel", to, "--script"], {
    cwd: root,
    encoding: "utf8",
    stdio: ["ignore", "pipe", "inherit"],
    env: { ...process.env, PERCH_DIFF_PROVIDER: provider, PRISMA_HIDE_UPDATE_MESSAGE: "1", CHECKPOINT_DISABLE: "1" },
  });
}

const isEmpty = (sql) => sql.split("\n").every((l) => l.trim() === "" || l.startsWith("--"));
const scripts = Object.fromEntries(providers.map((p) => [p, diff(p)]));
const pending = providers.filter((p) => !isEmpty(scripts[p]));

if (isCheck) {
  if (pending.length) {
    console.error(`db:diff: prisma/models.prisma has changes with no migration (${pending.join(", ")}). Run: npm run db:diff -- <name>`);
    process.exit(1);
  }
  console.log("db:diff: migrations are in sync with prisma/models.prisma");
  process.exit(0);
}
if (!pending.length) {
  console.log("db:diff: nothing to migrate");
  process.exit(0);
}
const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
for (const provider of providers) {
  const dir = path.join(root, "prisma", provider, "migrations", `${stamp}_${arg}`);
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, "migration.sql"), scripts[provider]);
  console.log(`db:diff: wrote ${path.relative(root, dir)}/migration.sql`);
}
copyFileSync(models, snapshot);
console.log("db:diff: updated prisma/migrated-models.prisma");
