import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { avatarColor, avatarSvg, escapeXml, initialsOf } from "./avatar";

describe("initialsOf", () => {
  it("takes the first letters of the first and last words", () => {
    expect(initialsOf("Ada Lovelace")).toBe("AL");
    expect(initialsOf("grace brewster murray hopper")).toBe("GH");
    expect(initialsOf("  Cher ")).toBe("C");
    expect(initialsOf("", "x")).toBe("x");
    expect(initialsOf("😀 Smile")).toBe("😀S");
  });
});

describe("avatarSvg", () => {
  it("never lets a name break out of the SVG markup (property)", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme" }), fc.stringMatching(/^[A-Za-z0-9_]{1,15}$/), (name, username) => {
        const svg = avatarSvg({ id: "123", name, username });
        // Only our own tags appear (svg, title, rect, text and their ends); nothing from the name is parsed as markup.
        expect(svg.match(/<[a-z/]/gi)?.length).toBe(7);
        expect(svg).not.toMatch(/<script|on\w+=/i);
        expect(svg.startsWith("<svg ")).toBe(true);
      }),
    );
  });

  it("escapes every XML-significant character", () => {
    expect(escapeXml(`<a href="x">'&'</a>`)).toBe("&lt;a href=&quot;x&quot;&gt;&apos;&amp;&apos;&lt;/a&gt;");
  });

  it("picks a stable colour per id", () => {
    expect(avatarColor("1234")).toBe(avatarColor("1234"));
    const colours = new Set(Array.from({ length: 50 }, (_, i) => avatarColor(String(1e18 + i * 7919))));
    expect(colours.size).toBeGreaterThan(3);
  });
});
