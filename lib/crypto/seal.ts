/**
 * AES-256-GCM sealing of small secrets (OAuth tokens, sandbox secrets) under a key
 * derived from the app secret. The `context` is authenticated associated data: a value
 * sealed for one place does not open in another.
 *
 * Format: `s1.<base64url nonce>.<base64url ciphertext+tag>`.
 */
import { createCipheriv, createDecipheriv, createHash, createHmac, hkdfSync, randomBytes, timingSafeEqual } from "node:crypto";

const VERSION = "s1";
const NONCE_BYTES = 12;
const TAG_BYTES = 16;

/** Raised when a sealed value is malformed, tampered with, or sealed for another context or key. */
export class SealError extends Error {
  constructor() {
    super("sealed value could not be opened (wrong key, wrong context, or damaged)");
    this.name = "SealError";
  }
}

/** Derives the 256-bit sealing key from the app secret. */
export function deriveSealKey(secret: string): Buffer {
  return Buffer.from(hkdfSync("sha256", secret, "perch", "perch:seal:v1", 32));
}

/** Encrypts `plaintext` for `context` with a fresh random nonce. */
export function seal(key: Buffer, plaintext: string, context: string): string {
  const nonce = randomBytes(NONCE_BYTES);
  const cipher = createCipheriv("aes-256-gcm", key, nonce);
  cipher.setAAD(Buffer.from(context, "utf8"));
  const body = Buffer.concat([cipher.update(plaintext, "utf8"), cipher.final(), cipher.getAuthTag()]);
  return `${VERSION}.${nonce.toString("base64url")}.${body.toString("base64url")}`;
}

/** Decrypts a value from `seal`; fails closed with SealError on any mismatch. */
export function open(key: Buffer, sealed: string, context: string): string {
  const [version, nonceText, bodyText, ...rest] = sealed.split(".");
  if (version !== VERSION || !nonceText || !bodyText || rest.length) throw new SealError();
  const nonce = Buffer.from(nonceText, "base64url");
  const body = Buffer.from(bodyText, "base64url");
  if (nonce.length !== NONCE_BYTES || body.length < TAG_BYTES) throw new SealError();
  try {
    const decipher = createDecipheriv("aes-256-gcm", key, nonce);
    decipher.setAAD(Buffer.from(context, "utf8"));
    decipher.setAuthTag(body.subarray(body.length - TAG_BYTES));
    return Buffer.concat([decipher.update(body.subarray(0, body.length - TAG_BYTES)), decipher.final()]).toString("utf8");
  } catch {
    throw new SealError();
  }
}

/** SHA-256 hex digest, for storing tokens we only ever compare. */
export function sha256(value: string): string {
  return createHash("sha256").update(value, "utf8").digest("hex");
}

/** HMAC-SHA256 as base64url, for deriving stable secrets from the app secret. */
export function hmac(secret: string, message: string): string {
  return createHmac("sha256", secret).update(message, "utf8").digest("base64url");
}

/** Constant-time string comparison. */
export function safeEqual(a: string, b: string): boolean {
  const left = Buffer.from(a, "utf8");
  const right = Buffer.from(b, "utf8");
  return left.length === right.length && timingSafeEqual(left, right);
}
