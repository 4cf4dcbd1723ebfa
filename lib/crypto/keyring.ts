/**
 * The master keyring from PERCH_MASTER_KEYS: `id:base64(32 bytes)` pairs, newest first.
 * The first key is active (it seals and wraps); older keys only open what they sealed, so
 * a key can be rotated without losing data. Each use of a master key goes through its own
 * derived subkey (HKDF-SHA-256 with a purpose label), so no two purposes share a key.
 */
import { hkdfSync } from "node:crypto";
import { CryptoError, KEY_BYTES } from "./aead";

export type MasterKey = { id: string; key: Buffer };

/** Parses PERCH_MASTER_KEYS (already validated by lib/env.ts). */
export function parseMasterKeys(text: string): MasterKey[] {
  return text.split(",").map((pair) => {
    const [id = "", base64 = ""] = pair.split(":");
    const key = Buffer.from(base64, "base64");
    if (!id || key.length !== KEY_BYTES) throw new CryptoError("PERCH_MASTER_KEYS holds a malformed key");
    return { id, key };
  });
}

/** Purposes a master key is used for; each gets its own subkey. */
export type KeyPurpose = "app-seal" | "vault-wrap" | "sandbox-client-secret";

export class Keyring {
  readonly keys: readonly MasterKey[];
  private readonly subkeys = new Map<string, Buffer>();

  constructor(keys: readonly MasterKey[]) {
    if (keys.length === 0) throw new CryptoError("the keyring is empty");
    if (new Set(keys.map((k) => k.id)).size !== keys.length) throw new CryptoError("master key ids must be unique");
    this.keys = keys;
  }

  /** The key that seals and wraps. */
  get active(): MasterKey {
    return this.keys[0]!;
  }

  /** The master key with this id; CryptoError when the keyring does not have it. */
  byId(id: string): MasterKey {
    const key = this.keys.find((k) => k.id === id);
    if (!key) throw new CryptoError(`master key "${id}" is not in PERCH_MASTER_KEYS`);
    return key;
  }

  /** The subkey of master key `id` for `purpose`. */
  subkey(id: string, purpose: KeyPurpose): Buffer {
    const cacheKey = `${id}|${purpose}`;
    let key = this.subkeys.get(cacheKey);
    if (!key) {
      key = Buffer.from(hkdfSync("sha256", this.byId(id).key, "perch", `perch:${purpose}:v1`, KEY_BYTES));
      this.subkeys.set(cacheKey, key);
    }
    return key;
  }
}
