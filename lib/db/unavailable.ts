/**
 * Tells "the database is not there right now" (refused, dropped, read-only, locked, out of
 * connections) from every other error, so the guards can answer 503 with "try again in a
 * moment" instead of a 500. Prisma 7 with driver adapters wraps the driver's error; this
 * looks through the wrapping (`cause`, `meta`, `driverAdapterError`) for the driver's code.
 */

/** What a person is told. */
export const DATABASE_UNAVAILABLE_MESSAGE = "Perch cannot reach its database right now. Nothing was changed. Try again in a moment.";

/** The digest of a page error caused by it, which app/error.tsx recognises. */
export const DATABASE_UNAVAILABLE_DIGEST = "PERCH_DATABASE_UNAVAILABLE";

/** Prisma's own codes for an unreachable or overloaded server (P2028: no transaction could start in time). */
const PRISMA_CODES = new Set(["P1000", "P1001", "P1002", "P1008", "P1011", "P1017", "P2024", "P2028", "P2034"]);
/** PostgreSQL SQLSTATEs: connection exceptions, admin shutdown, cannot connect now, too many connections, read-only transaction. */
const PG_CODES = new Set(["08000", "08001", "08003", "08004", "08006", "57P01", "57P02", "57P03", "53300", "25006"]);
/** Node's socket errors. */
const NET_CODES = new Set(["ECONNREFUSED", "ECONNRESET", "ETIMEDOUT", "EPIPE", "EHOSTUNREACH", "ENETUNREACH", "EAI_AGAIN"]);
/** SQLite result codes: read-only file, busy or locked beyond the timeout, cannot open, disk I/O, disk full. */
const SQLITE_CODE = /^SQLITE_(READONLY|BUSY|LOCKED|CANTOPEN|IOERR|FULL)/;
/** Prisma driver-adapter error kinds. */
const ADAPTER_KINDS = new Set(["DatabaseNotReachable", "DatabaseAccessDenied", "SocketTimeout", "TooManyConnections", "ConnectionClosed", "TransactionWriteConflict"]);
/** What the drivers say when the code is lost in the wrapping. */
const MESSAGES = /readonly database|database is locked|does not allow connections|not currently accepting connections|terminating connection|Connection terminated|connection refused|ECONNREFUSED|server closed the connection|Can't reach database server|too many clients/i;

function matches(value: unknown): boolean {
  if (typeof value !== "object" || value === null) return false;
  const v = value as Record<string, unknown>;
  for (const field of ["code", "originalCode", "kind", "cause"] as const) {
    const x = v[field];
    if (typeof x !== "string") continue;
    if (PRISMA_CODES.has(x) || PG_CODES.has(x) || NET_CODES.has(x) || SQLITE_CODE.test(x) || ADAPTER_KINDS.has(x)) return true;
  }
  // PostgreSQL ends the session with FATAL when it refuses or drops a connection.
  if (v.kind === "postgres" && v.severity === "FATAL") return true;
  for (const field of ["message", "originalMessage"] as const) {
    const x = v[field];
    if (typeof x === "string" && MESSAGES.test(x)) return true;
  }
  return false;
}

/** True when `error` (or anything it wraps, a few levels deep) says the database is unavailable. */
export function isDatabaseUnavailable(error: unknown, depth = 0): boolean {
  if (depth > 5 || typeof error !== "object" || error === null) return false;
  if (matches(error)) return true;
  const e = error as Record<string, unknown>;
  return ["cause", "meta", "driverAdapterError", "errors"].some((field) => {
    const inner = e[field];
    if (Array.isArray(inner)) return inner.some((i) => isDatabaseUnavailable(i, depth + 1));
    return isDatabaseUnavailable(inner, depth + 1);
  });
}
