// Developer tool: checks content/seeds.json against the seed documents beside the
// repository (../shared/seeds), when they are there. The tests never need them.
//   node scripts/check-seeds.mjs [seed folder]
import { createHash } from "node:crypto";
import { existsSync, readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const dir = process.argv[2] ?? path.join(root, "..", "shared", "seeds");
if (!existsSync(dir)) {
  console.log(`check-seeds: no seed folder at ${dir}; nothing to check.`);
  process.exit(0);
}
const manifest = JSON.parse(readFileSync(path.join(root, "content", "seeds.json"), "utf8"));
const onDisk = readdirSync(dir).filter((f) => f.endsWith(".txt")).sort();
const problems = [];
for (const file of onDisk) if (!manifest.some((m) => m.file === file)) problems.push(`${file} is not in content/seeds.json`);
for (const m of manifest) {
  const full = path.join(dir, m.file);
  if (!existsSync(full)) problems.push(`${m.file} is missing from ${dir}`);
  else if (createHash("sha256").update(readFileSync(full)).digest("hex") !== m.sha256) problems.push(`${m.file} has changed since content/seeds.json was written`);
}
console.log(problems.length ? problems.join("\n") : `check-seeds: all ${manifest.length} seeds match.`);
process.exit(problems.length ? 1 : 0);
