import "server-only";
import { db as appDb, type Db } from "./client";

const TIMEOUT_MS = 3_000;

/** Runs a trivial query with a time limit. The reason never includes connection details. */
export async function checkDatabase(db: Db = appDb): Promise<{ ok: true } | { ok: false; reason: string }> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error("timeout")), TIMEOUT_MS);
  });
  try {
    await Promise.race([db.$queryRaw`SELECT 1`, timeout]);
    return { ok: true };
  } catch (error) {
    const isTimeout = error instanceof Error && error.message === "timeout";
    return { ok: false, reason: isTimeout ? `no answer within ${TIMEOUT_MS / 1000} s` : "the database refused the connection or the query" };
  } finally {
    clearTimeout(timer);
  }
}
