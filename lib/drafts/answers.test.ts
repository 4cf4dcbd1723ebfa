import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { answersSchema, emptyAnswers, isEmptyAnswers, LONG_TEXT_MAX, NUMBER_MAX, parseAnswers, SHORT_TEXT_MAX } from "./answers";

describe("answers", () => {
  it("fills every default for an empty object", () => {
    const a = answersSchema.parse({});
    expect(a.core.problem).toBe("");
    expect(a.engagement.actions).toEqual([]);
    expect(a.sharing.idsPer30Days).toBeNull();
    expect(isEmptyAnswers(a)).toBe(true);
  });

  it("refuses unknown fields and values over the limits in the strict schema", () => {
    const result = answersSchema.safeParse({ core: { problme: "typo", problem: "x".repeat(LONG_TEXT_MAX + 1) }, sharing: { idsPer30Days: -1 } });
    expect(result.success).toBe(false);
    const paths = result.error!.issues.map((i) => i.path.join("."));
    expect(paths).toEqual(expect.arrayContaining(["core", "core.problem", "sharing.idsPer30Days"]));
  });

  it("keeps choices in the questionnaire's order with no repeats", () => {
    expect(answersSchema.parse({ engagement: { actions: ["like", "post"] }, apps: { environments: ["production", "development"] } })).toMatchObject({ engagement: { actions: ["post", "like"] }, apps: { environments: ["development", "production"] } });
  });

  it("parseAnswers keeps what is valid, repairs near misses and drops junk", () => {
    const a = parseAnswers({
      applicant: { accountType: "wizard", isLearner: "yes", organisation: "o".repeat(500) },
      core: { problem: "Bakeries miss questions", goal: 42, extra: "ignored" },
      engagement: { actions: ["like", "like", "dance", 3] },
      sharing: { idsPer30Days: "1,600,000", objectsPerPersonPerDay: 1e20 },
      volumes: "nope",
    });
    expect(a.applicant.accountType).toBe("");
    expect(a.applicant.isLearner).toBe(false);
    expect(a.applicant.organisation).toBe("o".repeat(SHORT_TEXT_MAX));
    expect(a.core.problem).toBe("Bakeries miss questions");
    expect(a.core.goal).toBe("42");
    expect(a.engagement.actions).toEqual(["like"]);
    expect(a.sharing.idsPer30Days).toBe(1_600_000);
    expect(a.sharing.objectsPerPersonPerDay).toBe(NUMBER_MAX);
    expect(a.volumes).toEqual(emptyAnswers().volumes);
  });

  it("parseAnswers never throws and always returns answers the strict schema accepts", () => {
    fc.assert(
      fc.property(fc.anything({ withNullPrototype: true, withMap: true, withSet: true }), (junk) => {
        const a = parseAnswers(junk);
        expect(answersSchema.parse(a)).toEqual(a);
      }),
      { numRuns: 300 },
    );
    // Valid answers round-trip unchanged.
    fc.assert(
      fc.property(fc.record({ core: fc.record({ problem: fc.string({ maxLength: 50 }) }) }), (input) => {
        expect(parseAnswers(input).core.problem).toBe(input.core.problem);
      }),
    );
  });
});
