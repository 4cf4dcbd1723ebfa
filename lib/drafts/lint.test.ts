import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseAnswers } from "./answers";
import { composeDraft } from "./compose";
import { bakeryAnswers } from "@/test/drafts/fixtures";
import { lintDraft } from "./lint";
import { SEVERITIES } from "./rules";
import { joinSections } from "./sections";

// Any UTF-16 code unit, lone surrogates included.
const anyUnit = fc.integer({ min: 0, max: 0xffff }).map((n) => String.fromCharCode(n));
const anyText = fc.oneof(
  fc.string({ unit: anyUnit, maxLength: 400 }),
  fc.string({ unit: "grapheme", maxLength: 400 }),
  // Up to 100,000 characters: a random piece repeated.
  fc.tuple(fc.string({ unit: "binary", minLength: 1, maxLength: 50 }), fc.integer({ min: 1, max: 5000 })).map(([s, n]) => s.repeat(n).slice(0, 100_000)),
  // Policy words in random order, with negations and numbers, to reach deep into the rules.
  fc.array(fc.constantFrom("we", "do", "not", "never", "sell", "share", "2,000,000", "Tweet", "IDs", "per", "day", "data", "display", "apps", "5", "track", "individual", "users", "government", ".", ",", "\n\n## Analysis\n", "like", "automatically", "store"), { maxLength: 200 }).map((w) => w.join(" ")),
);

describe("lintDraft properties", () => {
  it("never throws, is deterministic and returns well-formed findings sorted by severity", () => {
    fc.assert(
      fc.property(anyText, fc.anything(), (text, junk) => {
        const answers = parseAnswers(junk);
        const a = lintDraft({ text, answers });
        expect(lintDraft({ text, answers })).toEqual(a);
        const ranks = a.map((f) => SEVERITIES.indexOf(f.severity));
        expect([...ranks].sort((x, y) => x - y)).toEqual(ranks);
        expect(new Set(a.map((f) => f.rule)).size).toBe(a.length);
        for (const f of a) expect(f.guide).toMatch(/^\/guides\//);
        lintDraft({ text });
      }),
      { numRuns: 200 },
    );
  });
});

describe("lintDraft", () => {
  it("reports what is missing for an empty draft, most severe first", () => {
    const findings = lintDraft({ text: "" });
    expect(findings[0]!.rule).toBe("missing-core");
    expect(findings.map((f) => f.rule)).toEqual(expect.arrayContaining(["missing-analysis", "missing-engagement", "missing-display", "missing-sharing", "missing-government"]));
  });

  it("quotes the sentence that triggered a finding and names its section", () => {
    const [finding] = lintDraft({ text: "## Data sharing\n\nWe also sell the collected Tweets to marketing firms." }).filter((f) => f.rule === "risky-selling-data");
    expect(finding).toMatchObject({ severity: "error", category: "risky", excerpt: "We also sell the collected Tweets to marketing firms.", guide: "/guides/access-levels-and-policy#sharing-tweet-ids-and-content" });
  });

  it("reads each topic in its own section: a word in another section does not answer it", () => {
    const answers = bakeryAnswers();
    const draft = composeDraft(answers);
    const edited = joinSections({ ...draft.sections, display: "" });
    expect(lintDraft({ text: edited, answers }).map((f) => f.rule)).toContain("missing-display");
  });

  it("finds a contradiction introduced by editing the draft, and it goes away when fixed", () => {
    const answers = parseAnswers({ ...bakeryAnswers(), engagement: { engages: "yes", actions: ["like"], trigger: "user" } });
    const draft = composeDraft(answers);
    const contradicting = joinSections({ ...draft.sections, engagement: "Crumb Replies does not post, reply, Retweet or like." });
    expect(lintDraft({ text: contradicting, answers }).map((f) => f.rule)).toContain("consistency-engagement");
    expect(lintDraft({ text: joinSections(draft.sections), answers }).map((f) => f.rule)).not.toContain("consistency-engagement");
  });
});
