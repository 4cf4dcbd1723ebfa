// Wraps prisma/models.prisma (models only) into the schema files each tool needs.
// Prisma 7 (client generation) and Prisma 6 (offline migration diffs) want different
// generator/datasource blocks; everything else is the same source.
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
export const providers = ["sqlite", "postgresql"];

const header = "// GENERATED from prisma/models.prisma by scripts/prisma-schemas.mjs. Do not edit.\n";

/** Prisma 7 schema for one provider; the client is generated into lib/generated/<provider>. */
export function writeClientSchema(provider) {
  const models = readFileSync(path.join(root, "prisma", "models.prisma"), "utf8");
  const file = path.join(root, "prisma", provider, "schema.prisma");
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(
    file,
    `${header}generator client {\n  provider = "prisma-client"\n  output   = "../../lib/generated/${provider}"\n  moduleFormat = "esm"\n}\n\ndatasource db {\n  provider = "${provider}"\n}\n\n${models}`,
  );
  return file;
}

/** Prisma 6 flavour of a models file (for `migrate diff`); returns its path. */
export function writeDiffSchema(provider, modelsFile, name) {
  const models = readFileSync(modelsFile, "utf8");
  const file = path.join(root, "node_modules", ".cache", "perch-prisma", provider, `${name}.prisma`);
  mkdirSync(path.dirname(file), { recursive: true });
  const url = provider === "sqlite" ? "file:./diff.db" : "postgresql://diff@localhost/diff";
  writeFileSync(
    file,
    `${header}generator client {\n  provider   = "prisma-client-js"\n  engineType = "client"\n}\n\ndatasource db {\n  provider = "${provider}"\n  url      = "${url}"\n}\n\n${models}`,
  );
  return file;
}
