// Rewrites the tables README.md shows from the code: the policy-check rules, the
// permission table and the access table (lib/docs/markdown-tables.ts); SECURITY.md's two.
//   npm run docs:tables
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { withAllTables, withSecurityTables } from "../lib/docs/markdown-tables";

const root = path.join(import.meta.dirname, "..");
const readme = path.join(root, "README.md");
writeFileSync(readme, withAllTables(readFileSync(readme, "utf8")));
const security = path.join(root, "SECURITY.md");
writeFileSync(security, withSecurityTables(readFileSync(security, "utf8")));
console.log("README.md, SECURITY.md: generated tables updated");
