/**
 * The one application error. Code → HTTP status and the message a person sees are mapped
 * here and nowhere else, for route handlers and server actions alike. A message never
 * carries a stack trace, a secret or a value the caller did not send.
 */

export const ERROR_CODES = {
  BAD_INPUT: { status: 400, message: "Some of what was sent is not valid. Check the highlighted fields." },
  UNAUTHENTICATED: { status: 401, message: "Sign in to do this." },
  REAUTHENTICATE: { status: 401, message: "Sign in again to do this: it needs a recent sign-in." },
  FORBIDDEN: { status: 403, message: "You don't have permission to do this." },
  NOT_FOUND: { status: 404, message: "That no longer exists, or you can't see it." },
  CONFLICT: { status: 409, message: "Someone else changed this meanwhile. Reload to see their version." },
  TOO_LARGE: { status: 413, message: "What was sent is too large." },
  UNSUPPORTED_MEDIA_TYPE: { status: 415, message: "Send the body as JSON, with the header Content-Type: application/json." },
  LIMIT_REACHED: { status: 422, message: "A limit has been reached." },
  RATE_LIMITED: { status: 429, message: "Too many requests. Wait a moment and try again." },
  SANDBOX_OFF: { status: 404, message: "The Twitter sandbox is off in this deployment." },
  UNAVAILABLE: { status: 503, message: "A service Perch needs did not answer. Try again in a moment." },
  INTERNAL: { status: 500, message: "Something went wrong on our side. Please try again." },
} as const satisfies Record<string, { status: number; message: string }>;

export type AppErrorCode = keyof typeof ERROR_CODES;

/** Field name → the problems with it, as zod's flattenError gives them. */
export type FieldErrors = Record<string, string[] | undefined>;

/** Raised anywhere below an action or route; the guard turns it into a result or a response. */
export class AppError extends Error {
  readonly code: AppErrorCode;
  readonly fieldErrors?: FieldErrors;
  /** Seconds, for RATE_LIMITED. */
  readonly retryAfter?: number;

  constructor(code: AppErrorCode, message?: string, options: { fieldErrors?: FieldErrors; retryAfter?: number } = {}) {
    super(message ?? ERROR_CODES[code].message);
    this.name = "AppError";
    this.code = code;
    this.fieldErrors = options.fieldErrors;
    this.retryAfter = options.retryAfter;
  }

  get status(): number {
    return ERROR_CODES[this.code].status;
  }
}

/** True for an AppError (also across module copies, e.g. after hot reload). */
export function isAppError(error: unknown): error is AppError {
  return error instanceof AppError || (error instanceof Error && error.name === "AppError" && "code" in error && typeof error.code === "string" && error.code in ERROR_CODES);
}
