import "server-only";
import { z } from "zod";
import { isRecentSignIn, reauthMessage } from "@/lib/auth/reauth";
import { DATABASE_UNAVAILABLE_MESSAGE, isDatabaseUnavailable } from "@/lib/db/unavailable";
import type { AccessEntry } from "./access";
import { AppError, isAppError } from "./errors";
import { rateCaller } from "./client";
import { rateLimiter } from "./rate-limit";
import type { ActionResult } from "./result";

/** What the action and route guards share: rate limits, input parsing, and error handling. */

/** A form's fields as an object; a name that repeats becomes an array. Next's own `$ACTION…` fields are dropped. */
export function formDataToObject(form: FormData): Record<string, unknown> {
  // A Map, then own properties: a field named "__proto__", "constructor" or "toString"
  // is a field like any other, never the object's prototype or one of its methods.
  const fields = new Map<string, unknown>();
  for (const [name, value] of form.entries()) {
    if (name.startsWith("$ACTION")) continue;
    fields.set(name, fields.has(name) ? ([] as unknown[]).concat(fields.get(name), value) : value);
  }
  return Object.fromEntries(fields);
}

/**
 * Counts a call against the entry's limits; throws RATE_LIMITED when over. The caller is a
 * user id or a client address (an IPv6 one counted by its /64, see rateCaller). The
 * per-caller limit is checked first, so a caller it refuses never uses up the global cap.
 */
export async function enforceRate(id: string, entry: AccessEntry, caller: string): Promise<void> {
  for (const [rule, key] of [
    [entry.rate, `${id}|${rateCaller(caller)}`],
    [entry.globalRate, `${id}|*`],
  ] as const) {
    if (!rule) continue;
    const wait = await rateLimiter.hit(key, rule);
    if (wait !== null) throw new AppError("RATE_LIMITED", `Too many requests. Try again in ${wait} s.`, { retryAfter: wait });
  }
}

/** Throws REAUTHENTICATE when the entry asks for a recent sign-in and the caller's is older. */
export function enforceRecentSignIn(entry: AccessEntry, user: { signedInAt: Date }, now: number = Date.now()): void {
  if (entry.recentSignIn === undefined || isRecentSignIn(user.signedInAt, entry.recentSignIn, now)) return;
  throw new AppError("REAUTHENTICATE", reauthMessage(entry.recentSignIn));
}

/** Logs an unexpected error without its message (which may echo input) and returns a reference. */
export function logUnexpected(where: string, error: unknown): string {
  const ref = Math.random().toString(36).slice(2, 10);
  const name = error instanceof Error ? error.name : typeof error;
  const code = typeof error === "object" && error !== null && "code" in error ? ` ${String(error.code)}` : "";
  const frame = error instanceof Error ? (error.stack?.split("\n")[1]?.trim() ?? "") : "";
  console.error(`Perch: ${where} failed (ref ${ref}): ${name}${code} ${frame}`);
  return ref;
}

/** The database is not answering (refused, dropped, read-only): a 503, logged once, never the driver's words. */
export function unavailableError(where: string, error: unknown): AppError | null {
  if (isAppError(error) || !isDatabaseUnavailable(error)) return null;
  logUnexpected(`${where} (database unavailable)`, error);
  return new AppError("UNAVAILABLE", DATABASE_UNAVAILABLE_MESSAGE, { retryAfter: 5 });
}

/** The failure an error becomes; an unexpected one is logged and reported with a reference only. */
export function toFailure(where: string, error: unknown): ActionResult<never> {
  error = unavailableError(where, error) ?? error;
  if (isAppError(error)) return { ok: false, code: error.code, message: error.message, fieldErrors: error.fieldErrors, retryAfter: error.retryAfter };
  const ref = logUnexpected(where, error);
  return { ok: false, code: "INTERNAL", message: `Something went wrong on our side (reference ${ref}). Please try again.` };
}

/**
 * Validates input with a zod schema; bad input becomes BAD_INPUT with the problems of each
 * field, keyed by its path ("name", "fields.2.value") and, for nested ones, also by the
 * top-level field ("fields"), so a form can show each one in place.
 */
export function parseInput<S extends z.ZodType>(schema: S, raw: unknown): z.output<S> {
  const parsed = schema.safeParse(raw instanceof FormData ? formDataToObject(raw) : raw);
  if (parsed.success) return parsed.data;
  // Keyed by the input's own keys, so a Map: a key like "__proto__", "constructor" or
  // "toString" must not find Object.prototype's (it once made this throw, a 500).
  const errors = new Map<string, string[]>();
  for (const issue of parsed.error.issues) {
    // An unknown key (a typo, with strict schemas) is reported on the key itself.
    const paths = issue.code === "unrecognized_keys" ? issue.keys.map((k) => [...issue.path, k]) : [issue.path];
    for (const path of paths) {
      const keys = new Set([path.map(String).join(".") || "_form", String(path[0] ?? "_form")]);
      for (const key of keys) {
        const list = errors.get(key) ?? [];
        list.push(issue.code === "unrecognized_keys" ? "Unknown field." : issue.message);
        errors.set(key, list);
      }
    }
  }
  const fieldErrors = Object.fromEntries(errors) as Record<string, string[]>;
  const first = parsed.error.issues[0]?.message;
  throw new AppError("BAD_INPUT", first ? `Check the form: ${first}` : undefined, { fieldErrors });
}
