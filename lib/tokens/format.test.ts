import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createTokenSchema } from "./schemas";
import { LOOKUP_LENGTH, newTokenText, randomAlphanumeric, SECRET_LENGTH, TOKEN_PREFIX, tokenDisplay, tokenLookup } from "./format";

describe("service token format", () => {
  it("is perch_st_ and at least 32 random letters and digits; its lookup id is the start", () => {
    const seen = new Set<string>();
    for (let i = 0; i < 200; i++) {
      const { token, lookup } = newTokenText();
      expect(token).toMatch(/^perch_st_[A-Za-z0-9]+$/);
      expect(token.length - TOKEN_PREFIX.length).toBeGreaterThanOrEqual(32);
      expect(tokenLookup(token)).toBe(lookup);
      expect(tokenDisplay(lookup)).toBe(`${TOKEN_PREFIX}${lookup}…`);
      seen.add(token);
    }
    expect(seen.size).toBe(200);
  });

  it("draws every letter and digit, roughly evenly (no modulo bias to the first ones)", () => {
    const counts = new Map<string, number>();
    for (const c of randomAlphanumeric(62_000)) counts.set(c, (counts.get(c) ?? 0) + 1);
    expect(counts.size).toBe(62);
    // 1,000 expected each (σ ≈ 31); taking bytes modulo 62 would put the first 8 near 1,210.
    for (const n of counts.values()) expect(n).toBeGreaterThan(800);
    for (const n of counts.values()) expect(n).toBeLessThan(1150);
  });

  it("accepts nothing but a well-formed token (property)", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 120 }), (text) => {
        const lookup = tokenLookup(text);
        if (lookup !== null) expect(text).toMatch(new RegExp(`^perch_st_[A-Za-z0-9]{${LOOKUP_LENGTH + SECRET_LENGTH}}$`));
      }),
    );
    fc.assert(
      fc.property(fc.stringMatching(/^[A-Za-z0-9]{52}$/), fc.string({ minLength: 1, maxLength: 3 }), (body, extra) => {
        expect(tokenLookup(`${TOKEN_PREFIX}${body}`)).toBe(body.slice(0, LOOKUP_LENGTH));
        expect(tokenLookup(`${TOKEN_PREFIX}${body}${extra}`)).toBeNull();
        expect(tokenLookup(`perch_xx_${body}`)).toBeNull();
      }),
    );
  });
});

describe("the token form", () => {
  const base = { teamId: "team1", name: "bot", scope: "all", environments: ["production"] };

  it("defaults to 90 days and allows at most a year", () => {
    expect(createTokenSchema.parse(base).days).toBe(90);
    expect(createTokenSchema.parse({ ...base, days: "365" }).days).toBe(365);
    for (const days of ["366", "0", "1.5", "soon"]) expect(createTokenSchema.safeParse({ ...base, days }).success, days).toBe(false);
  });

  it("needs an environment, and an app when not every app", () => {
    expect(createTokenSchema.safeParse({ ...base, environments: [] }).error?.issues[0]?.path).toEqual(["environments"]);
    expect(createTokenSchema.safeParse({ ...base, scope: "some" }).error?.issues[0]?.path).toEqual(["appIds"]);
    expect(createTokenSchema.parse({ ...base, scope: "some", appIds: "app1", environments: "staging" })).toMatchObject({ appIds: ["app1"], environments: ["staging"] });
    // "Every app" ignores ticked apps: the token reads every app, now and later.
    expect(createTokenSchema.parse({ ...base, appIds: ["app1"] }).appIds).toEqual([]);
  });

  it("bounds the name and the number of apps", () => {
    expect(createTokenSchema.safeParse({ ...base, name: " " }).success).toBe(false);
    expect(createTokenSchema.safeParse({ ...base, name: "x".repeat(61) }).success).toBe(false);
    expect(createTokenSchema.safeParse({ ...base, scope: "some", appIds: Array.from({ length: 101 }, (_, i) => `app${i}`) }).success).toBe(false);
  });
});
