/**
 * The service token's format, shared by the server and tests (no secrets, no database):
 * `perch_st_` + a 12-character lookup id + a 40-character secret, all letters and digits
 * (so a double-click selects the whole token). 52 random characters, about 309 bits; the
 * lookup id is not secret: it finds the row, and only the hash of the whole token is kept.
 */
import { randomBytes } from "node:crypto";

export const TOKEN_PREFIX = "perch_st_";
export const LOOKUP_LENGTH = 12;
export const SECRET_LENGTH = 40;
const ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
const TOKEN_PATTERN = new RegExp(`^${TOKEN_PREFIX}([A-Za-z0-9]{${LOOKUP_LENGTH}})[A-Za-z0-9]{${SECRET_LENGTH}}$`);

/** `length` characters drawn uniformly from letters and digits (rejection sampling: no modulo bias). */
export function randomAlphanumeric(length: number): string {
  let out = "";
  while (out.length < length) {
    for (const byte of randomBytes(length * 2)) {
      // 248 = 4 × 62: bytes at or above it would favour the first letters.
      if (byte < 248) out += ALPHABET[byte % 62];
      if (out.length === length) break;
    }
  }
  return out;
}

/** A new token and its non-secret lookup id. */
export function newTokenText(): { token: string; lookup: string } {
  const lookup = randomAlphanumeric(LOOKUP_LENGTH);
  return { token: `${TOKEN_PREFIX}${lookup}${randomAlphanumeric(SECRET_LENGTH)}`, lookup };
}

/** The lookup id of a well-formed token, or null for anything else (checked before any database work). */
export function tokenLookup(text: string): string | null {
  if (text.length !== TOKEN_PREFIX.length + LOOKUP_LENGTH + SECRET_LENGTH) return null;
  return TOKEN_PATTERN.exec(text)?.[1] ?? null;
}

/** How a token is shown after it was created: its non-secret start only. */
export function tokenDisplay(lookup: string): string {
  return `${TOKEN_PREFIX}${lookup}…`;
}
