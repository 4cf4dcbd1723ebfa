import { createHash } from "node:crypto";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { CryptoError } from "./aead";
import { openWith, resealWith, sealedKeyId, sealWith } from "./app-seal";
import { Keyring } from "./keyring";

const key = (seed: string) => createHash("sha256").update(seed).digest();
const k1 = { id: "k1", key: key("one") };
const k2 = { id: "k2", key: key("two") };

describe("app sealing under the master keyring", () => {
  it("round-trips any text for its context, with a fresh nonce each time, never containing it", () => {
    const ring = new Keyring([k1]);
    fc.assert(
      fc.property(fc.string({ unit: "grapheme" }), fc.string({ minLength: 1 }), (text, context) => {
        const a = sealWith(ring, text, context);
        expect(openWith(ring, a, context)).toBe(text);
        expect(sealWith(ring, text, context)).not.toBe(a);
        if (text.length >= 4) expect(a).not.toContain(text);
      }),
    );
  });

  it("names the key that sealed, so values sealed before a rotation still open", () => {
    const before = sealWith(new Keyring([k1]), "token", "ctx");
    expect(before.split(".")[1]).toBe("k1");
    const rotated = new Keyring([k2, k1]);
    expect(openWith(rotated, before, "ctx")).toBe("token");
    expect(sealWith(rotated, "token", "ctx").split(".")[1]).toBe("k2");
    // Once the old key is dropped from the keyring, its values no longer open.
    expect(() => openWith(new Keyring([k2]), before, "ctx")).toThrow(CryptoError);
  });

  it("fails closed for another context, a key with the same id but other bytes, a flipped bit or truncation", () => {
    const ring = new Keyring([k1]);
    const sealed = sealWith(ring, "token", "account:1|field:access");
    expect(() => openWith(ring, sealed, "account:2|field:access")).toThrow(CryptoError);
    expect(() => openWith(new Keyring([{ id: "k1", key: key("impostor") }]), sealed, "account:1|field:access")).toThrow(CryptoError);
    const [v, id, body] = sealed.split(".") as [string, string, string];
    fc.assert(
      fc.property(fc.nat(), (n) => {
        const raw = Buffer.from(body, "base64url");
        const i = n % raw.length;
        raw[i] = raw[i]! ^ (1 << n % 8);
        expect(() => openWith(ring, `${v}.${id}.${raw.toString("base64url")}`, "account:1|field:access")).toThrow(CryptoError);
      }),
    );
    expect(() => openWith(ring, sealed.slice(0, -4), "account:1|field:access")).toThrow(CryptoError);
    expect(() => openWith(ring, "garbage", "x")).toThrow(CryptoError);
  });

  it("tells which key sealed a value, and re-seals it under the active key for the same context only", () => {
    const old = sealWith(new Keyring([k1]), "token", "ctx");
    expect(sealedKeyId(old)).toBe("k1");
    for (const bad of ["", "garbage", "a1.k1", "a2.k1.body", "a1..body", "a1.k1.body.extra"]) expect(sealedKeyId(bad)).toBeNull();
    const rotated = new Keyring([k2, k1]);
    const resealed = resealWith(rotated, old, "ctx");
    expect(sealedKeyId(resealed)).toBe("k2");
    expect(openWith(new Keyring([k2]), resealed, "ctx")).toBe("token");
    expect(() => resealWith(rotated, old, "other ctx")).toThrow(CryptoError);
  });
});
