import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { hasInvisibleOrBidi, neutraliseDisplayName, usernameSkeleton } from "./display-name";

describe("display names and usernames (issue 15, info)", () => {
  it.each(["\u202Emoc.elgoog", "Ada\u200B", "Ada\u2066x\u2069", "Ada\u200F", "Ada\u061C", "A\u0000da", "A\u2028da", "A\uFEFFda"])("finds a bidi control or invisible character in %j", (name) => {
    expect(hasInvisibleOrBidi(name)).toBe(true);
    expect(hasInvisibleOrBidi(neutraliseDisplayName(name))).toBe(false);
  });

  it("leaves ordinary names, accents, scripts and emoji alone", () => {
    for (const name of ["Ada Lovelace", "Émile Zola", "محمد", "李小龙", "👩\u200D💻 Grace"]) {
      expect(hasInvisibleOrBidi(name)).toBe(false);
      expect(neutraliseDisplayName(name)).toBe(name.normalize("NFKC"));
    }
  });

  it("neutralises a name from elsewhere: NFKC, no hidden characters, single spaces", () => {
    expect(neutraliseDisplayName("  \u202EAda\u200B  \n Ｌｏｖｅｌａｃｅ ")).toBe("Ada Lovelace");
  });

  it("gives look-alike usernames one skeleton", () => {
    for (const [a, b] of <[string, string][]>[["alice", "ALICE"], ["alice", "a1ice"], ["alice", "aIice"], ["bob", "b0b"], ["modern", "rnodern"], ["wave", "vvave"], ["sam", "5am"]]) expect(usernameSkeleton(a)).toBe(usernameSkeleton(b));
    expect(usernameSkeleton("alice")).not.toBe(usernameSkeleton("alicia"));
  });

  it("neutralised names never hold invisible characters (property)", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary" }), (s) => {
        expect(hasInvisibleOrBidi(neutraliseDisplayName(s))).toBe(false);
      }),
    );
  });
});
