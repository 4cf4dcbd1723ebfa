/**
 * AES-256-GCM with associated data, the one cipher Perch uses. A sealed blob is
 * `nonce (12 bytes) ‖ ciphertext ‖ tag (16 bytes)`; every encryption draws a fresh random
 * 96-bit nonce. The associated data says where the blob belongs (which team, credential,
 * field…): the same blob presented anywhere else fails to open, as does any change to it.
 */
import { createCipheriv, createDecipheriv, randomBytes } from "node:crypto";

export const KEY_BYTES = 32;
export const NONCE_BYTES = 12;
export const TAG_BYTES = 16;

/** A blob that would not open: wrong key, wrong place (associated data), damaged or truncated. */
export class CryptoError extends Error {
  constructor(message = "encrypted value could not be opened (wrong key, wrong place, or damaged)") {
    super(message);
    this.name = "CryptoError";
  }
}

/** Encrypts `plaintext` under `key` for `aad`. */
export function aeadEncrypt(key: Buffer, plaintext: Buffer | string, aad: string): Buffer {
  if (key.length !== KEY_BYTES) throw new CryptoError("a key must be 32 bytes");
  const nonce = randomBytes(NONCE_BYTES);
  const cipher = createCipheriv("aes-256-gcm", key, nonce);
  cipher.setAAD(Buffer.from(aad, "utf8"));
  const body = Buffer.concat([cipher.update(typeof plaintext === "string" ? Buffer.from(plaintext, "utf8") : plaintext), cipher.final()]);
  return Buffer.concat([nonce, body, cipher.getAuthTag()]);
}

/** Opens a blob from aeadEncrypt; fails closed with CryptoError on any mismatch. */
export function aeadDecrypt(key: Buffer, blob: Buffer, aad: string): Buffer {
  if (key.length !== KEY_BYTES || blob.length < NONCE_BYTES + TAG_BYTES) throw new CryptoError();
  try {
    const decipher = createDecipheriv("aes-256-gcm", key, blob.subarray(0, NONCE_BYTES));
    decipher.setAAD(Buffer.from(aad, "utf8"));
    decipher.setAuthTag(blob.subarray(blob.length - TAG_BYTES));
    return Buffer.concat([decipher.update(blob.subarray(NONCE_BYTES, blob.length - TAG_BYTES)), decipher.final()]);
  } catch {
    throw new CryptoError();
  }
}
