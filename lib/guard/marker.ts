/**
 * Every guarded action and route carries the id of its access-table entry, so a test can
 * find each one in app/ and check it was built by a guard (lib/guard/guards.test.ts).
 */
const GUARD = Symbol.for("perch.guard");

export function markGuarded<F extends (...args: never[]) => unknown>(fn: F, id: string): F {
  Object.defineProperty(fn, GUARD, { value: id, enumerable: false });
  return fn;
}

/** The access-table id a function was guarded with, or null when it was not built by a guard. */
export function guardOf(fn: unknown): string | null {
  if (typeof fn !== "function") return null;
  const id = (fn as unknown as Record<symbol, unknown>)[GUARD];
  return typeof id === "string" ? id : null;
}
