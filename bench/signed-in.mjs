// Benchmark: where a signed-in request's time goes. One production build under `next start`
// (SQLite), 20 connections each, pages that add one layer at a time:
//   /guides                prerendered: what serving alone costs
//   /about                 dynamic, signed out: the root layout, providers and a page render
//   /settings/sessions     the smallest signed-in page: plus the session lookup, its own
//                          query and list (the header's account menu is drawn in the browser)
// and, in a worker process on the same file, the bare queries those requests make.
import { spawnSync } from "node:child_process";
import { mkdirSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";
import { freePort, get, latencySummary, perchServerEnv, runClosedLoop, startGroup, stopGroup, waitForOk } from "./lib.mjs";

function worker(root, env, script, args) {
  const result = spawnSync(process.execPath, ["--conditions=react-server", "--import", "tsx", script, ...args], { cwd: root, stdio: "inherit", env });
  if (result.status !== 0) throw new Error(`${script} ${args[0]} failed`);
}

/** The round whose requests per second is the median of the rounds'. */
function medianRound(rounds) {
  const sorted = [...rounds].sort((a, b) => a.requestsPerSecond - b.requestsPerSecond);
  return { ...sorted[sorted.length >> 1], rounds: rounds.map((r) => r.requestsPerSecond) };
}

export async function benchSignedIn({ root, tmp, seconds = 5, connections = 20, rounds = 3 }) {
  const started = Date.now();
  const work = path.join(tmp, "signed-in");
  rmSync(work, { recursive: true, force: true });
  mkdirSync(work, { recursive: true });
  const db = path.join(work, "bench.db");
  const port = await freePort();
  const origin = `http://127.0.0.1:${port}`;
  const env = perchServerEnv({ db, origin });
  const seedFile = path.join(work, "seed.json");
  // A person with a session and a team, no apps (bench/vault-page.ts's seed).
  worker(root, env, "bench/vault-page.ts", ["seed", seedFile, "0", "1"]);
  const { token } = JSON.parse(readFileSync(seedFile, "utf8"));
  const queriesFile = path.join(work, "queries.json");
  worker(root, env, "bench/signed-in.ts", [token, String(Math.max(2, Math.round(seconds / 2))), String(connections), queriesFile]);
  const queries = JSON.parse(readFileSync(queriesFile, "utf8"));

  const nextBin = path.join(root, "node_modules", "next", "dist", "bin", "next");
  const next = startGroup(process.execPath, [nextBin, "start", "-H", "127.0.0.1", "-p", String(port)], { cwd: root, env });
  const cookie = { Cookie: `next-auth.session-token=${token}` };
  const pages = [
    { name: "prerendered", path: "/guides", headers: {} },
    { name: "dynamicSignedOut", path: "/about", headers: {} },
    { name: "sessionsPage", path: "/settings/sessions", headers: cookie },
  ];
  const results = {};
  try {
    await waitForOk(`${origin}/api/health`, next);
    for (const p of pages) {
      const probe = await get(`${origin}${p.path}`, p.headers);
      // Signed out, the sessions page redirects to sign-in: a 200 is the signed-in page.
      if (probe.status !== 200) throw new Error(`GET ${p.path} answered ${probe.status}`);
    }
    // Pages interleaved, round after round, so a burst of other work on a shared machine
    // falls on every page alike; each page's figure is its median round.
    const measured = Object.fromEntries(pages.map((p) => [p.name, []]));
    for (let round = 1; round <= rounds; round++) {
      for (const p of pages) {
        console.log(`round ${round}/${rounds}: ${p.path}${p.headers.Cookie ? " (signed in)" : ""}, ${connections} connections, ${seconds} s…`);
        const r = await runClosedLoop(`${origin}${p.path}`, { connections, seconds, headers: { ...p.headers, "Accept-Encoding": "gzip" } });
        if (r.errors || r.non2xx) throw new Error(`${p.path}: ${r.errors} errors, ${r.non2xx} non-2xx`);
        measured[p.name].push(r);
      }
    }
    for (const p of pages) results[p.name] = { path: p.path, signedIn: Boolean(p.headers.Cookie), ...medianRound(measured[p.name]) };
  } finally {
    await stopGroup(next);
  }
  const q = Object.fromEntries(Object.entries(queries).map(([k, v]) => [k, latencySummary(v, Math.max(2, Math.round(seconds / 2)))]));
  return { load: { connections, seconds, rounds }, pages: results, queries: q, durationSeconds: Math.round((Date.now() - started) / 1000) };
}
