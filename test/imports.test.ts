// Imports run one way: routes (app/) → components/ → content/ and lib/, with content/ also
// using lib/. This reads every .ts/.tsx file under those four folders, tests included, and
// fails on any import that runs the other way, or that reaches from one guide's folder in
// content/guides/ into another's.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";

const root = path.resolve(__dirname, "..");

const LAYERS = ["app", "components", "content", "lib"] as const;
type Layer = (typeof LAYERS)[number];

/** What each folder must not import. app/ may import anything. */
const FORBIDDEN: Record<Layer, readonly Layer[]> = {
  app: [],
  components: ["app"],
  content: ["app", "components"],
  lib: ["app", "components", "content"],
};

/**
 * Imports that may break the rule, each with the reason. Keep it empty: pass what a lower
 * folder needs from a higher one down as props or context instead (see
 * components/guides/progress-actions.tsx). An entry that no longer matches fails the test.
 */
const ALLOWED: readonly { from: string; to: string; why: string }[] = [];

/** Generated code (the Prisma client) imports only itself; skipping it keeps the walk quick. */
const SKIP = new Set(["node_modules", ".next", "lib/generated"]);

type Violation = { from: string; specifier: string; to: string };

function layerOf(relativePath: string): Layer | null {
  const first = relativePath.split("/")[0];
  return (LAYERS as readonly string[]).includes(first ?? "") ? (first as Layer) : null;
}

/** The repository-relative path an import points at, or null for packages and node builtins. */
function resolveSpecifier(fromFile: string, specifier: string): string | null {
  if (specifier.startsWith("@/")) return path.posix.normalize(specifier.slice(2));
  if (specifier.startsWith("./") || specifier.startsWith("../")) return path.posix.normalize(path.posix.join(path.posix.dirname(fromFile), specifier));
  return null;
}

const GUIDES = "content/guides/";

/**
 * The folder of content/guides/ a path is in ("kit", a guide's slug), "" for the registry
 * files at its top (index.ts, catalog.ts), or null outside content/guides/.
 */
function guideFolderOf(repoPath: string): string | null {
  if (repoPath === "content/guides") return "";
  if (!repoPath.startsWith(GUIDES)) return null;
  const rest = repoPath.slice(GUIDES.length).split("/");
  return rest.length > 1 ? rest[0]! : "";
}

/**
 * Inside content/guides/, a guide's folder (text and drawings) uses the kit and itself
 * only, and the kit uses no guide: so one guide can change without moving another.
 */
function crossesGuides(from: string, to: string): boolean {
  const own = guideFolderOf(from);
  const target = guideFolderOf(to);
  if (!own || target === null) return false;
  return target !== own && target !== "kit";
}

/** Every wrong-way import in one file's source (static, re-exports, `import type` and `import()`). */
function violationsIn(file: string, source: string): Violation[] {
  const from = layerOf(file);
  if (!from) return [];
  const { importedFiles } = ts.preProcessFile(source, true, true);
  return importedFiles.flatMap(({ fileName: specifier }) => {
    const to = resolveSpecifier(file, specifier);
    if (to === null) return [];
    const target = layerOf(to);
    const isWrongWay = target !== null && FORBIDDEN[from].includes(target);
    return isWrongWay || crossesGuides(file, to) ? [{ from: file, specifier, to }] : [];
  });
}

function sourceFiles(dir: string): string[] {
  return readdirSync(path.join(root, dir), { withFileTypes: true }).flatMap((entry) => {
    const relative = path.posix.join(dir, entry.name);
    if (SKIP.has(entry.name) || SKIP.has(relative)) return [];
    if (entry.isDirectory()) return sourceFiles(relative);
    return /\.tsx?$/.test(entry.name) ? [relative] : [];
  });
}

describe("import direction", () => {
  it("flags imports that run the wrong way, however they are written", () => {
    const source = [
      'import { guides } from "@/content/guides";',
      'import type { X } from "../../app/guides/actions";',
      'export { Y } from "@/components/guides/guide-step";',
      'const lazy = () => import("@/app/page");',
      'import { db } from "@/lib/db/client";',
      'import { z } from "zod";',
    ].join("\n");
    expect(violationsIn("lib/guides/example.ts", source).map((v) => v.to)).toEqual(["content/guides", "app/guides/actions", "components/guides/guide-step", "app/page"]);
    expect(violationsIn("components/guides/example.tsx", 'import { a } from "@/app/guides/actions";\nimport { b } from "@/content/guides/catalog";').map((v) => v.to)).toEqual(["app/guides/actions"]);
    expect(violationsIn("content/guides/example.ts", 'import { a } from "@/lib/guides/types";\nimport { b } from "../../components/ui/field";').map((v) => v.to)).toEqual(["components/ui/field"]);
    expect(violationsIn("app/page.tsx", 'import { a } from "@/components/home/dashboard";\nimport { b } from "@/content/guides/catalog";')).toEqual([]);
  });

  it("keeps each guide's folder to the kit and itself, and the kit to itself", () => {
    const drawing = [
      'import { Screen } from "@/content/guides/kit/draw";',
      'import { ADS_APP } from "./ads-app";',
      'import type { Guide } from "@/lib/guides/types";',
      'import { TopBar } from "@/content/guides/get-access/drawings/parts";',
      'import { Dialog } from "../../get-access/drawings/parts";',
      'import { guides } from "@/content/guides";',
    ].join("\n");
    expect(violationsIn("content/guides/ads-api/drawings/keys.tsx", drawing).map((v) => v.specifier)).toEqual(["@/content/guides/get-access/drawings/parts", "../../get-access/drawings/parts", "@/content/guides"]);
    expect(violationsIn("content/guides/kit/draw.tsx", 'import { x } from "./form-parts";\nimport { y } from "../ads-api/drawings/ads-app";').map((v) => v.specifier)).toEqual(["../ads-api/drawings/ads-app"]);
    expect(violationsIn("content/guides/catalog.ts", 'import { guides } from "./index";\nimport { g } from "./get-access/guide";')).toEqual([]);
  });

  it("finds no such import in app/, components/, content/ or lib/", () => {
    const files = LAYERS.flatMap((layer) => sourceFiles(layer));
    // A walk that found nothing would pass vacuously.
    for (const layer of LAYERS) expect(files.filter((f) => f.startsWith(`${layer}/`)).length, layer).toBeGreaterThan(5);

    const found = files.flatMap((file) => violationsIn(file, readFileSync(path.join(root, file), "utf8")));
    const isAllowed = (v: Violation) => ALLOWED.some((a) => a.from === v.from && a.to === v.to);
    const report = (v: Violation) =>
      crossesGuides(v.from, v.to) ? `${v.from} imports "${v.specifier}" (a guide's folder uses only the kit and itself)` : `${v.from} imports "${v.specifier}" (${layerOf(v.from)}/ must not import ${layerOf(v.to)}/)`;
    expect(found.filter((v) => !isAllowed(v)).map(report)).toEqual([]);
    expect(ALLOWED.filter((a) => !found.some((v) => v.from === a.from && v.to === a.to)), "allow-list entries that match nothing").toEqual([]);
  });
});
