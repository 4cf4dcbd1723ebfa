import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { inlineToPlainText, parseInline, type InlineToken } from "./inline";

/** Writes tokens back as markup; parsing must be lossless. */
function serialize(tokens: InlineToken[]): string {
  return tokens
    .map((t) => {
      if (t.type === "text") return t.value;
      if (t.type === "code") return `\`${t.value}\``;
      return `**${serialize(t.children)}**`;
    })
    .join("");
}

describe("parseInline", () => {
  it("reads code and bold", () => {
    expect(parseInline("Open `developer.twitter.com` and click **Sign up**.")).toEqual([
      { type: "text", value: "Open " },
      { type: "code", value: "developer.twitter.com" },
      { type: "text", value: " and click " },
      { type: "bold", children: [{ type: "text", value: "Sign up" }] },
      { type: "text", value: "." },
    ]);
  });

  it("allows code inside bold, and keeps ** inside code literal", () => {
    expect(parseInline("**Set `callback` now**")).toEqual([
      {
        type: "bold",
        children: [
          { type: "text", value: "Set " },
          { type: "code", value: "callback" },
          { type: "text", value: " now" },
        ],
      },
    ]);
    expect(parseInline("`a**b` and **c**")).toEqual([
      { type: "code", value: "a**b" },
      { type: "text", value: " and " },
      { type: "bold", children: [{ type: "text", value: "c" }] },
    ]);
  });

  it("leaves unclosed or empty markers as text", () => {
    expect(parseInline("2 ** 3 is eight")).toEqual([{ type: "text", value: "2 ** 3 is eight" }]);
    expect(parseInline("a ` lone backtick")).toEqual([{ type: "text", value: "a ` lone backtick" }]);
    expect(parseInline("empty `` code")).toEqual([{ type: "text", value: "empty `` code" }]);
    expect(parseInline("****")).toEqual([{ type: "text", value: "****" }]);
  });

  it("never produces markup from HTML in the text", () => {
    expect(parseInline("<script>alert(1)</script> **<b>x</b>**")).toEqual([
      { type: "text", value: "<script>alert(1)</script> " },
      { type: "bold", children: [{ type: "text", value: "<b>x</b>" }] },
    ]);
  });

  it("is lossless and canonical for any text (property)", () => {
    const alphabet = fc.constantFrom("a", " ", "*", "`", "<", "é", "1");
    fc.assert(
      fc.property(fc.array(alphabet, { maxLength: 40 }).map((cs) => cs.join("")), fc.string({ maxLength: 40 }), (small, any) => {
        for (const text of [small, any]) {
          const tokens = parseInline(text);
          expect(serialize(tokens)).toBe(text);
          // No two text tokens in a row, no empty tokens, no backticks inside code.
          tokens.forEach((t, i) => {
            if (t.type === "text") expect(t.value.length).toBeGreaterThan(0);
            if (t.type === "text") expect(tokens[i + 1]?.type).not.toBe("text");
            if (t.type === "code") expect(t.value).not.toContain("`");
            if (t.type === "bold") expect(t.children.length).toBeGreaterThan(0);
          });
        }
      }),
      { numRuns: 500 },
    );
  });
});

describe("inlineToPlainText", () => {
  it("drops the markers and keeps the words", () => {
    expect(inlineToPlainText("Copy the **Bearer Token** from `Keys and tokens`.")).toBe("Copy the Bearer Token from Keys and tokens.");
  });
});
