import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ACCOUNT_TYPES, DISPLAY_LEVELS, ENGAGEMENT_ACTIONS, ENGAGEMENT_TRIGGERS, ENVIRONMENTS, parseAnswers, SHARED_KINDS, type Answers } from "./answers";
import { composeDraft, SHORT_DESCRIPTION_MAX } from "./compose";
import { bakeryAnswers, studentAnswers } from "@/test/drafts/fixtures";
import { formatCount } from "./format";
import { lintDraft } from "./lint";
import { applicableQuestions, applicableSteps, getAnswer } from "./questionnaire";
import { joinSections } from "./sections";

const full = (a: Answers) => {
  const d = composeDraft(a);
  return { text: joinSections(d.sections), short: d.short };
};
const norm = (s: string) => s.replace(/\s+/g, " ").trim().replace(/[\s.!?;:,…]+$/u, "").toLowerCase();

/** The facts an answer carries: its text, its number, or its choices, as the draft must show them. */
function keyFacts(a: Answers): string[] {
  const facts: string[] = [];
  for (const step of applicableSteps(a)) {
    if (step.id === "volumes") continue; // for the cost estimate, not the description
    for (const q of applicableQuestions(step, a)) {
      const value = getAnswer(a, q);
      if (typeof value === "string" && (q.kind === "text" || q.kind === "textarea") && norm(value) !== "") facts.push(norm(value));
      if (typeof value === "number") facts.push(q.field === "appCount" && value === 1 ? "one" : formatCount(value));
    }
  }
  return facts;
}

describe("composeDraft", () => {
  it("writes a realistic case in the reviewers' sections, in the first person, with the person's facts", () => {
    const { text, short } = full(bakeryAnswers());
    expect(text).toMatch(/^## Core use case\n\n/);
    for (const heading of ["## Analysis of Tweets and users", "## Posting and engagement", "## Displaying content off Twitter", "## Data sharing", "## Government involvement", "## Apps and environments"]) expect(text).toContain(heading);
    expect(text).toMatch(/\bWe\b/);
    for (const fact of ["Crumb & Co.", "Crumb Replies", "keyword rules plus a small text classifier", "90 days", "reply to Tweets", "2 Apps", "development and production", "3,000 posts a month"]) expect(text).toContain(fact);
    expect(short).toContain("Crumb Replies");
    expect(short.length).toBeLessThanOrEqual(SHORT_DESCRIPTION_MAX);
  });

  it("gives a complete, honest case no findings at all", () => {
    for (const answers of [bakeryAnswers(), studentAnswers()]) {
      expect(lintDraft({ text: full(answers).text, answers })).toEqual([]);
    }
  });

  it("writes clearly different text for different people", () => {
    const a = full(bakeryAnswers()).text;
    const b = full(studentAnswers()).text;
    const words = (t: string) => new Set(t.toLowerCase().match(/[a-z]+/g));
    const shared = [...words(a)].filter((w) => words(b).has(w)).length;
    expect(shared / words(a).size).toBeLessThan(0.5);
    expect(b).toMatch(/\bI\b/);
    expect(b).toContain("learner");
  });

  it("says no plainly when the answer is no", () => {
    const { text } = full(parseAnswers({ analysis: { analyses: "no" }, engagement: { engages: "no" }, display: { displays: "no" }, sharing: { shares: "no" }, government: { involved: "no" } }));
    expect(text).toContain("do not analyse");
    expect(text).toContain("does not post, reply, Retweet or like");
    expect(text).toContain("No Twitter content is displayed");
    expect(text).toContain("do not share");
    expect(text).toContain("No government entity");
  });

  it("leaves unanswered sections empty and an empty questionnaire gives an empty draft", () => {
    const d = composeDraft(parseAnswers({}));
    expect(Object.values(d.sections).every((s) => s === "")).toBe(true);
    expect(d.short).toBe("");
  });

  it("capitalises a person's answer without changing its letters (ß, ligatures, long s), and capitalises the rest", () => {
    const { text } = full(parseAnswers({ apps: { notes: "ﬀ test" }, government: { involved: "yes", details: "ßtadt office" } }));
    expect(text).toContain("ﬀ test.");
    expect(text).toContain("ßtadt office");
    expect(full(parseAnswers({ apps: { notes: "ſtill one app" } })).text).toContain("ſtill one app.");
    expect(full(parseAnswers({ apps: { notes: "ébauche only" } })).text).toContain("Ébauche only.");
  });

  it("keeps the short description within its limit for very long answers", () => {
    const long = "word ".repeat(400);
    expect(composeDraft(parseAnswers({ core: { appName: "x".repeat(200), goal: long } })).short.length).toBeLessThanOrEqual(SHORT_DESCRIPTION_MAX);
  });
});

// Arbitrary answers that pass the schema: any Unicode text within the limits.
const text = (max: number) => fc.string({ unit: "binary", maxLength: max });
const yn = fc.constantFrom("yes", "no", "");
const count = fc.option(fc.integer({ min: 0, max: 10_000_000_000 }), { nil: null });
const answersArb = fc
  .record({
    applicant: fc.record({ accountType: fc.constantFrom(...ACCOUNT_TYPES, ""), isLearner: fc.boolean(), organisation: text(60), role: text(60) }),
    core: fc.record({ appName: text(40), problem: text(300), audience: text(300), goal: text(300), purpose: text(300), examples: text(100) }),
    learning: fc.record({ projects: text(300) }),
    analysis: fc.record({ analyses: yn, what: text(200), methods: text(200), stored: text(200), retention: text(60) }),
    engagement: fc.record({ engages: yn, actions: fc.subarray([...ENGAGEMENT_ACTIONS]), trigger: fc.constantFrom(...ENGAGEMENT_TRIGGERS, ""), details: text(200) }),
    display: fc.record({ displays: yn, where: text(200), level: fc.constantFrom(...DISPLAY_LEVELS, "") }),
    sharing: fc.record({ shares: yn, what: fc.constantFrom(...SHARED_KINDS, ""), recipients: text(200), idsPer30Days: count, objectsPerPersonPerDay: count, frequency: text(60), isAcademicNonCommercial: fc.boolean() }),
    government: fc.record({ involved: yn, details: text(200) }),
    apps: fc.record({ environments: fc.subarray([...ENVIRONMENTS]), appCount: count, notes: text(200) }),
    volumes: fc.record({ postsRead: count, usersRead: count, postsCreated: count, postsCreatedWithUrl: count }),
  })
  .map((raw) => parseAnswers(raw));

describe("composeDraft properties", () => {
  it("never throws on junk and is deterministic", () => {
    fc.assert(
      fc.property(fc.anything(), (junk) => {
        const a = parseAnswers(junk);
        expect(composeDraft(a)).toEqual(composeDraft(a));
      }),
      { numRuns: 300 },
    );
  });

  it("carries every applicable non-empty answer's key facts into the draft", () => {
    fc.assert(
      fc.property(answersArb, (a) => {
        const { text: draft } = full(a);
        const haystack = norm(draft.replace(/\s+/g, " "));
        for (const fact of keyFacts(a)) expect(haystack).toContain(fact);
        expect(composeDraft(a)).toEqual(composeDraft(a));
        expect(composeDraft(a).short.length).toBeLessThanOrEqual(SHORT_DESCRIPTION_MAX);
      }),
      { numRuns: 300 },
    );
  });
});

describe("composeDraft: what the guidelines restrict is stated honestly, \"not\" included", () => {
  type Section = "analysis" | "engagement";
  const base = bakeryAnswers();
  const withAnswers = (section: Section, patch: Record<string, unknown>) => parseAnswers({ ...base, [section]: { ...base[section], ...patch } });
  /** The rules the composed text alone triggers: a reviewer reads the text, not our answers. */
  const textFindings = (a: Answers) => lintDraft({ text: full(a).text }).map((f) => f.rule);
  const seeds = ["Crumb Replies", "Harbour Desk", "Leeds bus study", "Quake Alerts", "Shelf Help"];
  // Each case: answers that state a restricted use (the rule must fire on the text) and the honest allowed answers (it must not).
  const CASES: { rule: string; section: Section; flagged: Record<string, unknown>[]; clean: Record<string, unknown>[] }[] = [
    { rule: "risky-ai-training", section: "analysis", flagged: [{ trainsModels: "yes" }], clean: [{ trainsModels: "no" }, { trainsModels: "" }] },
    { rule: "risky-off-x-matching", section: "analysis", flagged: [{ matchesOffX: "without-consent" }], clean: [{ matchesOffX: "no" }, { matchesOffX: "with-consent" }] },
    { rule: "missing-deletion", section: "analysis", flagged: [{ deletesRemoved: false }], clean: [{ deletesRemoved: true }] },
    { rule: "risky-unsolicited-dms", section: "engagement", flagged: [{ sendsDms: "yes", dmTrigger: "app-first" }], clean: [{ sendsDms: "yes", dmTrigger: "user-first" }, { sendsDms: "no" }] },
    { rule: "risky-ai-content-unapproved", section: "engagement", flagged: [{ usesAi: "yes", aiApproved: false }], clean: [{ usesAi: "yes", aiApproved: true }, { usesAi: "no" }] },
    { rule: "risky-unsolicited-replies", section: "engagement", flagged: [{ trigger: "automated", replyTo: "anyone" }], clean: [{ trigger: "automated", replyTo: "engaged-first" }, { trigger: "user", replyTo: "engaged-first" }] },
    { rule: "missing-automated-label", section: "engagement", flagged: [{ trigger: "automated", isLabelled: false }], clean: [{ trigger: "automated", isLabelled: true }, { trigger: "user" }] },
  ];
  for (const c of CASES) {
    it(`${c.rule}: the draft says so when the answers do, and not otherwise`, () => {
      for (const name of seeds) {
        const named = (patch: Record<string, unknown>) => {
          const a = withAnswers(c.section, patch);
          return parseAnswers({ ...a, core: { ...a.core, appName: name, problem: `${a.core.problem} (${name})` }, engagement: { ...a.engagement, optOut: "replying STOP ends all contact" } });
        };
        for (const patch of c.flagged) expect(textFindings(named(patch)), `${name} ${JSON.stringify(patch)}`).toContain(c.rule);
        for (const patch of c.clean) expect(textFindings(named(patch)), `${name} ${JSON.stringify(patch)}`).not.toContain(c.rule);
      }
    });
  }
});
