// The policy check's worst case, measured by counting the matcher's steps (not by timing,
// which a busy machine skews): the work grows linearly with the text, whatever its shape,
// and stops growing at the longest text the check reads.
import { describe, expect, it } from "vitest";
import { parseStoredDraft, SECTION_TEXT_MAX, viewDraft } from "./draft-state";
import { lintDraft } from "./lint";
import { EDITABLE_SECTION_IDS } from "./sections";
import { ANALYZE_MAX_CHARS, analyze, matcherSteps, resetMatcherSteps, SENTENCE_MAX_TOKENS } from "./text-match";

/** Steps one whole check of this text takes. */
function stepsFor(text: string): number {
  resetMatcherSteps();
  lintDraft({ text });
  return matcherSteps();
}

const fill = (unit: string, chars: number) => unit.repeat(Math.ceil(chars / unit.length)).slice(0, chars);

// Shapes that stress one part each: many headings (sections), no stops (one huge
// "sentence"), one word that starts many patterns, negations everywhere, numbers, and
// ordinary policy prose.
const SHAPES: Record<string, string> = {
  headings: "## Analysis\nx\n## Data sharing\ny\n",
  noStops: "we track individual users and sell data and like posts automatically and share tweet ids ",
  oneWord: "track ",
  patternStarts: "automatically like follow bulk auto reply dm train model tweets ",
  negations: "we do not never no sell share track ",
  numbers: "2,000,000 tweet ids per day 5 apps 3,000 posts a day ",
  prose: "We collect posts that mention the bakery. The bot replies to anyone who uses the hashtag. We never sell data. ",
  bullets: "- we sell data\n- we track users\n",
};

/** The largest draft a team can save: every section edited to its maximum length. */
function maxDraftText(unit: string): string {
  const edits = Object.fromEntries(EDITABLE_SECTION_IDS.map((id) => [id, { text: fill(unit, SECTION_TEXT_MAX), basedOn: "" }]));
  return viewDraft(parseStoredDraft({ version: 1, answers: {}, edits, step: "" })).text;
}

/** Matcher steps per character a check may take on any text (the worst shape above takes about 12; bench/README.md has the figures). */
const STEPS_PER_CHAR_BUDGET = 30;

describe("policy check: bounded work", () => {
  it.each(Object.entries(SHAPES))("grows linearly with the text (%s)", (_, unit) => {
    const small = stepsFor(fill(unit, 20_000));
    const large = stepsFor(fill(unit, 80_000));
    // Four times the text, at most a little over four times the work.
    expect(large).toBeLessThanOrEqual(small * 4.4);
    expect(large).toBeGreaterThan(0);
  });

  it.each(Object.entries(SHAPES))("stays within the budget on the largest savable draft (%s)", (_, unit) => {
    const text = maxDraftText(unit);
    expect(text.length).toBeGreaterThan(7 * SECTION_TEXT_MAX);
    expect(stepsFor(text)).toBeLessThanOrEqual(STEPS_PER_CHAR_BUDGET * text.length);
  });

  it("reads no further than its cap, so a longer text costs no more", () => {
    const capped = stepsFor(fill(SHAPES.prose!, ANALYZE_MAX_CHARS));
    const longer = stepsFor(fill(SHAPES.prose!, ANALYZE_MAX_CHARS * 5));
    expect(longer).toBeLessThanOrEqual(capped * 1.01);
  });

  it("cuts a sentence without stops into bounded pieces", () => {
    const doc = analyze(fill(SHAPES.noStops!, 50_000));
    expect(doc.sentences.length).toBeGreaterThan(50);
    for (const s of doc.sentences) expect(s.tokens.length).toBeLessThanOrEqual(SENTENCE_MAX_TOKENS);
  });

  it("counts work: the counter moves with the text, so the bounds above can fail", () => {
    expect(stepsFor("")).toBeLessThan(stepsFor("We sell the data."));
  });
});
