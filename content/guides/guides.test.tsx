import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { DRAWING_THEMES, drawingFile } from "./kit/svg-file";
import { describe, expect, it } from "vitest";
import { guides } from "./index";

type CoverageItem = { seed: string; item: string; guide: string; step: string };

const coverageDir = path.join(__dirname, "..", "coverage");
const coverage: CoverageItem[] = readdirSync(coverageDir)
  .filter((f) => f.endsWith(".json"))
  .flatMap((f) => JSON.parse(readFileSync(path.join(coverageDir, f), "utf8")) as CoverageItem[]);
// The five source documents live outside the repository; content/seeds.json records which
// they are (name, size, SHA-256), so these tests need nothing beside a clone.
const seeds = JSON.parse(readFileSync(path.join(__dirname, "..", "seeds.json"), "utf8")) as { file: string }[];

describe("guide content", () => {
  it("has six guides with unique slugs", () => {
    expect(guides).toHaveLength(6);
    expect(new Set(guides.map((g) => g.slug)).size).toBe(guides.length);
  });

  it("opens with today's path: the Developer Console guide first, the only current one", () => {
    expect(guides[0]?.slug).toBe("developer-console");
    expect(guides.filter((g) => g.era === "current").map((g) => g.slug)).toEqual(["developer-console"]);
  });

  it("marks the seed guides as the earlier portal, and the current guide as mirroring no seed", () => {
    for (const guide of guides) {
      if (guide.era === "current") {
        expect(guide.seeds, guide.slug).toEqual([]);
        expect(guide.confirmAt.length, guide.slug).toBeGreaterThan(0);
      } else {
        expect(guide.seeds.length, guide.slug).toBeGreaterThan(0);
      }
    }
  });

  for (const guide of guides) {
    describe(guide.slug, () => {
      it("has unique kebab-case step ids", () => {
        const ids = guide.steps.map((s) => s.id);
        expect(new Set(ids).size).toBe(ids.length);
        for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      });

      for (const step of guide.steps) {
        it(`step ${step.id}: screenshot callouts match its numbered instructions, in both served files`, () => {
          expect(step.instructions.length).toBeGreaterThan(0);
          expect(step.screenshot.alt.length).toBeGreaterThan(20);
          for (const theme of DRAWING_THEMES) {
            const svg = drawingFile(step.screenshot.Drawing, theme);
            const callouts = [...svg.matchAll(/data-callout="(\d+)"/g)].map((m) => Number(m[1]));
            expect(callouts.sort((a, b) => a - b), theme).toEqual(step.instructions.map((_, i) => i + 1));
          }
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

  it("names only seeds in the manifest, and every guide's seeds are in it", () => {
    const files = new Set(seeds.map((s) => s.file));
    expect(files.size).toBe(5);
    for (const c of coverage) expect(files, c.seed).toContain(c.seed);
    for (const guide of guides) for (const seed of guide.seeds) expect(files, `${guide.slug}: ${seed}`).toContain(seed);
  });

  it("maps every listed item to a step that exists", () => {
    const missing = coverage.filter((c) => !guides.find((g) => g.slug === c.guide)?.steps.some((s) => s.id === c.step));
    expect(missing).toEqual([]);
  });
});
