import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { X_FACTS, latestCheck, sourcesOf, xFact, type XFactId } from "./facts";
import { X_SOURCES, type XSourceId } from "./sources";

const root = path.join(__dirname, "..", "..");
const factIds = Object.keys(X_FACTS) as XFactId[];
const sourceIds = Object.keys(X_SOURCES) as XSourceId[];

/** Source files of the app (no tests, no generated code), where a source can be cited. */
function appFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return name === "generated" || name === "node_modules" ? [] : appFiles(full);
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? [full] : [];
  });
}

describe("the registry of X sources", () => {
  it("dates every page and links it on docs.x.com, named by its file in X's documentation source", () => {
    for (const id of sourceIds) {
      const source = X_SOURCES[id];
      expect(source.checkedOn, id).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(Number.isNaN(Date.parse(source.checkedOn)), id).toBe(false);
      const docsPath: string | null = source.docsPath;
      if (docsPath === null) {
        // A page of the earlier developer site, kept for rules today's pages no longer state.
        expect(source.url, id).toMatch(/^https:\/\/developer\.twitter\.com\//);
      } else {
        expect(docsPath, id).toMatch(/^[a-z0-9/-]+\.mdx$/);
        expect(source.url, id).toBe(`https://docs.x.com/${docsPath.replace(/\.mdx$/, "")}`);
      }
      expect(source.title.length, id).toBeGreaterThan(3);
    }
    expect(new Set(sourceIds.map((id) => X_SOURCES[id].url)).size).toBe(sourceIds.length);
  });

  it("has no page that nothing cites: each is the source of a fact or named in the app's code", () => {
    const cited = new Set<string>(factIds.map((id) => X_FACTS[id].source));
    const code = ["lib", "components", "app", "content"]
      .flatMap((dir) => appFiles(path.join(root, dir)))
      .filter((file) => !file.endsWith(path.join("lib", "x", "sources.ts")))
      .map((file) => readFileSync(file, "utf8"))
      .join("\n");
    const unused = sourceIds.filter((id) => !cited.has(id) && !new RegExp(`["'\`]${id}["'\`]|\\.${id}\\b`).test(code));
    expect(unused).toEqual([]);
  });
});

describe("facts about today's X", () => {
  it("each name a registered source and resolve to its link and date", () => {
    for (const id of factIds) {
      const fact = xFact(id);
      expect(Object.keys(X_SOURCES), id).toContain(fact.source.id);
      expect(fact.source.url, id).toBe(X_SOURCES[fact.source.id].url);
      expect(fact.source.checkedOn, id).toBe(X_SOURCES[fact.source.id].checkedOn);
    }
  });

  it("are sentences in our words, with no dollar amount (prices live in lib/pricing.ts)", () => {
    for (const id of factIds) {
      const { text } = X_FACTS[id];
      expect(text.length, id).toBeGreaterThan(30);
      expect(text, id).toMatch(/[.)]$/);
      expect(text, id).not.toMatch(/\$\s?\d/);
      // Balanced inline markup, so nothing renders as stray asterisks or backticks.
      expect((text.match(/\*\*/g) ?? []).length % 2, id).toBe(0);
      expect((text.match(/`/g) ?? []).length % 2, id).toBe(0);
    }
  });

  it("never state the same thing twice", () => {
    const texts = factIds.map((id) => X_FACTS[id].text.toLowerCase());
    expect(new Set(texts).size).toBe(texts.length);
  });

  it("give the latest check and the distinct sources of a set of facts", () => {
    expect(latestCheck([])).toBeNull();
    expect(latestCheck(["callbackExactMatch"])).toBe(X_SOURCES.developerApps.checkedOn);
    expect(sourcesOf(["callbackExactMatch", "callbackLimit", "payPerUse"]).map((s) => s.id)).toEqual(["developerApps", "pricing"]);
  });
});
