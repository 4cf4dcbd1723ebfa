/**
 * Every server action and route handler in app/, found from the code (not a hand-kept
 * list), with the access-table id its guard carries (lib/guard/marker.ts). The guard test
 * checks each is built on a guard; the authorization matrix calls each one by its id.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { guardOf } from "@/lib/guard/marker";

export const appDir = path.resolve(__dirname, "..", "app");

/** Route segment config a route file may export beside its handlers. */
export const ROUTE_CONFIG = new Set(["generateStaticParams", "dynamic", "dynamicParams", "revalidate", "fetchCache", "runtime", "preferredRegion", "maxDuration"]);

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return walk(full);
    return /\.(ts|tsx)$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [full] : [];
  });
}

const files = walk(appDir);
export const actionFiles = files.filter((f) => /^\s*(['"])use server\1/.test(readFileSync(f, "utf8")));
export const routeFiles = files.filter((f) => /[/\\]route\.tsx?$/.test(f));

/** "/api/auth/[...nextauth]" for app/api/auth/[...nextauth]/route.ts; route groups "(x)" vanish. */
export function routePath(file: string): string {
  const segments = path.relative(appDir, path.dirname(file)).split(path.sep).filter((s) => s && !/^\(.*\)$/.test(s));
  return `/${segments.join("/")}`;
}

export type Guarded = {
  /** file#export, for messages. */
  where: string;
  kind: "action" | "route";
  /** The access-table id the guard carries, or null when it was not built by a guard. */
  id: string | null;
  /** For a route: "METHOD /path" from where the file is. */
  expected?: string;
  /** For a route: the exported name (GET, POST, …), else the action's name. */
  name: string;
  fn: unknown;
};

/** Imports every action and route module of app/ and lists what each exports. */
export async function findGuarded(): Promise<Guarded[]> {
  const found: Guarded[] = [];
  for (const file of actionFiles) {
    const mod = (await import(file)) as Record<string, unknown>;
    for (const [name, value] of Object.entries(mod)) found.push({ where: `${path.relative(appDir, file)}#${name}`, kind: "action", id: guardOf(value), name, fn: value });
  }
  for (const file of routeFiles) {
    const mod = (await import(file)) as Record<string, unknown>;
    for (const [name, value] of Object.entries(mod)) {
      if (ROUTE_CONFIG.has(name)) continue;
      found.push({ where: `${path.relative(appDir, file)}#${name}`, kind: "route", id: guardOf(value), expected: `${name} ${routePath(file)}`, name, fn: value });
    }
  }
  return found;
}
