import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { ProgressEntry } from "./progress-merge";
import { EMPTY_PROGRESS, mergeEntries, parseStoredProgress, progressKey, pruneEntries, setEntry, summarizeGuide } from "./progress-merge";

const entry = fc.record({
  guide: fc.constantFrom("get-access", "create-app-and-keys", "ads-api"),
  step: fc.constantFrom("one", "two", "three", "four"),
  doneAt: fc.date({ min: new Date("2024-01-01T00:00:00Z"), max: new Date("2027-01-01T00:00:00Z"), noInvalidDate: true }).map((d) => d.toISOString()),
});
const entries = fc.array(entry, { maxLength: 12 });
const keys = (list: ProgressEntry[]) => new Set(list.map((e) => progressKey(e.guide, e.step)));

describe("mergeEntries", () => {
  it("is commutative", () => {
    fc.assert(
      fc.property(entries, entries, (a, b) => {
        expect(mergeEntries(a, b)).toEqual(mergeEntries(b, a));
      }),
    );
  });

  it("is idempotent", () => {
    fc.assert(
      fc.property(entries, entries, (a, b) => {
        const once = mergeEntries(a, b);
        expect(mergeEntries(once, once)).toEqual(once);
        expect(mergeEntries(once, b)).toEqual(once);
      }),
    );
  });

  it("is associative", () => {
    fc.assert(
      fc.property(entries, entries, entries, (a, b, c) => {
        expect(mergeEntries(mergeEntries(a, b), c)).toEqual(mergeEntries(a, mergeEntries(b, c)));
      }),
    );
  });

  it("never loses a ticked step, and keeps one entry per step with the earliest time", () => {
    fc.assert(
      fc.property(entries, entries, (a, b) => {
        const merged = mergeEntries(a, b);
        expect(keys(merged)).toEqual(new Set([...keys(a), ...keys(b)]));
        expect(merged.length).toBe(keys(merged).size);
        for (const m of merged) {
          const times = [...a, ...b].filter((e) => e.guide === m.guide && e.step === m.step).map((e) => Date.parse(e.doneAt));
          expect(Date.parse(m.doneAt)).toBe(Math.min(...times));
        }
      }),
    );
  });
});

describe("setEntry", () => {
  const now = new Date("2026-05-01T10:00:00Z");
  it("ticks and unticks one step", () => {
    const ticked = setEntry([], { guide: "g", step: "s", isDone: true, now });
    expect(ticked).toEqual([{ guide: "g", step: "s", doneAt: now.toISOString() }]);
    expect(setEntry(ticked, { guide: "g", step: "s", isDone: false, now })).toEqual([]);
  });

  it("keeps the first completion time when ticked again", () => {
    const first = [{ guide: "g", step: "s", doneAt: "2025-01-01T00:00:00.000Z" }];
    expect(setEntry(first, { guide: "g", step: "s", isDone: true, now })).toEqual(first);
  });

  it("touches only the step it names (property)", () => {
    fc.assert(
      fc.property(entries, entry, fc.boolean(), (list, target, isDone) => {
        const next = setEntry(list, { guide: target.guide, step: target.step, isDone, now });
        const others = (l: ProgressEntry[]) => mergeEntries(l, []).filter((e) => !(e.guide === target.guide && e.step === target.step));
        expect(others(next)).toEqual(others(list));
        expect(next.some((e) => e.guide === target.guide && e.step === target.step)).toBe(isDone);
      }),
    );
  });
});

describe("summaries and pruning", () => {
  const outline = { slug: "g", title: "G", stepIds: ["a", "b", "c"] };
  const at = "2026-01-01T00:00:00.000Z";

  it("counts done steps that still exist and finds the first one left", () => {
    const list = [
      { guide: "g", step: "a", doneAt: at },
      { guide: "g", step: "gone", doneAt: at },
      { guide: "other", step: "b", doneAt: at },
    ];
    expect(summarizeGuide(list, outline)).toEqual({ done: 1, total: 3, nextStepId: "b" });
    expect(summarizeGuide(null, outline)).toEqual({ done: 0, total: 3, nextStepId: "a" });
    expect(pruneEntries(list, [outline])).toEqual([{ guide: "g", step: "a", doneAt: at }]);
  });
});

describe("parseStoredProgress", () => {
  it("reads what the store writes", () => {
    const stored = { version: 1 as const, owner: "user-1", entries: [{ guide: "g", step: "a", doneAt: "2026-01-01T00:00:00.000Z" }] };
    expect(parseStoredProgress(JSON.stringify(stored))).toEqual(stored);
  });

  it("turns anything unreadable into empty progress and drops only bad entries", () => {
    expect(parseStoredProgress(null)).toEqual(EMPTY_PROGRESS);
    expect(parseStoredProgress("{not json")).toEqual(EMPTY_PROGRESS);
    expect(parseStoredProgress(JSON.stringify({ version: 2, entries: [] }))).toEqual(EMPTY_PROGRESS);
    const mixed = { version: 1, owner: null, entries: [{ guide: "g", step: "a", doneAt: "2026-01-01T00:00:00.000Z" }, { guide: "g" }, 42, { guide: "g", step: "b", doneAt: "yesterday" }] };
    expect(parseStoredProgress(JSON.stringify(mixed)).entries).toEqual([{ guide: "g", step: "a", doneAt: "2026-01-01T00:00:00.000Z" }]);
  });

  it("never throws (property)", () => {
    fc.assert(fc.property(fc.oneof(fc.string(), fc.json()), (raw) => void parseStoredProgress(raw)));
  });
});
