import "server-only";
import { randomBytes } from "node:crypto";
import { cookies } from "next/headers";
import { sha256 } from "@/lib/crypto/hash";

/**
 * Which practice accounts this browser may use. Creating an account (or signing in to one
 * with its password) gives the browser a random key for it, kept in an HttpOnly cookie;
 * the database stores only the key's hash. Another visitor of a shared demo cannot pick
 * the account without the key or the password, while a local single-person setup stays
 * one click. The cookie holds at most MAX_HELD accounts, newest first.
 */

const COOKIE = "perch_sandbox_accounts";
const MAX_HELD = 20;
const ENTRY = /^(\d{1,20})\.([A-Za-z0-9_-]{32})$/;

export type HeldAccount = { id: string; key: string };

/** A fresh key for an account, and the hash to store. */
export function newAccountKey(): { key: string; keyHash: string } {
  const key = randomBytes(24).toString("base64url");
  return { key, keyHash: sha256(key) };
}

/** The accounts this browser holds keys for (unverified: check them against the database). */
export async function readHeldAccounts(): Promise<HeldAccount[]> {
  const raw = (await cookies()).get(COOKIE)?.value ?? "";
  return raw
    .split("|")
    .map((entry) => ENTRY.exec(entry))
    .filter((m): m is RegExpExecArray => m !== null)
    .map((m) => ({ id: m[1]!, key: m[2]! }))
    .slice(0, MAX_HELD);
}

async function writeHeld(held: HeldAccount[], origin: string): Promise<void> {
  (await cookies()).set(COOKIE, held.slice(0, MAX_HELD).map((h) => `${h.id}.${h.key}`).join("|"), {
    httpOnly: true,
    sameSite: "lax",
    secure: origin.startsWith("https://"),
    path: "/",
    maxAge: 365 * 24 * 3600,
  });
}

/** Adds (or replaces) an account's key in this browser's cookie. Server actions only. */
export async function holdAccount(account: HeldAccount, origin: string): Promise<void> {
  const held = (await readHeldAccounts()).filter((h) => h.id !== account.id);
  await writeHeld([account, ...held], origin);
}

/** Removes an account from this browser's cookie. Server actions only. */
export async function forgetAccount(id: string, origin: string): Promise<void> {
  await writeHeld((await readHeldAccounts()).filter((h) => h.id !== id), origin);
}
