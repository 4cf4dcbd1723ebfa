// A second (or third) Perch instance for lib/guard/rate-limit.test.ts: its own process and
// Prisma client, firing CALLS concurrent hits at one key once it reads a line on stdin (so
// every process starts together), then printing how many got in.
import { createDb } from "@/lib/db/client";
import { parseDatabaseUrl } from "@/lib/db/target";
import { RateLimiter } from "@/lib/guard/rate-limit";

const [url = "", key = "", max = "0", calls = "0"] = process.argv.slice(2);
const target = parseDatabaseUrl(url);
const db = createDb(target);
const limiter = new RateLimiter({ db, provider: target.provider });
const rule = { max: Number(max), seconds: 600 };

// A first query opens the connection, so the race below is between statements, not connects.
void db.$queryRaw`SELECT 1`.then(() => {
  process.stdout.write("ready\n");
  process.stdin.once("data", () => {
    void Promise.all(Array.from({ length: Number(calls) }, () => limiter.hit(key, rule))).then(async (results) => {
      process.stdout.write(`${JSON.stringify({ allowed: results.filter((r) => r === null).length })}\n`);
      await db.$disconnect();
      process.exit(0);
    });
  });
});
