import { describe, expect, it } from "vitest";
import { answersSchema, parseAnswers, SECTION_SCHEMAS } from "./answers";
import { ALL_QUESTIONS, applicableSteps, progressOf, QUESTION_STEPS, questionId, setAnswer } from "./questionnaire";

describe("questionnaire", () => {
  it("asks every answer field exactly once, with help text and a guide link", () => {
    const ids = ALL_QUESTIONS.map(questionId);
    expect(new Set(ids).size).toBe(ids.length);
    const fields = Object.entries(SECTION_SCHEMAS).flatMap(([s, schema]) => Object.keys(schema.shape).map((f) => `${s}.${f}`));
    expect(ids.sort()).toEqual(fields.sort());
    for (const q of ALL_QUESTIONS) {
      expect(q.help.length, questionId(q)).toBeGreaterThan(20);
      expect(q.guide).toMatch(/^\/guides\/[a-z-]+#[a-z-]+$/);
    }
  });

  it("shows the learners' step only to learners", () => {
    const ids = (learner: boolean) => applicableSteps(parseAnswers({ applicant: { isLearner: learner } })).map((s) => s.id);
    expect(ids(false)).not.toContain("learning");
    expect(ids(true)).toContain("learning");
    expect(QUESTION_STEPS.map((s) => s.id)).toEqual(["applicant", "core", "learning", "analysis", "engagement", "display", "sharing", "government", "apps", "volumes"]);
  });

  it("counts progress over the questions that apply", () => {
    const empty = progressOf(parseAnswers({}));
    expect(empty.answered).toBe(0);
    const q = ALL_QUESTIONS.find((x) => questionId(x) === "analysis.analyses")!;
    const yes = setAnswer(parseAnswers({}), q, "yes");
    expect(answersSchema.safeParse(yes).success).toBe(true);
    const after = progressOf(yes);
    expect(after.answered).toBe(1);
    expect(after.total).toBeGreaterThan(empty.total); // "which analyses" and "which methods" now apply
  });
});
