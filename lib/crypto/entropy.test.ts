import { randomBytes } from "node:crypto";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { estimateEntropyBits, textEntropyBits } from "./entropy";

describe("estimateEntropyBits", () => {
  it("scores a repeated pattern about as one copy of it", () => {
    const once = textEntropyBits("k7#Qz9!m");
    expect(textEntropyBits("k7#Qz9!m".repeat(4))).toBeLessThanOrEqual(once + 10);
    expect(textEntropyBits("a".repeat(64))).toBe(0);
  });

  it("scores sequences low", () => {
    expect(textEntropyBits("0123456789abcdefghijklmnopqrstuvwxyz")).toBeLessThan(40);
    expect(estimateEntropyBits(Array.from({ length: 32 }, (_, i) => 255 - i * 3))).toBeLessThan(20);
  });

  it("scores random 32-byte keys over 128 bits and base64 secrets over 96 (property)", () => {
    fc.assert(
      fc.property(fc.integer(), () => {
        const key = randomBytes(32);
        expect(estimateEntropyBits(key)).toBeGreaterThanOrEqual(128);
        expect(textEntropyBits(key.toString("base64"))).toBeGreaterThanOrEqual(96);
      }),
      { numRuns: 2000 },
    );
  });
});
