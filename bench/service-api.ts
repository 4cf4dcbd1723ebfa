// Benchmark worker (run by bench/service-api.mjs under tsx, with the react-server condition
// so server-only modules load), against the SQLite file named by DATABASE_URL:
//   seed <out.json> <tokens>      a person, a team, one app with all seven credential fields
//                                 (written through the app's own functions: encrypted,
//                                 audited) and <tokens> service tokens that may read it
//   query <teamId> <appId> <seconds> <connections> <out.json>
//                                 the bare database query for that app and its fields, and the
//                                 same query with the fields decrypted, from `connections`
//                                 callers at once
import { randomBytes } from "node:crypto";
import { writeFileSync } from "node:fs";
import { db, dbTarget } from "../lib/db/client";
import { migrate } from "../lib/db/migrate";
import { createTeam } from "../lib/teams/teams";
import { createServiceToken } from "../lib/tokens/service-tokens";
import { createVaultApp, readAppSecrets } from "../lib/vault/apps";
import type { FieldWrite } from "../lib/vault/schemas";

const FIELDS = ["apiKey", "apiKeySecret", "accessToken", "accessTokenSecret", "bearerToken", "clientId", "clientSecret"] as const;

async function seed(outFile: string, tokens: number) {
  await migrate(dbTarget);
  const user = await db.user.create({ data: { twitterId: String(Date.now()), name: "Bench Person", username: "bench_person" } });
  const { id: teamId } = await createTeam({ userId: user.id, name: "Bench team" });
  const fields: FieldWrite[] = FIELDS.map((name) => ({ name, label: null, value: randomBytes(30).toString("base64url") }));
  const appName = "bench-bot";
  const { id: appId } = await createVaultApp({ userId: user.id, teamId, meta: { name: appName, twitterAppId: "27000000", environment: "production", accessLevel: null, notes: null, apiTarget: "twitter", rotateBy: null }, fields });
  const made: string[] = [];
  for (let i = 0; i < tokens; i++) made.push((await createServiceToken({ userId: user.id, teamId, name: `bench ${i}`, appIds: [appId], environments: ["production"], days: 1 })).token);
  writeFileSync(outFile, JSON.stringify({ teamId, appId, appName, fields: FIELDS.length, tokens: made }));
}

/** The app and its encrypted fields, read as bare as Prisma allows: the query readAppSecrets makes. */
const bareQuery = (teamId: string, appId: string) => db.vaultApp.findFirst({ where: { id: appId, teamId }, include: { fields: true } });

async function query(teamId: string, appId: string, seconds: number, connections: number, outFile: string) {
  const measure = async (fn: () => Promise<unknown>) => {
    const run = async (ms: number, latencies: number[] | null) => {
      const end = performance.now() + ms;
      await Promise.all(
        Array.from({ length: connections }, async () => {
          while (performance.now() < end) {
            const t = performance.now();
            await fn();
            latencies?.push(performance.now() - t);
          }
        }),
      );
    };
    // Warm-up: a second of the same load, not recorded.
    await run(1000, null);
    const latencies: number[] = [];
    await run(seconds * 1000, latencies);
    return latencies;
  };
  const rows = (await bareQuery(teamId, appId))?.fields.length ?? 0;
  const bare = await measure(() => bareQuery(teamId, appId));
  const decrypted = await measure(() => readAppSecrets({ teamId, appId }));
  writeFileSync(outFile, JSON.stringify({ rows, bare, decrypted }));
}

async function main() {
  const [mode, ...rest] = process.argv.slice(2);
  if (mode === "seed") await seed(rest[0]!, Number(rest[1]));
  else if (mode === "query") await query(rest[0]!, rest[1]!, Number(rest[2]), Number(rest[3]), rest[4]!);
  else throw new Error("usage: service-api.ts seed <out> <tokens> | query <teamId> <appId> <seconds> <connections> <out>");
  await db.$disconnect();
}

void main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
