// Benchmark: the "Light" goals of issue 11, all in one run, on the largest guide page.
//   1. bare `next start`: the page's HTML size; its maximum requests/s against nginx serving
//      the same bytes as a file, and against an empty prerendered Next.js page (built here
//      with the same `next`) on the same kind of server;
//   2. the production setup of the README (deploy/nginx.conf in front of `next start`):
//      maximum requests/s against nginx serving the file itself, and p99 latency at a fixed
//      request rate against nginx's at the same rate;
//   3. the gzipped JavaScript and CSS the page loads against the empty page's;
//   4. Lighthouse (mobile) performance and accessibility.
// Every load test sends `Accept-Encoding: gzip`, as browsers do. Everything listens on
// 127.0.0.1 only; client and servers share the machine.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { buildEmptyNext, startEmptyNext } from "./empty-next.mjs";
import { CHROMIUM, runLighthouse } from "./lighthouse.mjs";
import { freePort, get, perchServerEnv, runFixedRate, runWrk, startGroup, stopGroup, waitForOk } from "./lib.mjs";
import { NGINX, nginxVersion, renderDeployConfig, staticServerConfig, startNginx } from "./nginx.mjs";

const WRK = "/usr/bin/wrk";
const GZIP = { "accept-encoding": "gzip" };
// What Chromium sends; primes the proxy's cache for the variant Lighthouse will ask for.
const BROWSER_ENCODING = { "accept-encoding": "gzip, deflate, br, zstd" };

/** Installs nginx, wrk and Chromium if missing and allowed (bench/ensure-tools.sh), or stops with the command to run. */
function requireTools(root) {
  const tools = [
    [NGINX, "nginx"],
    [WRK, "wrk"],
    [CHROMIUM, "chromium"],
  ];
  if (tools.some(([file]) => !existsSync(file))) spawnSync("bash", [path.join(root, "bench", "ensure-tools.sh")], { stdio: "inherit" });
  const missing = tools.filter(([file]) => !existsSync(file));
  if (missing.length) {
    throw new Error(`the guides benchmark needs ${missing.map(([, pkg]) => pkg).join(", ")} from Debian: apt-get install -y ${missing.map(([, pkg]) => pkg).join(" ")}  (or bash bench/ensure-tools.sh)`);
  }
}

/** Every tag's attributes as a lower-cased map. */
function attributes(tag) {
  return Object.fromEntries([...tag.matchAll(/([\w:-]+)(?:=(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/g)].slice(1).map((m) => [m[1].toLowerCase(), (m[2] ?? m[3] ?? m[4] ?? "").replaceAll("&amp;", "&")]));
}

/**
 * The JavaScript and CSS a page makes the browser download: every <script src>, every
 * <link rel=stylesheet>, and every script or style <link rel=preload|modulepreload> (the
 * browser fetches those too), each counted once, fetched and gzipped at level 9.
 */
async function measureAssets(html, origin) {
  const js = new Set();
  const css = new Set();
  const noModule = new Set();
  for (const m of html.matchAll(/<script\b[^>]*>/g)) {
    const a = attributes(m[0]);
    // noModule scripts (polyfills) are skipped by every browser that runs the page's modules.
    if (a.src) ("nomodule" in a ? noModule : js).add(a.src);
  }
  for (const m of html.matchAll(/<link\b[^>]*>/g)) {
    const a = attributes(m[0]);
    const rel = (a.rel ?? "").split(/\s+/);
    if (!a.href) continue;
    if (rel.includes("stylesheet") || (rel.includes("preload") && a.as === "style")) css.add(a.href);
    else if (rel.includes("modulepreload") || (rel.includes("preload") && a.as === "script")) js.add(a.href);
  }
  const fetchAll = async (urls) => {
    const files = [];
    for (const src of urls) {
      const res = await get(new URL(src, origin).toString());
      if (res.status !== 200) throw new Error(`${src} answered ${res.status}`);
      files.push({ src, bytes: res.body.length, gzipBytes: gzipSync(res.body, { level: 9 }).length });
    }
    return { files, bytes: files.reduce((n, f) => n + f.bytes, 0), gzipBytes: files.reduce((n, f) => n + f.gzipBytes, 0) };
  };
  const script = await fetchAll(js);
  const style = await fetchAll(css);
  const inline = [...html.matchAll(/<script\b(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]).join("");
  const inlineStyle = [...html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/g)].map((m) => m[1]).join("");
  return {
    js: script,
    css: style,
    totalGzipBytes: script.gzipBytes + style.gzipBytes,
    noModuleSkipped: [...noModule],
    // Inside the HTML, so counted in its size, not here: the React Server Components payload.
    inlineScriptBytes: Buffer.byteLength(inline),
    inlineScriptGzipBytes: gzipSync(Buffer.from(inline), { level: 9 }).length,
    inlineStyleBytes: Buffer.byteLength(inlineStyle),
  };
}

/** One request as a browser would send it (gzip): what came back, for the record. */
async function probe(url, headers = GZIP) {
  const res = await get(url, headers);
  if (res.status !== 200) throw new Error(`${url} answered ${res.status}`);
  return {
    status: res.status,
    contentEncoding: res.headers["content-encoding"] ?? null,
    transferBytes: res.body.length,
    cacheControl: res.headers["cache-control"] ?? null,
    vary: res.headers["vary"] ?? null,
    setCookie: Boolean(res.headers["set-cookie"]),
    cacheStatus: res.headers["x-cache-status"] ?? null,
  };
}

function gitState(root) {
  const rev = spawnSync("git", ["rev-parse", "HEAD"], { cwd: root, encoding: "utf8" }).stdout.trim() || null;
  const dirty = spawnSync("git", ["status", "--porcelain", "--", "app", "components", "content", "lib", "next.config.js", "package.json"], { cwd: root, encoding: "utf8" }).stdout.trim() !== "";
  return { commit: rev, uncommittedAppChanges: dirty };
}

/**
 * Runs the guides benchmark. `root` is the project directory (with a production build in
 * .next), `tmp` a scratch directory. Returns the figures for bench/results/guides.json.
 */
export async function benchGuides({ root, tmp, seconds = 10, rounds = 2, rate = 500, lighthouseRuns = 3, threads = 2, connections = 32 }) {
  requireTools(root);
  const started = Date.now();
  const work = path.join(tmp, "guides");
  rmSync(work, { recursive: true, force: true });
  mkdirSync(path.join(work, "www"), { recursive: true });
  const nextBin = path.join(root, "node_modules", "next", "dist", "bin", "next");
  const groups = [];
  let stopping = false;

  try {
    // The empty baseline app first: its build needs the CPU to itself.
    console.log("building the empty Next.js app (bench/tmp/empty-next)…");
    const empty = buildEmptyNext({ root, tmp });
    console.log(`  built in ${empty.buildSeconds} s`);

    const nextPort = await freePort();
    const origin = `http://127.0.0.1:${nextPort}`;
    const db = path.join(work, "bench.db");
    console.log(`next start on ${origin} (fresh SQLite ${path.relative(root, db)}, sandbox on)`);
    const next = startGroup(process.execPath, [nextBin, "start", "-H", "127.0.0.1", "-p", String(nextPort)], {
      cwd: root,
      env: perchServerEnv({ db, origin }),
    });
    groups.push(next);
    next.on("exit", (code, signal) => {
      if (!stopping) console.error(`next start (Perch) exited during the bench (code ${code}, signal ${signal}):\n${next.output.slice(-4000)}`);
    });
    await waitForOk(`${origin}/api/health`, next);

    const emptyPort = await freePort();
    const emptyOrigin = `http://127.0.0.1:${emptyPort}`;
    console.log(`next start (empty app) on ${emptyOrigin}`);
    groups.push(await startEmptyNext({ root, dir: empty.dir, port: emptyPort }));

    // The largest guide page: every prerendered /guides/<slug>, by bytes of HTML.
    const manifest = JSON.parse(readFileSync(path.join(root, ".next", "prerender-manifest.json"), "utf8"));
    const guidePaths = Object.keys(manifest.routes).filter((r) => /^\/guides\/[^/]+$/.test(r));
    if (guidePaths.length === 0) throw new Error("no prerendered /guides/<slug> page in .next/prerender-manifest.json");
    const candidates = [];
    for (const p of guidePaths) {
      const res = await get(`${origin}${p}`);
      if (res.status !== 200) throw new Error(`${p} answered ${res.status}`);
      candidates.push({ path: p, htmlBytes: res.body.length, body: res.body });
    }
    candidates.sort((a, b) => b.htmlBytes - a.htmlBytes);
    const largest = candidates[0];
    const pagePath = largest.path;
    const html = largest.body;
    console.log(`largest guide page: ${pagePath}, ${html.length} bytes of HTML (of ${candidates.map((c) => `${c.path} ${c.htmlBytes}`).join(", ")})`);

    const emptyHtml = (await get(`${emptyOrigin}/`)).body;
    const assets = await measureAssets(html.toString("utf8"), origin);
    const emptyAssets = await measureAssets(emptyHtml.toString("utf8"), emptyOrigin);
    // For the "why": what Perch's layout loads on every page, seen on the 404 page.
    const notFound = await get(`${origin}/no-such-page-bench-baseline`);
    const layoutAssets = await measureAssets(notFound.body.toString("utf8"), origin);
    const layoutSrcs = new Set([...layoutAssets.js.files, ...layoutAssets.css.files].map((f) => f.src));
    const layout = {
      path: "/no-such-page-bench-baseline",
      totalGzipBytes: layoutAssets.totalGzipBytes,
      sharedGzipBytes: [...assets.js.files, ...assets.css.files].filter((f) => layoutSrcs.has(f.src)).reduce((n, f) => n + f.gzipBytes, 0),
    };
    console.log(`JS + CSS gzipped: guide page ${assets.totalGzipBytes} bytes, empty page ${emptyAssets.totalGzipBytes} bytes`);

    // Baseline: nginx serving the same HTML bytes as a file, precompressed once (gzip -9).
    const file = path.join(work, "www", `${pagePath.slice(1)}.html`);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, html);
    writeFileSync(`${file}.gz`, gzipSync(html, { level: 9 }));
    const staticPort = await freePort();
    const staticUrl = `http://127.0.0.1:${staticPort}${pagePath}`;
    groups.push(await startNginx({ prefix: path.join(work, "nginx-static"), httpConfText: staticServerConfig({ listen: `127.0.0.1:${staticPort}`, root: path.join(work, "www") }), readyUrl: staticUrl }));
    if (!(await get(staticUrl)).body.equals(html)) throw new Error("nginx does not serve the same bytes");

    // The production setup: deploy/nginx.conf, placeholders filled in, in front of next start.
    const proxyPort = await freePort();
    const proxyOrigin = `http://127.0.0.1:${proxyPort}`;
    const proxyPrefix = path.join(work, "nginx-proxy");
    const deployConf = renderDeployConfig(root, { LISTEN: `127.0.0.1:${proxyPort}`, SERVER_NAME: "localhost", UPSTREAM: `127.0.0.1:${nextPort}`, CACHE_DIR: path.join(proxyPrefix, "cache") });
    groups.push(await startNginx({ prefix: proxyPrefix, httpConfText: deployConf, readyUrl: `${proxyOrigin}/api/health` }));
    const proxyUrl = `${proxyOrigin}${pagePath}`;
    const proxyFirst = await probe(proxyUrl);
    const proxySecond = await probe(proxyUrl);
    const fromProxy = await get(proxyUrl);
    if (!fromProxy.body.equals(html)) throw new Error("the proxy (without gzip: gunzip) does not serve the same bytes as next start");
    console.log(`proxy: first request ${proxyFirst.cacheStatus}, second ${proxySecond.cacheStatus} (Cache-Control: ${proxySecond.cacheControl})`);

    const probes = {
      nextGuide: await probe(`${origin}${pagePath}`),
      nextEmpty: await probe(`${emptyOrigin}/`),
      nginxStatic: await probe(staticUrl),
      proxy: { ...proxySecond, firstCacheStatus: proxyFirst.cacheStatus },
    };

    const targets = {
      nextGuide: `${origin}${pagePath}`,
      nextEmpty: `${emptyOrigin}/`,
      nginxStatic: staticUrl,
      proxy: proxyUrl,
    };
    const wrkLoad = { threads, connections, seconds, headers: { "Accept-Encoding": "gzip" } };
    const throughput = Object.fromEntries(Object.keys(targets).map((k) => [k, []]));
    const fixed = { nginxStatic: [], proxy: [] };
    // Rounds interleave the servers, so a burst of other work on the machine hits all of
    // them rather than one; each figure is the best round (noise only ever slows a run).
    // A server that died mid-run is reported with how it ended and its last words.
    const ensureRunning = async () => {
      await new Promise((resolve) => setImmediate(resolve));
      for (const g of groups) {
        if (g.exitCode !== null || g.signalCode !== null) throw new Error(`${g.spawnargs.slice(0, 3).join(" ")} ended during the bench (code ${g.exitCode}, signal ${g.signalCode}):\n${g.output.slice(-4000)}`);
      }
    };
    const wrk = async (url, load) => {
      try {
        return runWrk(url, load);
      } catch (error) {
        await ensureRunning();
        throw error;
      }
    };
    for (let round = 1; round <= rounds; round++) {
      for (const [name, url] of Object.entries(targets)) {
        await ensureRunning();
        if (round === 1) await wrk(url, { ...wrkLoad, seconds: 3 });
        console.log(`round ${round}/${rounds}: wrk ${name} (${seconds}s)…`);
        const r = await wrk(url, wrkLoad);
        console.log(`  ${Math.round(r.requestsPerSecond)} req/s, p99 ${r.latencyMs.p99} ms`);
        throughput[name].push(r);
      }
      for (const name of Object.keys(fixed)) {
        await ensureRunning();
        console.log(`round ${round}/${rounds}: ${rate} req/s against ${name} (${seconds}s)…`);
        const r = await runFixedRate(targets[name], { rate, seconds, headers: { "accept-encoding": "gzip" } });
        console.log(`  achieved ${r.achievedRate} req/s, p50 ${r.latencyMs.p50} ms, p99 ${r.latencyMs.p99} ms (client send lag p99 ${r.sendLagMs.p99} ms)`);
        fixed[name].push(r);
      }
    }
    const best = (runs) => runs.reduce((a, b) => (b.requestsPerSecond > a.requestsPerSecond ? b : a));
    const bestLatency = (runs) => runs.reduce((a, b) => ((b.latencyMs.p99 ?? Infinity) < (a.latencyMs.p99 ?? Infinity) ? b : a));

    // Lighthouse on the production setup, as visitors get the page; its cache primed for
    // the browser's Accept-Encoding (a popular page is always cached).
    await ensureRunning();
    for (const url of [proxyUrl, ...[...assets.js.files, ...assets.css.files].map((f) => new URL(f.src, proxyOrigin).toString())]) {
      const res = await get(url, BROWSER_ENCODING);
      if (res.status !== 200) throw new Error(`priming the proxy's cache: ${url} answered ${res.status}${next.exitCode !== null || next.signalCode ? " (next start is no longer running)" : ""}`);
    }
    console.log(`lighthouse ×${lighthouseRuns} on ${proxyUrl}…`);
    let lighthouse;
    try {
      lighthouse = runLighthouse({ root, url: proxyUrl, work: path.join(work, "lighthouse"), runs: lighthouseRuns });
      console.log(`  performance ${lighthouse.median.performance}, accessibility ${lighthouse.median.accessibility} (runs: ${lighthouse.runs.map((r) => `${r.performance}/${r.accessibility}`).join(", ")})`);
    } catch (error) {
      // Recorded, not fatal: the other goals are still worth their minutes.
      lighthouse = { error: error instanceof Error ? error.message : String(error) };
      console.error(`  ${lighthouse.error}`);
    }

    const text = html.toString("utf8");
    const wrkVersion = spawnSync(WRK, ["-v"], { encoding: "utf8" }).stdout.split("\n")[0]?.trim() ?? "wrk";
    return {
      code: gitState(root),
      durationSeconds: Math.round((Date.now() - started) / 1000),
      page: {
        path: pagePath,
        htmlBytes: html.length,
        htmlGzipBytes: gzipSync(html, { level: 9 }).length,
        // The drawings as markup, and the RSC payload (which carries them a second time).
        svgMarkupBytes: [...text.matchAll(/<svg\b[\s\S]*?<\/svg>/g)].reduce((n, m) => n + Buffer.byteLength(m[0]), 0),
        inlineScriptBytes: assets.inlineScriptBytes,
        // How many <svg> elements the markup has, and how many the RSC payload describes again.
        svgElements: (text.match(/<svg\b/g) ?? []).length,
        rscSvgElements: [...text.matchAll(/<script\b(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].reduce((n, m) => n + (m[1].match(/\\?"\$\\?",\\?"svg\\?"/g) ?? []).length, 0),
        candidates: candidates.map((c) => ({ path: c.path, htmlBytes: c.htmlBytes })),
      },
      emptyPage: { app: "bench/tmp/empty-next", path: "/", htmlBytes: emptyHtml.length, buildSeconds: empty.buildSeconds },
      servers: {
        next: `next ${empty.nextVersion} (next start)`,
        nginx: nginxVersion(),
        proxy: "deploy/nginx.conf in front of next start",
      },
      load: {
        wrk: { tool: wrkVersion, threads, connections, seconds, headers: wrkLoad.headers },
        fixedRate: { rate, seconds, warmupSeconds: 2, connections: 64, headers: { "accept-encoding": "gzip" } },
        rounds,
        note: "client and servers share the same machine; each figure is the best of the rounds, servers interleaved",
      },
      probes,
      throughput: Object.fromEntries(Object.entries(throughput).map(([k, runs]) => [k, { ...best(runs), rounds: runs.map((r) => r.requestsPerSecond) }])),
      fixedRate: Object.fromEntries(Object.entries(fixed).map(([k, runs]) => [k, { ...bestLatency(runs), rounds: runs.map((r) => ({ p99: r.latencyMs.p99, achievedRate: r.achievedRate })) }])),
      assets: { guide: assets, empty: emptyAssets, layout },
      lighthouse,
    };
  } finally {
    stopping = true;
    for (const g of groups.reverse()) await stopGroup(g);
  }
}
