/**
 * Generators for sandbox credentials, shaped like Twitter's so that anything that checks
 * a credential's look (the vault's format hints, a .env import) treats them the same.
 * All randomness comes from the OS CSPRNG; nothing here is stored.
 */
import { randomBytes, randomInt } from "node:crypto";

const ALPHANUMERIC = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

/** A uniformly random string over [A-Za-z0-9]. */
export function randomAlphanumeric(length: number): string {
  let out = "";
  while (out.length < length) {
    for (const byte of randomBytes(length * 2)) {
      // 248 = 4 × 62: reject the tail so every character is equally likely.
      if (byte < 248 && out.length < length) out += ALPHANUMERIC[byte % 62];
    }
  }
  return out;
}

/** A Twitter-style numeric user id (a 19-digit snowflake-looking string). */
export function generateUserId(): string {
  return `1${String(randomInt(0, 1_000_000_000)).padStart(9, "0")}${String(randomInt(0, 1_000_000_000)).padStart(9, "0")}`;
}

/** OAuth 2.0 Client ID: Twitter's look like base64url of `<random>:1:ci` (34 characters). */
export function generateClientId(): string {
  return Buffer.from(`${randomAlphanumeric(20)}:1:ci`, "utf8").toString("base64url");
}

/** OAuth 2.0 Client Secret (50 characters). */
export function generateClientSecret(): string {
  return randomAlphanumeric(50);
}

/** API Key (consumer key), 25 characters. */
export function generateConsumerKey(): string {
  return randomAlphanumeric(25);
}

/** API Key Secret (consumer secret), 50 characters. */
export function generateConsumerSecret(): string {
  return randomAlphanumeric(50);
}

/** App-only Bearer Token: Twitter's start with a run of `A`s. */
export function generateBearerToken(): string {
  return `AAAAAAAAAAAAAAAAAAAAA${randomAlphanumeric(91)}`;
}

/** OAuth 1.0a Access Token: `<user id>-<random>`, as Twitter issues them. */
export function generateAccessToken(userId: string): string {
  return `${userId}-${randomAlphanumeric(40)}`;
}

/** OAuth 1.0a Access Token Secret (45 characters). */
export function generateAccessTokenSecret(): string {
  return randomAlphanumeric(45);
}

/** An OAuth 2.0 authorization code, access token or refresh token (opaque, 256 bits). */
export function generateOpaqueToken(): string {
  return randomBytes(48).toString("base64url");
}
