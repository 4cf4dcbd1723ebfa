// Generates the Prisma 7 clients for SQLite and PostgreSQL (run by `npm install`).
// PRISMA_SCHEMA_ENGINE_BINARY=/bin/false stops the CLI from downloading an engine it
// does not need for `generate` (there is no internet here).
import { execFileSync } from "node:child_process";
import path from "node:path";
import { providers, root, writeClientSchema } from "./prisma-schemas.mjs";

const cli = path.join(root, "node_modules", "prisma", "build", "index.js");
for (const provider of providers) {
  const schema = writeClientSchema(provider);
  execFileSync(process.execPath, [cli, "generate", "--schema", schema], {
    cwd: root,
    stdio: ["ignore", "ignore", "inherit"],
    env: { ...process.env, PRISMA_SCHEMA_ENGINE_BINARY: "/bin/false", PRISMA_HIDE_UPDATE_MESSAGE: "1", CHECKPOINT_DISABLE: "1" },
  });
}
console.log(`prisma: generated clients for ${providers.join(" and ")} in lib/generated/`);
