import { createHash, randomBytes, randomInt } from "node:crypto";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { aeadEncrypt, CryptoError, NONCE_BYTES } from "@/lib/crypto/aead";
import { Keyring } from "@/lib/crypto/keyring";
import { dataKeyAad, decryptField, encryptField, FIELD_FORMAT_V1, FIELD_FORMAT_V2, FIELD_OVERHEAD_BYTES, fieldAad, fieldAadV2, newDataKey, unwrapDataKey, wrapDataKey } from "./crypto";

const seeded = (seed: string) => createHash("sha256").update(seed).digest();
const k1 = { id: "k1", key: seeded("master one") };
const k2 = { id: "k2", key: seeded("master two") };
const here = { teamId: "team_a", appId: "app_a", field: "apiKeySecret", fieldVersion: 1 };

/** Ids as Perch makes them (cuid-like) and field names, never containing the separator. */
const idArb = fc.stringMatching(/^[a-z0-9_:-]{1,30}$/);
const fieldArb = fc.oneof(fc.constantFrom("apiKey", "apiKeySecret", "accessToken", "accessTokenSecret", "bearerToken", "clientId", "clientSecret"), fc.stringMatching(/^extra:[a-z0-9]+(-[a-z0-9]+)*$/));
const refArb = fc.record({ teamId: idArb, appId: idArb, field: fieldArb, fieldVersion: fc.integer({ min: 1, max: 1_000_000 }) });

/** A random string of code points (any plane, no lone surrogates) whose UTF-8 is exactly `bytes` long or just over. */
function randomUnicode(bytes: number): string {
  let text = "";
  let size = 0;
  while (size < bytes) {
    let cp = randomInt(0x20, 0x110000);
    if (cp >= 0xd800 && cp <= 0xdfff) cp = 0x41;
    const ch = String.fromCodePoint(cp);
    text += ch;
    size += Buffer.byteLength(ch);
  }
  return text;
}

function expectCryptoError(fn: () => unknown) {
  expect(fn).toThrow(CryptoError);
}

describe("field encryption: the field's version is bound in (issue 15, info)", () => {
  it("a field's previous ciphertext does not open at the field's next version", () => {
    const key = newDataKey();
    const old = encryptField(key, { ...here, fieldVersion: 3 }, "the old secret");
    encryptField(key, { ...here, fieldVersion: 4 }, "the new secret");
    // Someone with write access puts version 3's ciphertext back under version 4.
    expectCryptoError(() => decryptField(key, { ...here, fieldVersion: 4 }, old));
    expect(decryptField(key, { ...here, fieldVersion: 3 }, old)).toBe("the old secret");
  });

  it("binds the version in the associated data, after the place", () => {
    expect(fieldAadV2({ teamId: "t1", appId: "a1", field: "apiKey", fieldVersion: 7 })).toBe("perch:v2|team:t1|credential:a1|field:apiKey|version:7");
    for (const fieldVersion of [0, -1, 1.5, Number.NaN]) expectCryptoError(() => fieldAadV2({ ...here, fieldVersion }));
  });

  it("still opens a value written in format 1 (before the version was bound), at any version", () => {
    const key = newDataKey();
    const legacy = Buffer.concat([Buffer.from([FIELD_FORMAT_V1]), aeadEncrypt(key, "written long ago", fieldAad(here))]);
    for (const fieldVersion of [1, 2, 9]) expect(decryptField(key, { ...here, fieldVersion }, legacy)).toBe("written long ago");
    expectCryptoError(() => decryptField(key, { ...here, field: "apiKey" }, legacy));
  });
});

describe("field encryption", () => {
  it("round-trips any Unicode text, including the empty string, bound to its place", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", size: "large" }), fc.string({ unit: "grapheme" }), refArb, (binary, grapheme, ref) => {
        const key = newDataKey();
        for (const text of [binary, grapheme]) {
          const stored = encryptField(key, ref, text);
          expect(decryptField(key, ref, stored)).toBe(text);
          expect(stored.length).toBe(FIELD_OVERHEAD_BYTES + Buffer.byteLength(text));
        }
      }),
      { numRuns: 300 },
    );
    const key = newDataKey();
    expect(decryptField(key, here, encryptField(key, here, ""))).toBe("");
  });

  it("round-trips 64 KiB values (ASCII and any-plane Unicode)", () => {
    const key = newDataKey();
    for (const text of ["x".repeat(64 * 1024), randomUnicode(64 * 1024)]) {
      expect(Buffer.byteLength(text)).toBeGreaterThanOrEqual(64 * 1024);
      const stored = encryptField(key, here, text);
      expect(decryptField(key, here, stored)).toBe(text);
      expect(stored.includes(Buffer.from(text.slice(0, 64)))).toBe(false);
    }
  });

  it("writes the format version byte first, then a fresh nonce each time, and never the plaintext", () => {
    const key = newDataKey();
    const value = "AAAAAAAAAAAAAAAAAAAAAMLheAAAAAAA0%2BuSeid%2BULvsea4JtiGRiSDSJSI%3DEUifiRBkKG5E2XzMDjRfl76ZC9Ub0wnz4XsNiRVBChTYbJcE3F";
    const a = encryptField(key, here, value);
    const b = encryptField(key, here, value);
    expect(a[0]).toBe(FIELD_FORMAT_V2);
    expect(a.subarray(1, 1 + NONCE_BYTES).equals(b.subarray(1, 1 + NONCE_BYTES))).toBe(false);
    expect(a.equals(b)).toBe(false);
    expect(a.includes(Buffer.from(value.slice(0, 8)))).toBe(false);
  });

  it("fails closed on every single-bit flip of a stored value (exhaustively on a short value)", () => {
    const key = newDataKey();
    const stored = encryptField(key, here, "s3cr3t-v4lue");
    let flips = 0;
    for (let i = 0; i < stored.length; i++) {
      for (let bit = 0; bit < 8; bit++) {
        const damaged = Buffer.from(stored);
        damaged[i] = damaged[i]! ^ (1 << bit);
        expectCryptoError(() => decryptField(key, here, damaged));
        flips++;
      }
    }
    expect(flips).toBe(stored.length * 8);
    expect(decryptField(key, here, stored)).toBe("s3cr3t-v4lue");
  });

  it("fails closed on a bit flip anywhere in any value (sampled)", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 300 }), fc.nat(), fc.integer({ min: 0, max: 7 }), (text, at, bit) => {
        const key = newDataKey();
        const stored = encryptField(key, here, text);
        const damaged = Buffer.from(stored);
        const i = at % damaged.length;
        damaged[i] = damaged[i]! ^ (1 << bit);
        expectCryptoError(() => decryptField(key, here, damaged));
      }),
      { numRuns: 500 },
    );
  });

  it("fails closed on every truncation, and on anything appended", () => {
    const key = newDataKey();
    for (const text of ["", "a", "AAAAAAAAAAAAAAAAAAAAAMLheAAAAAAA0uSeidULvsea4Jti"]) {
      const stored = encryptField(key, here, text);
      for (let length = 0; length < stored.length; length++) expectCryptoError(() => decryptField(key, here, stored.subarray(0, length)));
      for (let from = 1; from < stored.length; from++) expectCryptoError(() => decryptField(key, here, stored.subarray(from)));
      expectCryptoError(() => decryptField(key, here, Buffer.concat([stored, Buffer.from([0])])));
    }
  });

  it("fails closed under any other data key", () => {
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 32, maxLength: 32 }), fc.string(), (other, text) => {
        const key = newDataKey();
        const stored = encryptField(key, here, text);
        fc.pre(!Buffer.from(other).equals(key));
        expectCryptoError(() => decryptField(Buffer.from(other), here, stored));
      }),
    );
    expectCryptoError(() => decryptField(newDataKey().subarray(0, 16), here, encryptField(newDataKey(), here, "x")));
  });

  it("fails closed when moved to another team, credential or field", () => {
    fc.assert(
      fc.property(refArb, refArb, fc.string(), (from, to, text) => {
        fc.pre(from.teamId !== to.teamId || from.appId !== to.appId || from.field !== to.field);
        const key = newDataKey();
        const stored = encryptField(key, from, text);
        expectCryptoError(() => decryptField(key, to, stored));
        // Each part on its own is enough.
        expectCryptoError(() => decryptField(key, { ...from, teamId: `${from.teamId}x` }, stored));
        expectCryptoError(() => decryptField(key, { ...from, appId: `${from.appId}x` }, stored));
        expectCryptoError(() => decryptField(key, { ...from, field: `${from.field}x` }, stored));
        expect(decryptField(key, from, stored)).toBe(text);
      }),
    );
  });

  it("refuses every unknown format version byte, even on an otherwise intact value", () => {
    const key = newDataKey();
    const stored = encryptField(key, here, "value");
    for (let v = 0; v < 256; v++) {
      if (v === FIELD_FORMAT_V1 || v === FIELD_FORMAT_V2) continue;
      const other = Buffer.from(stored);
      other[0] = v;
      expect(() => decryptField(key, here, other)).toThrow(/unknown vault field format version/);
    }
  });

  it("refuses a lone surrogate instead of silently changing it", () => {
    expectCryptoError(() => encryptField(newDataKey(), here, "abc\ud800"));
  });

  it("never repeats a nonce in 100,000 encryptions", () => {
    const key = newDataKey();
    const nonces = new Set<string>();
    for (let i = 0; i < 100_000; i++) nonces.add(encryptField(key, here, "v").subarray(1, 1 + NONCE_BYTES).toString("hex"));
    expect(nonces.size).toBe(100_000);
  });
});

describe("associated data", () => {
  it("spells where a value belongs", () => {
    expect(fieldAad({ teamId: "t1", appId: "a1", field: "extra:ads-id" })).toBe("perch:v1|team:t1|credential:a1|field:extra:ads-id");
    expect(dataKeyAad({ teamId: "t1", version: 3 })).toBe("perch:v1|team:t1|datakey:v3");
  });

  it("refuses parts that could make two places spell the same string", () => {
    expectCryptoError(() => fieldAad({ teamId: "t|credential:x", appId: "a", field: "apiKey" }));
    expectCryptoError(() => fieldAad({ teamId: "t", appId: "", field: "apiKey" }));
    expectCryptoError(() => dataKeyAad({ teamId: "t", version: 0 }));
    expectCryptoError(() => dataKeyAad({ teamId: "t", version: 1.5 }));
  });
});

describe("data key wrapping", () => {
  it("wraps under the active master key and unwraps with it, also after a rotation", () => {
    const dataKey = newDataKey();
    const ring = new Keyring([k1]);
    const { wrapped, masterKeyId } = wrapDataKey(ring, { teamId: "t1", version: 1 }, dataKey);
    expect(masterKeyId).toBe("k1");
    expect(wrapped.length).toBe(12 + 32 + 16);
    expect(wrapped.includes(dataKey)).toBe(false);
    expect(unwrapDataKey(ring, { teamId: "t1", version: 1, masterKeyId }, wrapped).equals(dataKey)).toBe(true);
    // Newer key first: old wrappings still open, new ones use the new key.
    const rotated = new Keyring([k2, k1]);
    expect(unwrapDataKey(rotated, { teamId: "t1", version: 1, masterKeyId: "k1" }, wrapped).equals(dataKey)).toBe(true);
    const again = wrapDataKey(rotated, { teamId: "t1", version: 1 }, dataKey);
    expect(again.masterKeyId).toBe("k2");
    expect(unwrapDataKey(new Keyring([k2]), { teamId: "t1", version: 1, masterKeyId: "k2" }, again.wrapped).equals(dataKey)).toBe(true);
  });

  it("fails closed for a wrong master key, another team or version, a key id not in the keyring, or damage", () => {
    const ring = new Keyring([k1]);
    const at = { teamId: "t1", version: 1, masterKeyId: "k1" };
    const { wrapped } = wrapDataKey(ring, at, newDataKey());
    expectCryptoError(() => unwrapDataKey(new Keyring([{ id: "k1", key: seeded("impostor") }]), at, wrapped));
    expectCryptoError(() => unwrapDataKey(ring, { ...at, teamId: "t2" }, wrapped));
    expectCryptoError(() => unwrapDataKey(ring, { ...at, version: 2 }, wrapped));
    expect(() => unwrapDataKey(ring, { ...at, masterKeyId: "k9" }, wrapped)).toThrow(/"k9" is not in PERCH_MASTER_KEYS/);
    expectCryptoError(() => unwrapDataKey(new Keyring([k2, { id: "k1x", key: k1.key }]), at, wrapped));
    // A key wrapped by k2 and labelled k1 does not open either.
    const byK2 = wrapDataKey(new Keyring([k2, k1]), at, newDataKey());
    expectCryptoError(() => unwrapDataKey(new Keyring([k2, k1]), at, byK2.wrapped));
    for (let i = 0; i < wrapped.length; i++) {
      const damaged = Buffer.from(wrapped);
      damaged[i] = damaged[i]! ^ 0x80;
      expectCryptoError(() => unwrapDataKey(ring, at, damaged));
    }
    expectCryptoError(() => unwrapDataKey(ring, at, wrapped.subarray(0, wrapped.length - 1)));
  });

  it("wraps only 32-byte keys, and never unwraps anything else into a data key", () => {
    const ring = new Keyring([k1]);
    expectCryptoError(() => wrapDataKey(ring, { teamId: "t1", version: 1 }, randomBytes(16)));
    // A well-formed blob under the right key and place that holds 16 bytes is not a data key.
    const short = aeadEncrypt(ring.subkey("k1", "vault-wrap"), randomBytes(16), dataKeyAad({ teamId: "t1", version: 1 }));
    expectCryptoError(() => unwrapDataKey(ring, { teamId: "t1", version: 1, masterKeyId: "k1" }, short));
  });
});
