import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { deriveSealKey, open, seal, SealError } from "./seal";

const key = deriveSealKey("a-test-secret-that-is-long-enough-0001");
const otherKey = deriveSealKey("a-test-secret-that-is-long-enough-0002");

describe("seal / open", () => {
  it("round-trips any text for its context, with a fresh nonce each time", () => {
    fc.assert(
      fc.property(fc.string(), fc.string({ minLength: 1 }), (text, context) => {
        const a = seal(key, text, context);
        expect(open(key, a, context)).toBe(text);
        expect(seal(key, text, context)).not.toBe(a);
      }),
    );
  });

  it("never contains the plaintext", () => {
    const sealed = seal(key, "super-secret-token-value", "ctx");
    expect(sealed).not.toContain("super-secret");
  });

  it("fails closed for another context, another key, a flipped bit or truncation", () => {
    const sealed = seal(key, "token", "account:1|field:access");
    expect(() => open(key, sealed, "account:2|field:access")).toThrow(SealError);
    expect(() => open(otherKey, sealed, "account:1|field:access")).toThrow(SealError);
    fc.assert(
      fc.property(fc.nat(), (n) => {
        const raw = Buffer.from(sealed.split(".")[2]!, "base64url");
        const i = n % raw.length;
        raw[i] = raw[i]! ^ 1;
        const tampered = `s1.${sealed.split(".")[1]}.${raw.toString("base64url")}`;
        expect(() => open(key, tampered, "account:1|field:access")).toThrow(SealError);
      }),
    );
    expect(() => open(key, sealed.slice(0, -4), "account:1|field:access")).toThrow(SealError);
    expect(() => open(key, "garbage", "x")).toThrow(SealError);
  });
});
