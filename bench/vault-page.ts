// Benchmark worker (run by bench/vault-page.mjs under tsx, with the react-server condition
// so server-only modules load), against the SQLite file named by DATABASE_URL:
//   seed <out.json> <apps> <fields per app>   a person, a session and a team whose vault holds
//                                             apps × fields credentials, written through the
//                                             app's own functions (encrypted, audited)
//   query <teamId> <seconds> <connections> <out.json>
//                                             the bare database query for the rows the vault
//                                             page lists, from `connections` callers at once
import { randomBytes } from "node:crypto";
import { writeFileSync } from "node:fs";
import { sha256 } from "../lib/crypto/hash";
import { db, dbTarget } from "../lib/db/client";
import { migrate } from "../lib/db/migrate";
import { createTeam } from "../lib/teams/teams";
import { createVaultApp } from "../lib/vault/apps";
import type { FieldWrite } from "../lib/vault/schemas";

const ENVIRONMENTS = ["development", "staging", "production"] as const;
const FIELDS = ["apiKey", "apiKeySecret", "accessToken", "accessTokenSecret", "bearerToken", "clientId", "clientSecret"] as const;

async function seed(outFile: string, apps: number, fieldsPerApp: number) {
  if (fieldsPerApp > FIELDS.length) throw new Error(`at most ${FIELDS.length} fields per app`);
  await migrate(dbTarget);
  const user = await db.user.create({ data: { twitterId: String(Date.now()), name: "Bench Person", username: "bench_person" } });
  const token = randomBytes(32).toString("base64url");
  await db.session.create({ data: { tokenHash: sha256(token), userId: user.id, expires: new Date(Date.now() + 24 * 3_600_000) } });
  const { id: teamId } = await createTeam({ userId: user.id, name: "Bench team" });
  for (let i = 0; i < apps; i++) {
    const fields: FieldWrite[] = FIELDS.slice(0, fieldsPerApp).map((name) => ({ name, label: null, value: randomBytes(30).toString("base64url") }));
    const meta = { name: `App ${String(i).padStart(4, "0")}`, twitterAppId: String(27_000_000 + i), environment: ENVIRONMENTS[i % 3]!, accessLevel: null, notes: null, apiTarget: "twitter" as const, rotateBy: null };
    await createVaultApp({ userId: user.id, teamId, meta, fields });
  }
  const credentials = await db.credentialField.count({ where: { teamId } });
  writeFileSync(outFile, JSON.stringify({ teamId, token, apps, fieldsPerApp, credentials }));
}

/**
 * The rows the vault page lists, read as bare as Prisma allows: the same select as
 * findVaultApps in lib/vault/apps.ts, without the session, membership, drafts, health or
 * rendering around it.
 */
const bareQuery = (teamId: string) =>
  db.vaultApp.findMany({
    where: { teamId },
    select: { id: true, name: true, environment: true, accessLevel: true, apiTarget: true, updatedAt: true, createdAt: true, secretsChangedAt: true, lastTestedAt: true, lastTestOk: true, rotateBy: true, _count: { select: { fields: true } } },
    orderBy: { name: "asc" },
  });

async function query(teamId: string, seconds: number, connections: number, outFile: string) {
  const rows = (await bareQuery(teamId)).length;
  // Warm-up: a second of the same load, not recorded.
  const run = async (ms: number, latencies: number[] | null) => {
    const end = performance.now() + ms;
    await Promise.all(
      Array.from({ length: connections }, async () => {
        while (performance.now() < end) {
          const t = performance.now();
          await bareQuery(teamId);
          latencies?.push(performance.now() - t);
        }
      }),
    );
  };
  await run(1000, null);
  const latencies: number[] = [];
  await run(seconds * 1000, latencies);
  writeFileSync(outFile, JSON.stringify({ rows, latencies }));
}

async function main() {
  const [mode, ...rest] = process.argv.slice(2);
  if (mode === "seed") await seed(rest[0]!, Number(rest[1]), Number(rest[2]));
  else if (mode === "query") await query(rest[0]!, Number(rest[1]), Number(rest[2]), rest[3]!);
  else throw new Error("usage: vault-page.ts seed <out> <apps> <fields> | query <teamId> <seconds> <connections> <out>");
  await db.$disconnect();
}

void main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
