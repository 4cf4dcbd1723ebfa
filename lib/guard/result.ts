/**
 * The one result shape every server action returns (and the browser receives): `ok` with
 * data, or a failure with a message for a person and, for bad input, the problem with each
 * field. Safe to import from client components.
 */
import type { AppErrorCode, FieldErrors } from "./errors";

export type ActionFailure = { ok: false; code: AppErrorCode; message: string; fieldErrors?: FieldErrors; retryAfter?: number };
export type ActionResult<T = null> = { ok: true; data: T } | ActionFailure;

/** The first problem with `field`, for showing under it. */
export function fieldError(result: ActionResult<unknown> | null | undefined, field: string): string | undefined {
  return result && !result.ok ? result.fieldErrors?.[field]?.[0] : undefined;
}
