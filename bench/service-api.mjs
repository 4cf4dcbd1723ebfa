// Benchmark: the read API (GET /api/v1/secrets, what `perch run` calls) for one app with
// seven credential fields, served by `next start`, at 20 concurrent callers, against the
// bare database query for the same app from 20 callers at once in one Node process on the
// same SQLite file (and that query with the fields decrypted), and the server's own floor,
// GET /api/health (HTTP, Next.js, the guard and one query). The ratio is what the API
// adds to its query: the token lookup and hash check, the scope check, decryption, the
// audit entry and last-use write, and HTTP. Requests take turns over many tokens so the
// per-token rate limit (600 a minute) never answers; a 429 would fail the run.
import { spawnSync } from "node:child_process";
import { mkdirSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";
import { freePort, get, latencySummary, perchServerEnv, runClosedLoop, startGroup, stopGroup, waitForOk } from "./lib.mjs";

function worker(root, env, args) {
  const result = spawnSync(process.execPath, ["--conditions=react-server", "--import", "tsx", "bench/service-api.ts", ...args], { cwd: root, stdio: "inherit", env });
  if (result.status !== 0) throw new Error(`bench/service-api.ts ${args[0]} failed`);
}

const ratio = (a, b) => Math.round((a / b) * 100) / 100;

/** Seeds the app and its tokens, measures the bare query and the API; returns bench/results/service-api.json's figures. */
export async function benchServiceApi({ root, tmp, seconds = 10, connections = 20, tokens = 60 }) {
  const started = Date.now();
  const work = path.join(tmp, "service-api");
  rmSync(work, { recursive: true, force: true });
  mkdirSync(work, { recursive: true });
  const db = path.join(work, "bench.db");
  const port = await freePort();
  const origin = `http://127.0.0.1:${port}`;
  const env = perchServerEnv({ db, origin });

  console.log(`seeding one app and ${tokens} service tokens…`);
  const seedFile = path.join(work, "seed.json");
  worker(root, env, ["seed", seedFile, String(tokens)]);
  const seeded = JSON.parse(readFileSync(seedFile, "utf8"));

  console.log(`bare query and query + decrypt, ${connections} callers, ${seconds} s each…`);
  const queryFile = path.join(work, "query.json");
  worker(root, env, ["query", seeded.teamId, seeded.appId, String(seconds), String(connections), queryFile]);
  const query = JSON.parse(readFileSync(queryFile, "utf8"));

  console.log(`next start on ${origin}`);
  const nextBin = path.join(root, "node_modules", "next", "dist", "bin", "next");
  const next = startGroup(process.execPath, [nextBin, "start", "-H", "127.0.0.1", "-p", String(port)], { cwd: root, env });
  try {
    await waitForOk(`${origin}/api/health`, next);
    const url = `${origin}/api/v1/secrets?app=${encodeURIComponent(seeded.appName)}&environment=production`;
    // The answer must be the real one: the app's seven variables.
    const probe = await get(url, { Authorization: `Bearer ${seeded.tokens[0]}` });
    const body = probe.status === 200 ? JSON.parse(probe.body.toString("utf8")) : null;
    if (!body || Object.keys(body.secrets).length !== seeded.fields) throw new Error(`GET ${url} answered ${probe.status} without the app's ${seeded.fields} variables`);
    let turn = 0;
    const headers = () => ({ Authorization: `Bearer ${seeded.tokens[turn++ % seeded.tokens.length]}` });
    console.log(`read API, ${connections} connections, ${seconds} s…`);
    const api = await runClosedLoop(url, { connections, seconds, headers });
    if (api.errors || api.non2xx) throw new Error(`read API: ${api.errors} errors, ${api.non2xx} non-2xx answers (a 429 means too few tokens for this rate)`);
    // The floor any route of this server has here: HTTP, Next.js, the guard and one query.
    console.log(`GET /api/health, ${connections} connections, ${seconds} s…`);
    // It is limited per address (240 a minute): each request says it comes from another one.
    let caller = 0;
    const health = await runClosedLoop(`${origin}/api/health`, { connections, seconds, headers: () => ({ "X-Forwarded-For": `198.18.${(++caller >> 8) & 255}.${caller & 255}` }) });
    if (health.errors || health.non2xx) throw new Error(`health: ${health.errors} errors, ${health.non2xx} non-2xx answers`);
    const bare = { rows: query.rows, ...latencySummary(query.bare, seconds) };
    const decrypted = { rows: query.rows, ...latencySummary(query.decrypted, seconds) };
    return {
      app: { fields: seeded.fields, tokens: seeded.tokens.length },
      load: { connections, seconds },
      api: { path: "/api/v1/secrets?app=<name>&environment=production", ...api },
      health: { path: "/api/health", ...health },
      bareQuery: bare,
      queryAndDecrypt: decrypted,
      ratio: { p50: ratio(api.latencyMs.p50, bare.latencyMs.p50), p95: ratio(api.latencyMs.p95, bare.latencyMs.p95), p95VersusDecrypt: ratio(api.latencyMs.p95, decrypted.latencyMs.p95), p95VersusHealth: ratio(api.latencyMs.p95, health.latencyMs.p95) },
      durationSeconds: Math.round((Date.now() - started) / 1000),
    };
  } finally {
    await stopGroup(next);
  }
}
