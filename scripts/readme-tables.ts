// Rewrites the tables README.md shows from the code: the policy-check rules, the
// permission table and the access table (lib/docs/markdown-tables.ts).
//   npm run docs:tables
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { withAllTables } from "../lib/docs/markdown-tables";

const readme = path.join(import.meta.dirname, "..", "README.md");
writeFileSync(readme, withAllTables(readFileSync(readme, "utf8")));
console.log("README.md: generated tables updated");
