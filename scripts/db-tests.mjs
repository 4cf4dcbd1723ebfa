// Lists the vitest files that reach the database, for .ci/run's PostgreSQL pass: a test
// that never opens a connection gives the same answer on both engines, so running it
// twice only costs time. A test reaches the database when its import graph (static and
// dynamic imports, followed through the repository) contains one of DB_ENTRIES, or when
// it names DATABASE_URL itself (tests that start scripts or servers pass it on).
//
//   node scripts/db-tests.mjs           print the files, one a line
//   node scripts/db-tests.mjs --count   print "N of M test files reach the database"
import { existsSync, readFileSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import ts from "typescript";

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), "..");
const DB_ENTRIES = new Set(["lib/db/client.ts", "lib/db/migrate.ts", "test/fresh-db.ts"]);
const SKIP = new Set(["node_modules", ".next", "lib/generated", "e2e", "bench", "reports"]);
const EXTENSIONS = [".ts", ".tsx", ".mts", ".mjs", ".js"];

/** Every test file vitest would run (vitest.config.mts: *.test.ts, *.test.tsx; e2e/ excluded). */
function testFiles(dir = "") {
  const out = [];
  for (const name of readdirSync(path.join(root, dir))) {
    const rel = dir ? `${dir}/${name}` : name;
    if (SKIP.has(rel) || name.startsWith(".")) continue;
    if (statSync(path.join(root, rel)).isDirectory()) out.push(...testFiles(rel));
    else if (/\.test\.tsx?$/.test(name)) out.push(rel);
  }
  return out;
}

/** The repository file an import specifier names, or null for packages and node built-ins. */
function resolve(fromFile, specifier) {
  let base;
  if (specifier.startsWith("@/")) base = specifier.slice(2);
  else if (specifier.startsWith("./") || specifier.startsWith("../")) base = path.posix.join(path.posix.dirname(fromFile), specifier);
  else return null;
  base = path.posix.normalize(base);
  const candidates = [base, ...EXTENSIONS.map((e) => base + e), ...EXTENSIONS.map((e) => `${base}/index${e}`)];
  return candidates.find((c) => existsSync(path.join(root, c)) && statSync(path.join(root, c)).isFile()) ?? null;
}

const importsOf = new Map();
function imports(file) {
  if (!importsOf.has(file)) {
    const info = ts.preProcessFile(readFileSync(path.join(root, file), "utf8"), true, true);
    importsOf.set(file, info.importedFiles.map((f) => resolve(file, f.fileName)).filter(Boolean));
  }
  return importsOf.get(file);
}

/** Whether a test file's import graph reaches the database (a bounded walk: each file once). */
function reachesDb(test) {
  if (readFileSync(path.join(root, test), "utf8").includes("DATABASE_URL")) return true;
  const seen = new Set([test]);
  const queue = [test];
  while (queue.length) {
    for (const next of imports(queue.pop())) {
      if (DB_ENTRIES.has(next)) return true;
      if (!seen.has(next)) {
        seen.add(next);
        queue.push(next);
      }
    }
  }
  return false;
}

const all = testFiles();
const db = all.filter(reachesDb);
if (process.argv.includes("--count")) console.log(`${db.length} of ${all.length} test files reach the database`);
else console.log(db.join("\n"));
