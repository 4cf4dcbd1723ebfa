// Every guide link in the drafting helper (questions, rules, the link table) must point at
// a guide and step that exist. lib/ cannot import content/, so the check lives here.
import { describe, expect, it } from "vitest";
import { GUIDE_LINKS } from "@/lib/drafts/guide-links";
import { ALL_QUESTIONS, QUESTION_STEPS, questionId } from "@/lib/drafts/questionnaire";
import { RULES } from "@/lib/drafts/rules";
import { guides } from "./guides";

const steps = new Set(guides.flatMap((g) => g.steps.map((s) => `/guides/${g.slug}#${s.id}`)));

describe("drafting helper guide links", () => {
  it.each(Object.entries(GUIDE_LINKS))("%s → %s is a real guide step", (_, link) => {
    expect(steps.has(link)).toBe(true);
  });
  it("every question, step and rule links to a real guide step", () => {
    for (const q of ALL_QUESTIONS) expect(steps.has(q.guide), questionId(q)).toBe(true);
    for (const s of QUESTION_STEPS) expect(steps.has(s.guide), s.id).toBe(true);
    for (const r of RULES) expect(steps.has(r.guide), r.id).toBe(true);
  });
  it("notices a broken link", () => {
    expect(steps.has("/guides/access-levels-and-policy#no-such-step")).toBe(false);
  });
});
