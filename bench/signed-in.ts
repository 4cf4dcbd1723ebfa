// Benchmark worker (run by bench/signed-in.mjs under tsx, react-server condition): the
// database part of a signed-in request, measured bare from `connections` callers at once on
// the SQLite file in DATABASE_URL: the session lookup every signed-in page makes
// (lib/auth/current-user.ts: the session by its token hash, with its user), the sessions
// page's own list, and `SELECT 1`. Writes latencies per query to argv[5].
import { writeFileSync } from "node:fs";
import { sha256 } from "../lib/crypto/hash";
import { db } from "../lib/db/client";

async function loop(connections: number, ms: number, fn: () => Promise<unknown>): Promise<number[]> {
  const latencies: number[] = [];
  const end = performance.now() + ms;
  await Promise.all(
    Array.from({ length: connections }, async () => {
      while (performance.now() < end) {
        const t = performance.now();
        await fn();
        latencies.push(performance.now() - t);
      }
    }),
  );
  return latencies;
}

async function main() {
  const [token = "", seconds = "5", connections = "20", outFile = ""] = process.argv.slice(2);
  const tokenHash = sha256(token);
  const session = await db.session.findUniqueOrThrow({ where: { tokenHash } });
  const queries = {
    sessionLookup: () => db.session.findUnique({ where: { tokenHash }, include: { user: true } }),
    sessionsList: () => db.session.findMany({ where: { userId: session.userId, expires: { gt: new Date() } }, orderBy: { lastSeenAt: "desc" } }),
    select1: () => db.$queryRaw`SELECT 1`,
  };
  const out: Record<string, number[]> = {};
  for (const [name, fn] of Object.entries(queries)) {
    await loop(Number(connections), 1000, fn); // warm-up
    out[name] = await loop(Number(connections), Number(seconds) * 1000, fn);
  }
  writeFileSync(outFile, JSON.stringify(out));
  await db.$disconnect();
}

void main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
