import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { safeCallbackPath } from "./safe-redirect";

const origin = "https://perch.example";

/** Where a browser would actually go if sent to this value from a page on `origin`. */
function landsOn(value: string): string {
  return new URL(value, `${origin}/signin`).origin;
}

describe("safeCallbackPath", () => {
  it("keeps same-origin paths with their query and hash", () => {
    expect(safeCallbackPath("/vault?team=a#keys", origin)).toBe("/vault?team=a#keys");
    expect(safeCallbackPath(`${origin}/drafts`, origin)).toBe("/drafts");
  });

  it.each([
    "https://evil.example/",
    "//evil.example",
    "///evil.example",
    "/\\evil.example",
    "\\\\evil.example",
    "http:evil.example",
    "https:/\\evil.example",
    "/%2F%2Fevil.example",
    "%2F%2Fevil.example",
    "javascript:alert(1)",
    "data:text/html,hi",
    " //evil.example",
    "/\t/evil.example",
    "https://perch.example.evil.example/",
    "https://perch.example@evil.example/",
  ])("never leaves the origin for %j", (attack) => {
    const result = safeCallbackPath(attack, origin);
    expect(landsOn(result)).toBe(origin);
    expect(result.startsWith("/")).toBe(true);
    expect(result.startsWith("//")).toBe(false);
  });

  it("never leaves the origin for any string (property)", () => {
    const piece = fc.constantFrom("/", "\\", "//", "%2F", "%5C", "evil.example", "@", ":", "http", "https:", "?", "#", ".", "%09", "\t", "\n", "perch.example");
    const attack = fc.oneof(fc.string(), fc.webUrl(), fc.array(piece, { maxLength: 8 }).map((p) => p.join("")));
    fc.assert(
      fc.property(attack, (value) => {
        const result = safeCallbackPath(value, origin);
        expect(landsOn(result)).toBe(origin);
        expect(result.startsWith("//")).toBe(false);
        // Decoding once more must not turn it into an off-origin URL either.
        let decoded = result;
        try {
          decoded = decodeURIComponent(result);
        } catch {
          /* not decodable: fine */
        }
        expect(decoded.startsWith("//") || decoded.startsWith("/\\")).toBe(false);
      }),
      { numRuns: 2000 },
    );
  });
});
