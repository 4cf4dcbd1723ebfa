import { arrayDiff } from "diff";
import fc from "fast-check";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { SECTION_TEXT_MAX } from "./draft-state";
import { EDITABLE_SECTION_IDS } from "./sections";
import { DIFF_LIMITS, diffRows, diffSections, type DiffWork, type SectionDiff, type VersionSections } from "./version-diff";

describe("version diff", () => {
  it("pairs a changed line and marks the words that differ", () => {
    const rows = diffRows("We store Tweets.\nWe keep them for 90 days.", "We store Tweets.\nWe keep them for 30 days.");
    expect(rows).toHaveLength(2);
    expect(rows[0]).toEqual({ left: { kind: "same", text: "We store Tweets." }, right: { kind: "same", text: "We store Tweets." } });
    expect(rows[1]!.left.kind).toBe("removed");
    expect(rows[1]!.right.kind).toBe("added");
    expect(rows[1]!.left.words?.filter((w) => w.kind === "removed").map((w) => w.text.trim())).toEqual(["90"]);
    expect(rows[1]!.right.words?.filter((w) => w.kind === "added").map((w) => w.text.trim())).toEqual(["30"]);
  });

  it("puts lines only on one side when they were added or removed", () => {
    expect(diffRows("", "New line")).toEqual([{ left: { kind: "empty", text: "" }, right: { kind: "added", text: "New line" } }]);
    expect(diffRows("Old\nKept", "Kept")).toEqual([
      { left: { kind: "removed", text: "Old" }, right: { kind: "empty", text: "" } },
      { left: { kind: "same", text: "Kept" }, right: { kind: "same", text: "Kept" } },
    ]);
  });

  it("compares versions section by section with a status and word counts", () => {
    const diff = diffSections({ core: "We help bakeries.", sharing: "We share nothing." }, { core: "We help small bakeries.", display: "No display." });
    const byId = Object.fromEntries(diff.map((d) => [d.id, d]));
    expect(byId.core).toMatchObject({ status: "changed", added: 1, removed: 0 });
    expect(byId.sharing).toMatchObject({ status: "removed", removed: 3 });
    expect(byId.display).toMatchObject({ status: "added", added: 2 });
    expect(byId.government).toMatchObject({ status: "unchanged", rows: [] });
    expect(diff.map((d) => d.id)).toEqual(["core", "analysis", "engagement", "display", "sharing", "government", "apps", "short"]);
  });
});

// The worst cases of issue 15: the work is counted (every comparison the `diff` package
// makes, through its `equals`), never timed.
describe("version diff: bounded work", () => {
  let comparisons = 0;
  beforeEach(() => {
    comparisons = 0;
    const original = arrayDiff.equals.bind(arrayDiff);
    vi.spyOn(arrayDiff, "equals").mockImplementation((a, b, options) => {
      comparisons++;
      return original(a, b, options);
    });
  });
  afterEach(() => vi.restoreAllMocks());

  /** Text of `chars` characters whose words all start with `prefix`, so two prefixes share no word. */
  const prose = (chars: number, prefix: string, lineEvery = 0) => {
    let s = "";
    for (let i = 0; s.length < chars; i++) s += `${prefix}${(i * 7919) % 100_003}${lineEvery && i % lineEvery === lineEvery - 1 ? "\n" : " "}`;
    return s.slice(0, chars);
  };
  const repeat = (unit: string) => unit.repeat(Math.ceil(SECTION_TEXT_MAX / unit.length)).slice(0, SECTION_TEXT_MAX);
  const everySection = (text: (i: number) => string): VersionSections => Object.fromEntries(EDITABLE_SECTION_IDS.map((id, i) => [id, text(i)]));
  /** Both versions' text is all there, in order, whatever level the diff reached. */
  const expectWholeText = (sections: SectionDiff[], a: VersionSections, b: VersionSections) => {
    for (const s of sections.filter((x) => x.status !== "unchanged")) {
      const side = (key: "left" | "right") =>
        s.rows
          .map((r) => r[key])
          .filter((c) => c.kind !== "empty")
          .map((c) => c.text)
          .join("\n");
      expect(side("left")).toBe((a[s.id] ?? "").trim());
      expect(side("right")).toBe((b[s.id] ?? "").trim());
      for (const r of s.rows) for (const c of [r.left, r.right]) if (c.words) expect(c.words.map((w) => w.text).join("")).toBe(c.text);
    }
  };

  // [name, older, newer, whether the view must be coarser than word by word somewhere]
  const worst: [string, VersionSections, VersionSections, boolean][] = [
    ["every section at its maximum, one paragraph, no word shared", everySection((i) => prose(SECTION_TEXT_MAX, `a${i}x`)), everySection((i) => prose(SECTION_TEXT_MAX, `b${i}x`)), true],
    ["every section at its maximum, lines of 12 words, no word shared", everySection((i) => prose(SECTION_TEXT_MAX, `a${i}x`, 12)), everySection((i) => prose(SECTION_TEXT_MAX, `b${i}x`, 12)), false],
    ["repetitive: 'a ' against 'b '", everySection(() => repeat("a ")), everySection(() => repeat("b ")), true],
    ["repetitive: 'a b ' against 'b a '", everySection(() => repeat("a b ")), everySection(() => repeat("b a ")), false],
    ["repetitive lines: 'a' against 'a', 'b'", everySection(() => repeat("a\n")), everySection(() => repeat("a\nb\n")), false],
    ["repetitive lines of one word each, no line shared", everySection(() => repeat("a b\n")), everySection(() => repeat("b a\n")), true],
  ];

  it.each(worst)("%s: at most the budget of comparisons, and an honest view", (_name, a, b, coarse) => {
    const work: DiffWork = { comparisons: 0 };
    const sections = diffSections(a, b, work);
    expect(comparisons).toBeGreaterThan(0);
    expect(comparisons).toBeLessThanOrEqual(DIFF_LIMITS.comparisons);
    expect(work.comparisons).toBe(comparisons);
    expectWholeText(sections, a, b);
    // What was too different to mark word by word is said so, for the page to show.
    if (coarse) expect(sections.some((s) => s.detail !== "words")).toBe(true);
  });

  it("still marks the words of a small edit in a maximum-size section", () => {
    const text = prose(SECTION_TEXT_MAX, "w", 12);
    const edited = text.replace("w7919 ", "changed ");
    const [core] = diffSections({ core: text }, { core: edited });
    expect(core).toMatchObject({ status: "changed", detail: "words", added: 1, removed: 1 });
    expect(comparisons).toBeLessThanOrEqual(DIFF_LIMITS.comparisons);
  });

  it("keeps both texts whole and within budget for any input (property)", () => {
    const text = fc.array(fc.constantFrom("a", "b", " ", "\n", "c d", ".", "é"), { maxLength: 60 }).map((p) => p.join(""));
    fc.assert(
      fc.property(text, text, (x, y) => {
        comparisons = 0;
        const a = { core: x, short: y };
        const b = { core: y, short: x };
        expectWholeText(diffSections(a, b), a, b);
        expect(comparisons).toBeLessThanOrEqual(DIFF_LIMITS.comparisons);
      }),
    );
  });
});
