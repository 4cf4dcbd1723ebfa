import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { guides } from "./index";

type CoverageItem = { seed: string; item: string; guide: string; step: string };

const coverageDir = path.join(__dirname, "..", "coverage");
const coverage: CoverageItem[] = readdirSync(coverageDir)
  .filter((f) => f.endsWith(".json"))
  .flatMap((f) => JSON.parse(readFileSync(path.join(coverageDir, f), "utf8")) as CoverageItem[]);
const seedDir = path.join(__dirname, "..", "..", "..", "shared", "seeds");

describe("guide content", () => {
  it("has five guides with unique slugs", () => {
    expect(guides).toHaveLength(5);
    expect(new Set(guides.map((g) => g.slug)).size).toBe(guides.length);
  });

  for (const guide of guides) {
    describe(guide.slug, () => {
      it("has unique kebab-case step ids", () => {
        const ids = guide.steps.map((s) => s.id);
        expect(new Set(ids).size).toBe(ids.length);
        for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      });

      for (const step of guide.steps) {
        it(`step ${step.id}: screenshot callouts match its numbered instructions`, () => {
          expect(step.instructions.length).toBeGreaterThan(0);
          expect(step.screenshot.alt.length).toBeGreaterThan(20);
          const { Drawing } = step.screenshot;
          const svg = renderToStaticMarkup(<Drawing />);
          const callouts = [...svg.matchAll(/data-callout="(\d+)"/g)].map((m) => Number(m[1]));
          expect(callouts.sort((a, b) => a - b)).toEqual(step.instructions.map((_, i) => i + 1));
        });
      }
    });
  }
});

describe("seed coverage list", () => {
  it("lists items for every seed", () => {
    const seeds = new Set(coverage.map((c) => c.seed));
    expect(seeds.size).toBe(5);
  });

  it("names seeds that exist", () => {
    const files = new Set(readdirSync(seedDir));
    for (const c of coverage) expect(files, c.seed).toContain(c.seed);
  });

  it("maps every listed item to a step that exists", () => {
    const missing = coverage.filter((c) => !guides.find((g) => g.slug === c.guide)?.steps.some((s) => s.id === c.step));
    expect(missing).toEqual([]);
  });
});
