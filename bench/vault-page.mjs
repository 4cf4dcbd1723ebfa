// Benchmark: the vault page (/vault/<team>) of a team with 1,000 credentials, served by
// `next start`, at 20 connections, against the bare database query for the same rows from
// 20 callers at once in one Node process on the same SQLite file. Both sides are one Node
// process on a synchronous SQLite driver, so the ratio is what the page adds to its query:
// the session and membership checks, the drafts list, health, and rendering.
import { spawnSync } from "node:child_process";
import { mkdirSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";
import { freePort, get, latencySummary, perchServerEnv, runClosedLoop, startGroup, stopGroup, waitForOk } from "./lib.mjs";

function worker(root, env, args) {
  const result = spawnSync(process.execPath, ["--conditions=react-server", "--import", "tsx", "bench/vault-page.ts", ...args], { cwd: root, stdio: "inherit", env });
  if (result.status !== 0) throw new Error(`bench/vault-page.ts ${args[0]} failed`);
}

/** Seeds the team, measures the page and the bare query; returns bench/results/vault-page.json's figures. */
export async function benchVaultPage({ root, tmp, seconds = 10, connections = 20, apps = 200, fieldsPerApp = 5 }) {
  const started = Date.now();
  const work = path.join(tmp, "vault-page");
  rmSync(work, { recursive: true, force: true });
  mkdirSync(work, { recursive: true });
  const db = path.join(work, "bench.db");
  const port = await freePort();
  const origin = `http://127.0.0.1:${port}`;
  const env = perchServerEnv({ db, origin });

  console.log(`seeding a team with ${apps} apps × ${fieldsPerApp} fields…`);
  const seedFile = path.join(work, "seed.json");
  worker(root, env, ["seed", seedFile, String(apps), String(fieldsPerApp)]);
  const seeded = JSON.parse(readFileSync(seedFile, "utf8"));

  console.log(`bare query, ${connections} callers, ${seconds} s…`);
  const queryFile = path.join(work, "query.json");
  worker(root, env, ["query", seeded.teamId, String(seconds), String(connections), queryFile]);
  const query = JSON.parse(readFileSync(queryFile, "utf8"));

  console.log(`next start on ${origin}`);
  const nextBin = path.join(root, "node_modules", "next", "dist", "bin", "next");
  const next = startGroup(process.execPath, [nextBin, "start", "-H", "127.0.0.1", "-p", String(port)], { cwd: root, env });
  try {
    await waitForOk(`${origin}/api/health`, next);
    const url = `${origin}/vault/${seeded.teamId}`;
    const cookie = { Cookie: `next-auth.session-token=${seeded.token}` };
    // The page must be the real one, signed in: not a redirect to sign-in, not a 404.
    const probe = await get(url, cookie);
    if (probe.status !== 200 || !probe.body.toString("utf8").includes("App 0000")) throw new Error(`GET ${url} answered ${probe.status} without the team's first app`);
    const headers = { ...cookie, "Accept-Encoding": "gzip" };
    console.log(`vault page, ${connections} connections, ${seconds} s…`);
    const page = await runClosedLoop(url, { connections, seconds, headers });
    if (page.errors || page.non2xx) throw new Error(`vault page: ${page.errors} errors, ${page.non2xx} non-2xx answers`);
    // The same page searched for a name no app has: every query still runs (the search is
    // in code, over all rows), nothing is listed. What is left is the page's fixed cost.
    console.log(`vault page with no row listed, ${connections} connections, ${seconds} s…`);
    const empty = await runClosedLoop(`${url}?q=no-such-app`, { connections, seconds, headers });
    if (empty.errors || empty.non2xx) throw new Error(`vault page (no rows): ${empty.errors} errors, ${empty.non2xx} non-2xx answers`);
    const bare = { rows: query.rows, ...latencySummary(query.latencies, seconds) };
    return {
      team: { apps: seeded.apps, fieldsPerApp: seeded.fieldsPerApp, credentials: seeded.credentials, appsPerPage: 50 },
      load: { connections, seconds },
      page: { path: "/vault/<team>", ...page },
      pageWithoutRows: { path: "/vault/<team>?q=no-such-app", ...empty },
      bareQuery: bare,
      ratio: {
        p50: Math.round((page.latencyMs.p50 / bare.latencyMs.p50) * 100) / 100,
        p95: Math.round((page.latencyMs.p95 / bare.latencyMs.p95) * 100) / 100,
        withoutRowsP95: Math.round((empty.latencyMs.p95 / bare.latencyMs.p95) * 100) / 100,
      },
      durationSeconds: Math.round((Date.now() - started) / 1000),
    };
  } finally {
    await stopGroup(next);
  }
}
