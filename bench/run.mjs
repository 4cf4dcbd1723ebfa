// npm run bench: performance figures, each against a baseline measured in the same run.
// Writes bench/results/<suite>.json and the summary table in bench/README.md.
//   node bench/run.mjs            (env: BENCH_SECONDS=10, BENCH_ROUNDS=2, BENCH_RATE=500,
//                                  BENCH_LIGHTHOUSE_RUNS=3, BENCH_RUNS=500, BENCH_RECORD_BEFORE=1)
//   BENCH_ONLY=drafts,vault-crypto npm run bench     some suites only (comma-separated)
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { benchDrafts } from "./drafts.mjs";
import { benchPolicy } from "./policy.mjs";
import { benchGuides } from "./guides.mjs";
import { evaluateGoals } from "./guides-goals.mjs";
import { machine, stopAll } from "./lib.mjs";
import { benchRateLimit } from "./rate-limit.mjs";
import { benchSignedIn } from "./signed-in.mjs";
import { benchVaultCrypto } from "./vault-crypto.mjs";
import { benchServiceApi } from "./service-api.mjs";
import { benchVaultPage } from "./vault-page.mjs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const tmp = path.join(root, "bench", "tmp");
const resultsDir = path.join(root, "bench", "results");
const readme = path.join(root, "bench", "README.md");
mkdirSync(tmp, { recursive: true });
mkdirSync(resultsDir, { recursive: true });

function ensureBuild() {
  if (existsSync(path.join(root, ".next", "BUILD_ID"))) {
    console.log("using the existing production build (.next/BUILD_ID); run `npx next build` first to measure fresh code");
    return;
  }
  console.log("no production build: running npx next build…");
  const result = spawnSync("npx", ["next", "build"], { cwd: root, stdio: "inherit", env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" } });
  if (result.status !== 0) throw new Error("next build failed");
}

const fmt = (n, digits = 0) => (n === null || n === undefined ? "–" : Number(n).toLocaleString("en-GB", { minimumFractionDigits: digits, maximumFractionDigits: digits }));
const kb = (bytes) => `${fmt(bytes / 1024, 1)} KiB`;

const shortCommit = (code) => (code?.commit ? `${code.commit.slice(0, 7)}${code.uncommittedAppChanges ? " with uncommitted changes" : ""}` : "an unknown commit");

function guidesSection(r, before) {
  const g = r.figures;
  const after = evaluateGoals(g);
  const prior = evaluateGoals(before?.measured?.figures);
  const priorById = new Map((prior ?? []).map((row) => [row.id, row]));
  const t = g.throughput;
  const fr = g.fixedRate;
  const missed = after.filter((row) => !row.met);
  const table = after
    .map((row) => `| ${row.goal} | ${priorById.get(row.id)?.value ?? "not measured"} | ${row.value} | ${row.met ? "**yes**" : "**no**"} (${row.versus}) |`)
    .join("\n");
  const o = before?.original?.figures;
  const original = o
    ? `The issue's figures came from the earlier bench (${before.original.date.slice(0, 10)}, \`${o.page.path}\`, no \`Accept-Encoding\`, so \`next start\` sent the HTML uncompressed): ${kb(o.page.htmlBytes)} of HTML, ${fmt(o.next.requestsPerSecond)} req/s against nginx's ${fmt(o.nginx.requestsPerSecond)} (${fmt(o.ratio.requestsPerSecond, 3)}×), p99 ${fmt(o.next.latencyMs.p99)} ms, ${kb(o.javascript.totalGzipBytes)} of gzipped script files.`
    : "";
  const sameRun = before?.measured?.date === r.date;
  const beforeLine = sameRun
    ? `"Before" is this very run, recorded as the figures to compare later runs with (bench/results/guides-before.json), on code whose guide pages are not yet lightened. ${original}`
    : before?.measured
    ? `"Before" is this bench's run of ${before.measured.date.slice(0, 10)} at ${shortCommit(before.measured.figures.code)}, before the guide pages were lightened (bench/results/guides-before.json). ${original}`
    : `No "before" run of this bench is recorded yet (BENCH_RECORD_BEFORE=1 records one). ${original}`;
  const serverRow = (name, label, probe) =>
    `| ${label} | ${fmt(t[name].requestsPerSecond)} | ${fmt(t[name].latencyMs.p50, 2)} ms | ${fmt(t[name].latencyMs.p99, 2)} ms | ${kb(probe.transferBytes)} ${probe.contentEncoding ?? "uncompressed"}${probe.cacheStatus ? `, cache ${probe.cacheStatus}` : ""} |`;
  const fixedRow = (name, label) =>
    `| ${label} | ${fmt(fr[name].achievedRate)} req/s | ${fmt(fr[name].latencyMs.p50, 2)} ms | ${fmt(fr[name].latencyMs.p90, 2)} ms | **${fmt(fr[name].latencyMs.p99, 2)} ms** | ${fmt(fr[name].latencyMs.max, 1)} ms | ${fr[name].errors + fr[name].non2xx} |`;
  const lh = g.lighthouse;
  return `## Guide pages: the "Light" goals of issue 11

Largest guide page: \`${g.page.path}\`, chosen by bytes of HTML among the ${g.page.candidates.length} prerendered \`/guides/*\` pages (${g.page.candidates.map((c) => `${c.path.replace("/guides/", "")} ${kb(c.htmlBytes)}`).join(", ")}). Measured ${r.date.slice(0, 10)} at ${shortCommit(g.code)} on ${r.machine.nproc} cores / ${fmt(r.machine.memoryGiB)} GiB (load average ${fmt(r.machine.loadAverage1m, 2)} at the start), Node ${r.machine.node}, ${g.servers.next}, ${g.servers.nginx}; the suite took ${fmt(g.durationSeconds)} s.${r.machine.loadAverage1m > r.machine.nproc / 2 ? ` Other work was running on the machine (load average ${fmt(r.machine.loadAverage1m, 2)} on ${r.machine.nproc} cores), so expect these figures to move between runs.` : ""}

| goal | before | after | met? |
|---|---|---|---|
${table}

${beforeLine}

${
  missed.length
    ? `### Missed: by how much, and why\n\n${missed.map((row) => `- **${row.goal}**: ${row.versus}: ${row.missedBy}. Why: ${row.why}`).join("\n")}`
    : "Every goal is met."
}

### The runs behind the table

Maximum throughput (\`${t.nextGuide.command.replace(/http\S+/, "<url>")}\`; best of ${g.load.rounds} round${g.load.rounds === 1 ? "" : "s"}, servers interleaved, each after a 3 s warm-up):

| server | requests/s | p50 | p99 | each answer |
|---|---:|---:|---:|---:|
${serverRow("nextGuide", `guide page, bare \`next start\``, g.probes.nextGuide)}
${serverRow("nextEmpty", `empty Next.js page, bare \`next start\` (baseline)`, g.probes.nextEmpty)}
${serverRow("nginxStatic", `guide page as a file, nginx (baseline)`, g.probes.nginxStatic)}
${serverRow("proxy", `guide page, production setup (deploy/nginx.conf → \`next start\`)`, g.probes.proxy)}

Fixed rate, ${fmt(fr.proxy.targetRate)} req/s for ${g.load.fixedRate.seconds} s after a ${g.load.fixedRate.warmupSeconds} s warm-up (best p99 of ${g.load.rounds} round${g.load.rounds === 1 ? "" : "s"}; the client's own send lag, inside every figure, had p99 ${fmt(fr.nginxStatic.sendLagMs.p99, 2)} ms in nginx's run and ${fmt(fr.proxy.sendLagMs.p99, 2)} ms in the proxy's):

| server | achieved | p50 | p90 | p99 | max | errors |
|---|---:|---:|---:|---:|---:|---:|
${fixedRow("nginxStatic", "guide page as a file, nginx (baseline)")}
${fixedRow("proxy", "guide page, production setup")}

JS + CSS (every \`<script src>\`, \`<link rel=stylesheet>\` and script/style preload, fetched and gzipped at level 9): guide page ${kb(g.assets.guide.js.gzipBytes)} JS in ${g.assets.guide.js.files.length} files + ${kb(g.assets.guide.css.gzipBytes)} CSS in ${g.assets.guide.css.files.length}; empty page ${kb(g.assets.empty.js.gzipBytes)} JS in ${g.assets.empty.js.files.length} files + ${kb(g.assets.empty.css.gzipBytes)} CSS. Inside the guide page's HTML, not counted here: ${kb(g.assets.guide.inlineScriptGzipBytes)} gzipped of inline scripts.

${lh.error ? `Lighthouse failed: ${lh.error.split("\n")[0]}` : `Lighthouse: ${lh.tool}, ${lh.runs.length} run${lh.runs.length === 1 ? "" : "s"} on the production setup's URL, median by performance: ${Object.entries(lh.median.metrics).map(([id, m]) => `${id.replaceAll("-", " ")} ${m.display}`).join(", ")}.`}

### How it is measured

- **Every load test sends \`Accept-Encoding: gzip\`**, as browsers do, and every server answers gzipped (see "each answer" above). Client and servers share the machine's ${r.machine.nproc} cores, so absolute figures are low; the goals are ratios against baselines measured in the same run.
- **Baselines.** nginx serves the very HTML bytes \`next start\` sent, as a file, with a copy gzipped once (level 9) beside it (\`gzip_static\`), the best a static server can do. The empty Next.js page is an app of one layout and one page with one line of text, written to bench/tmp/empty-next and built with this repository's \`next\` at bench time, then served by \`next start\` like Perch.
- **The production setup** is [deploy/nginx.conf](../deploy/nginx.conf), the file the README's "Production" section points to, with its placeholders filled in by the bench (bench/nginx.mjs) and nothing else changed: nginx caches what Next.js's \`Cache-Control\` allows and keeps Next.js's gzipped answer, so each page is compressed once. The bench checks the second request is a cache HIT and that a client without gzip gets the same bytes as from \`next start\`.
- **Maximum throughput**: wrk, ${g.load.wrk.threads} threads, ${g.load.wrk.connections} connections, ${g.load.wrk.seconds} s.
- **Fixed rate**: wrk only measures at full speed, wrk2 is not packaged for Debian, and autocannon (like wrk) sends a request only when an earlier one has answered, so a stalled server gets fewer requests and its stall is hidden in the latency figures ("coordinated omission"). bench/lib.mjs has a small open-loop client instead: request *i* is sent at start + *i*/rate whether or not the others have answered (up to ${g.load.fixedRate.connections} keep-alive connections), and its latency counts from that due time to the last byte. Its own timer lag is recorded; it is inside both servers' figures alike.
- **JS + CSS**: each file fetched uncompressed and gzipped at level 9, so the figure does not depend on which server compressed it. \`noModule\` scripts (Next.js's polyfills) are left out: browsers that run the page skip them.
- **Lighthouse** (a devDependency; it declares Node ≥ 22.19, so \`npm ci\` warns on Node 20, and it runs fine there): the default mobile preset (simulated slow 4G, 4× CPU slow-down), Debian's /usr/bin/chromium headless (\`--headless=new --no-sandbox\`, no background networking), performance and accessibility only, through the production setup with its cache primed; median of the runs by performance score. Its CPU slow-down multiplies what this machine measures, so a busy machine lowers the performance score.
- Rounds: throughput and fixed-rate runs alternate between servers; each figure is the best round, since other work on the machine only ever slows a run. All rounds are in the JSON.

Run it: \`npx next build && BENCH_ONLY=guides npm run bench\` (needs nginx, wrk and chromium from Debian: \`bash bench/ensure-tools.sh\`). Knobs: \`BENCH_SECONDS\` (${g.load.wrk.seconds}), \`BENCH_ROUNDS\` (${g.load.rounds}), \`BENCH_RATE\` (${fmt(fr.proxy.targetRate)}), \`BENCH_LIGHTHOUSE_RUNS\` (${lh.runs?.length ?? "–"}).

Full figures: [results/guides.json](results/guides.json); before: [results/guides-before.json](results/guides-before.json).`;
}

function draftsSection(r) {
  const d = r.figures;
  const row = (label, t) => `| ${label} | ${fmt(t.medianMs, 3)} ms | ${fmt(t.p99Ms, 3)} ms | ${fmt(t.maxMs, 3)} ms |`;
  return `## Policy check (drafting helper)

\`lintDraft\` from \`lib/drafts/\` on a realistic ${fmt(d.input.characters)}-character use-case description (${fmt(d.input.words)} words, every section filled, composed from a full answer set and extended with further detail) and its ${d.input.rules} rules, measured ${r.date.slice(0, 10)} on ${r.machine.nproc} cores / ${fmt(r.machine.memoryGiB)} GiB (load average ${fmt(r.machine.loadAverage1m, 2)} at the start), Node ${r.machine.node}; ${fmt(d.lintWithAnswers.runs)} runs after a warm-up. The browser runs the same code on every keystroke, so the goal is under one frame (${d.frame.budgetMs} ms).

| what | median | p99 | max |
|---|---:|---:|---:|
${row("lint, text + full answer set", d.lintWithAnswers)}
${row("lint, text only (as the endpoint without answers)", d.lintTextOnly)}
${row(`compose the draft from the answers, then lint it (one keystroke; ${fmt(d.input.composedCharacters)} characters as composed)`, d.composeAndLint)}
${row("baseline: one regex pass with the rules' key words", d.baseline)}
${row("JSON.stringify of the full answer set", d.answersStringify)}
| **ratio lint / regex baseline** | **${fmt(d.ratio.medianVsBaseline, 1)}×** | **${fmt(d.ratio.p99VsBaseline, 1)}×** | |

The first call in a fresh process took ${fmt(d.firstCallMs, 1)} ms (stems and pattern indexes are built once). p99 ${d.frame.p99WithinBudget ? "is within" : "exceeds"} one frame for the lint and ${d.frame.keystrokeP99WithinBudget ? "within" : "over"} it for compose + lint. The baseline is what a naive keyword linter costs: the check does far more per word (stems, concept lists, negation scope, sections, numbers), and the ratio says what that costs. Findings on this text: ${d.input.findings.length ? d.input.findings.join(", ") : "none"}.

Full figures: [results/drafts.json](results/drafts.json).`;
}

function policySection(r) {
  const p = r.figures;
  const TOPIC_NAMES = { posting: "posting", replies: "replies and mentions", dms: "Direct Messages", engagement: "engagement", promotions: "promotions and commerce", data: "data and research", automation: "automation rules" };
  const rate = (x, n, d) => (x === null ? "–" : `${fmt(x, 1)} % (${n}/${d})`);
  const row = (name, t) =>
    `| ${name} | ${p.rules.byTopic[name === "**all**" ? "" : Object.keys(TOPIC_NAMES).find((k) => TOPIC_NAMES[k] === name)] ?? fmt(p.rules.after)} | ${t.problems} / ${t.clean} | ${rate(t.before.recallPct, t.before.caught, t.problems)} | **${rate(t.after.recallPct, t.after.caught, t.problems)}** | ${rate(t.before.falseAlarmPct, t.before.falseAlarms, t.clean)} | **${rate(t.after.falseAlarmPct, t.after.falseAlarms, t.clean)}** |`;
  const md = p.maxDraft;
  const mdRow = (name, label) => `| ${label} | ${fmt(md[name].characters)} | ${fmt(md[name].steps)} (${fmt(md[name].stepsPerChar, 2)} per character) | ${fmt(md[name].beforeMedianMs)} ms | **${fmt(md[name].afterMedianMs)} ms** |`;
  return `## Policy check: recall and false alarms per guideline topic

\`lintDraft\` on the held-out set in [policy-heldout.mjs](policy-heldout.mjs): ${p.heldOut.texts} use-case sentences written for this bench only (none is in the rules' tests, and the rules were not tuned on them), each labelled with its topic in X's Developer Guidelines and whether the guidelines allow it. **Recall**: problem texts with at least one finding of their topic. **False alarms**: allowed texts (many the user-initiated or negated twin of a problem text) with one. "Before" is the check at commit \`${p.baseline}\` (${p.rules.before} rules, before it followed the current guidelines), run on the same texts in the same process; its rules had no topics, so any risky or limits finding counts for it. After: ${p.rules.after} rules. Measured ${r.date.slice(0, 10)}, Node ${r.machine.node}.

| topic | rules | problem / clean texts | recall before | recall after | false alarms before | false alarms after |
|---|---:|---:|---:|---:|---:|---:|
${Object.entries(TOPIC_NAMES).map(([k, name]) => row(name, p.byTopic[k])).join("\n")}
${row("**all**", p.total)}

Missed (${p.misses.length}): ${p.misses.map((t) => `"${t}"`).join("; ") || "none"}.

False alarms (${p.falseAlarms.length}): ${p.falseAlarms.map((f) => `"${f.text}" (${f.rules.join(", ")})`).join("; ") || "none"}.

### The re-check on save of the largest draft (issue 15)

Every editable section at its 20,000-character limit, three shapes: ordinary policy prose, thousands of section headings (the shape that was slowest), and one run-on "sentence" with no stops. Work is counted in matcher steps (the unit lib/drafts/lint-bounds.test.ts bounds, at most 30 per character); time is the median of ${r.figures.runs} runs each, before and after interleaved, on a shared machine (load average ${fmt(r.machine.loadAverage1m, 2)} at the start), so read the times as rough.

| shape | characters | matcher steps | before | after |
|---|---:|---:|---:|---:|
${mdRow("prose", "policy prose")}
${mdRow("headings", "thousands of headings")}
${mdRow("noStops", "no sentence stops")}

Full figures: [results/policy.json](results/policy.json).`;
}

/** Replaces (or appends) one marked section of bench/README.md, leaving the rest alone. */
function writeReadmeSection(name, body) {
  const start = `<!-- ${name}:start -->`;
  const end = `<!-- ${name}:end -->`;
  const block = `${start}\n${body}\n${end}`;
  const head = "# Benchmarks\n\n`npm run bench` (`node bench/run.mjs`) measures each figure against a baseline in the same run and writes `bench/results/*.json`. Sections below are regenerated by the script; numbers are from the last run on the machine named in each section.\n";
  let text = existsSync(readme) ? readFileSync(readme, "utf8") : head;
  const re = new RegExp(`${start}[\\s\\S]*?${end}`);
  text = re.test(text) ? text.replace(re, block) : `${text.trimEnd()}\n\n${block}\n`;
  writeFileSync(readme, text);
}

function vaultCryptoSection(r) {
  const { fields, rotation } = r.figures;
  const row = (f, op) => `| ${f.size} | ${op} | ${fmt(f[op].perch.medianNsPerOp)} ns | ${fmt(f[op].raw.medianNsPerOp)} ns | **${fmt(f[op].ratio, 2)}×** |`;
  const rot = (x) =>
    `| ${x.provider} | ${fmt(x.teams)} teams (${fmt(x.teams * x.fieldsPerTeam)} fields) | **${fmt(x.rotation.seconds, 2)} s** (${fmt(x.rotation.teamsPerSecond)} teams/s) | ${fmt(x.verifyAfter.seconds, 2)} s (${fmt(x.verifyAfter.fieldsPerSecond)} fields/s) |`;
  return `## Vault encryption

Measured ${r.date.slice(0, 10)} on ${r.machine.nproc} cores / ${fmt(r.machine.memoryGiB)} GiB (load average ${fmt(r.machine.loadAverage1m, 2)} at the start), Node ${r.machine.node}.

Per credential field: \`encryptField\` / \`decryptField\` (lib/vault/crypto.ts: version byte, associated data built from team, credential and field) against raw \`node:crypto\` AES-256-GCM (\`createCipheriv\` with a random 96-bit nonce and the same associated data) on the same inputs, in the same process. Median ns per operation over ${fields[0].rounds} rounds (${fmt(fields[0].iterationsPerRound)} and ${fmt(fields[1].iterationsPerRound)} operations per round), Perch and raw interleaved; the ratio is the median of the per-round ratios. Goal: ≤ 1.5×.

| value | operation | Perch | raw AES-GCM | ratio |
|---|---|---:|---:|---:|
${fields.flatMap((f) => [row(f, "encrypt"), row(f, "decrypt")]).join("\n")}

Master-key rotation (\`rewrapDataKeys\`, batches of ${rotation[0].batchSize}: each data key unwrapped with the old key, wrapped with the new one, checked before and after it is written), on a fresh database, then \`verifyVault\` opening every key and field with only the new key:

| database | vault | rotation | verify afterwards |
|---|---|---:|---:|
${rotation.map(rot).join("\n")}

Full figures: [results/vault-crypto.json](results/vault-crypto.json).`;
}

function vaultPageSection(r) {
  const v = r.figures;
  const row = (label, x) => `| ${label} | ${fmt(x.requestsPerSecond, 1)} | ${fmt(x.latencyMs.p50, 2)} ms | **${fmt(x.latencyMs.p95, 2)} ms** | ${fmt(x.latencyMs.p99, 2)} ms | ${fmt(x.latencyMs.max, 1)} ms |`;
  return `## Vault page

\`/vault/<team>\` signed in as the team's owner, for a team whose vault holds ${fmt(v.team.credentials)} credentials (${fmt(v.team.apps)} apps × ${v.team.fieldsPerApp} fields, written through the app's own functions: encrypted, audited; the page lists ${v.team.appsPerPage} apps at a time with health), served by \`next start\` (production build, SQLite), against the bare Prisma query for the rows the page lists (the select of \`findVaultApps\`) from ${v.load.connections} callers at once in one Node process on the same database file. Both: ${v.load.connections} concurrent callers, each sending its next request when the last answered, ${v.load.seconds} s after a warm-up. Measured ${r.date.slice(0, 10)} on ${r.machine.nproc} cores / ${fmt(r.machine.memoryGiB)} GiB (load average ${fmt(r.machine.loadAverage1m, 2)} at the start), Node ${r.machine.node}; the suite took ${fmt(v.durationSeconds)} s. Goal: page p95 ≤ 3× the query's.

| what | per second | p50 | p95 | p99 | max |
|---|---:|---:|---:|---:|---:|
${row(`vault page (${fmt(v.page.bytesPerResponse / 1024, 1)} KiB gzipped)`, v.page)}
${row(`the same page listing no app (\`?q=no-such-app\`: every query runs, no row is rendered; ${fmt(v.pageWithoutRows.bytesPerResponse / 1024, 1)} KiB)`, v.pageWithoutRows)}
${row(`bare query (${fmt(v.bareQuery.rows)} rows)`, v.bareQuery)}
| **ratio page / query** | | ${fmt(v.ratio.p50, 2)}× | **${fmt(v.ratio.p95, 2)}×** (${fmt(v.ratio.withoutRowsP95, 2)}× listing nothing) | | |

${
  v.ratio.p95 <= 3
    ? "The goal is met."
    : `**The goal is missed** by ${fmt(v.ratio.p95 / 3, 1)}×. Why: both sides run on one Node thread, so at ${v.load.connections} connections a request waits for the ones ahead of it and the ratio is the ratio of CPU per request. The query takes ${fmt(1000 / v.bareQuery.requestsPerSecond, 2)} ms of it; the page ${fmt(1000 / v.page.requestsPerSecond, 1)} ms: ${fmt(1000 / v.pageWithoutRows.requestsPerSecond, 1)} ms with no row listed (Next.js rendering the layout, header, tabs and filters, and the session, membership, apps, settings and drafts queries), and the rest for the ${v.team.appsPerPage} listed rows, rendered twice (HTML and the React payload). Listing nothing already costs ${fmt(v.ratio.withoutRowsP95, 1)}× the query.`
}

The page's figure is what a client on the same machine waits, HTTP included; the query's is the time from calling Prisma to its rows. Run it: \`npx next build && BENCH_ONLY=vault-page npm run bench\` (knobs: \`BENCH_SECONDS\`, \`BENCH_VAULT_APPS\`, \`BENCH_VAULT_FIELDS\`). Full figures: [results/vault-page.json](results/vault-page.json).`;
}

async function runVaultPage(host) {
  ensureBuild();
  const figures = await benchVaultPage({
    root,
    tmp,
    seconds: Number(process.env.BENCH_SECONDS ?? 10),
    apps: Number(process.env.BENCH_VAULT_APPS ?? 200),
    fieldsPerApp: Number(process.env.BENCH_VAULT_FIELDS ?? 5),
  });
  const result = { benchmark: "vault-page", date: new Date().toISOString(), machine: host, figures };
  writeFileSync(path.join(resultsDir, "vault-page.json"), `${JSON.stringify(result, null, 2)}\n`);
  writeReadmeSection("vault-page", vaultPageSection(result));
  const f = figures;
  console.log(`\nvault page (${fmt(f.team.credentials)} credentials), ${f.load.connections} connections`);
  console.log(`  page : p50 ${fmt(f.page.latencyMs.p50, 2)} ms, p95 ${fmt(f.page.latencyMs.p95, 2)} ms (${fmt(f.page.requestsPerSecond, 1)} req/s)`);
  console.log(`  query: p50 ${fmt(f.bareQuery.latencyMs.p50, 2)} ms, p95 ${fmt(f.bareQuery.latencyMs.p95, 2)} ms`);
  console.log(`  ratio: ${fmt(f.ratio.p50, 2)}× p50, ${fmt(f.ratio.p95, 2)}× p95 (goal p95 ≤ 3×)`);
  console.log("wrote bench/results/vault-page.json and bench/README.md");
}

function serviceApiSection(r) {
  const v = r.figures;
  const row = (label, x) => `| ${label} | ${fmt(x.requestsPerSecond, 1)} | ${fmt(x.latencyMs.p50, 2)} ms | **${fmt(x.latencyMs.p95, 2)} ms** | ${fmt(x.latencyMs.p99, 2)} ms | ${fmt(x.latencyMs.max, 1)} ms |`;
  return `## Read API (service tokens)

\`GET /api/v1/secrets?app=<name>&environment=production\` (what \`perch run\` calls) for one app with ${v.app.fields} credential fields, each request with a service token (taking turns over ${v.app.tokens} tokens, so the per-token limit of 600 a minute never answers), served by \`next start\` (production build, SQLite), against the bare Prisma query for the same app and its fields (the query \`readAppSecrets\` makes) from ${v.load.connections} callers at once in one Node process on the same database file, and that query with the fields decrypted. All: ${v.load.connections} concurrent callers, each sending its next request when the last answered, ${v.load.seconds} s after a warm-up. Measured ${r.date.slice(0, 10)} on ${r.machine.nproc} cores / ${fmt(r.machine.memoryGiB)} GiB (load average ${fmt(r.machine.loadAverage1m, 2)} at the start), Node ${r.machine.node}; the suite took ${fmt(v.durationSeconds)} s.

| what | per second | p50 | p95 | p99 | max |
|---|---:|---:|---:|---:|---:|
${row(`read API (${fmt(v.api.bytesPerResponse)} bytes of JSON)`, v.api)}
${row("`GET /api/health` on the same server (HTTP, Next.js, the guard, one query)", v.health)}
${row(`bare query (${fmt(v.bareQuery.rows)} field rows)`, v.bareQuery)}
${row("the same query, fields decrypted", v.queryAndDecrypt)}
| **ratio API / bare query** | | ${fmt(v.ratio.p50, 2)}× | **${fmt(v.ratio.p95, 2)}×** (${fmt(v.ratio.p95VersusDecrypt, 2)}× the decrypting query, ${fmt(v.ratio.p95VersusHealth, 2)}× the health route) | | |

Per request the API does what the bare query does not: it finds the token by its lookup id and checks its hash, checks the app against the token's scope (a second query), decrypts the ${v.app.fields} fields (unwrapping the team's data key), writes an audit entry and, at most once a minute per token, the token's last use; and it answers over HTTP through Next.js. Both sides run on one Node thread, so at ${v.load.connections} callers a request waits for those ahead of it and the ratio is mostly the ratio of CPU per request; the health route shows how much of that any route on this server pays before its own work.${r.machine.loadAverage1m > r.machine.nproc ? ` **This run shared the machine with other work** (load average ${fmt(r.machine.loadAverage1m, 2)} on ${r.machine.nproc} cores): the server and the query worker got different shares of the CPU at different times, so the absolute figures are several times a quiet machine's and the ratios are rough.` : ""} The API's figure is what a client on the same machine waits, HTTP included; the query's is the time from calling Prisma to its rows. Run it: \`npx next build && BENCH_ONLY=service-api npm run bench\` (knob: \`BENCH_SECONDS\`). Full figures: [results/service-api.json](results/service-api.json).`;
}

async function runServiceApi(host) {
  ensureBuild();
  const figures = await benchServiceApi({ root, tmp, seconds: Number(process.env.BENCH_SECONDS ?? 10) });
  const result = { benchmark: "service-api", date: new Date().toISOString(), machine: host, figures };
  writeFileSync(path.join(resultsDir, "service-api.json"), `${JSON.stringify(result, null, 2)}\n`);
  writeReadmeSection("service-api", serviceApiSection(result));
  const f = figures;
  console.log(`\nread API, ${f.load.connections} connections`);
  console.log(`  API  : p50 ${fmt(f.api.latencyMs.p50, 2)} ms, p95 ${fmt(f.api.latencyMs.p95, 2)} ms (${fmt(f.api.requestsPerSecond, 1)} req/s)`);
  console.log(`  query: p50 ${fmt(f.bareQuery.latencyMs.p50, 2)} ms, p95 ${fmt(f.bareQuery.latencyMs.p95, 2)} ms; decrypting: p95 ${fmt(f.queryAndDecrypt.latencyMs.p95, 2)} ms`);
  console.log(`  health: p95 ${fmt(f.health.latencyMs.p95, 2)} ms`);
  console.log(`  ratio: ${fmt(f.ratio.p50, 2)}× p50, ${fmt(f.ratio.p95, 2)}× p95 (${fmt(f.ratio.p95VersusHealth, 2)}× the health route)`);
  console.log("wrote bench/results/service-api.json and bench/README.md");
}

const SUITES = ["guides", "drafts", "policy", "vault-crypto", "vault-page", "rate-limit", "service-api", "signed-in"];

function readBefore() {
  const file = path.join(resultsDir, "guides-before.json");
  return existsSync(file) ? JSON.parse(readFileSync(file, "utf8")) : { original: null, measured: null };
}

async function runGuides(host) {
  // BENCH_RECORD_BEFORE=1 keeps this run as the "before" figures, once: on the code before
  // a change. It refuses to replace a recorded run unless told "force".
  const record = process.env.BENCH_RECORD_BEFORE ?? "";
  const before = readBefore();
  if (record && before.measured && record !== "force") throw new Error("bench/results/guides-before.json already holds a measured run; BENCH_RECORD_BEFORE=force replaces it");
  ensureBuild();
  const figures = await benchGuides({
    root,
    tmp,
    seconds: Number(process.env.BENCH_SECONDS ?? 10),
    rounds: Number(process.env.BENCH_ROUNDS ?? 2),
    rate: Number(process.env.BENCH_RATE ?? 500),
    lighthouseRuns: Number(process.env.BENCH_LIGHTHOUSE_RUNS ?? 3),
  });
  const result = { benchmark: "guides", date: new Date().toISOString(), machine: host, figures };
  writeFileSync(path.join(resultsDir, "guides.json"), `${JSON.stringify(result, null, 2)}\n`);
  if (record) {
    before.measured = result;
    writeFileSync(path.join(resultsDir, "guides-before.json"), `${JSON.stringify(before, null, 2)}\n`);
    console.log("recorded this run as the \"before\" figures in bench/results/guides-before.json");
  }
  writeReadmeSection("guides", guidesSection(result, before));
  console.log(`\nguide page ${figures.page.path} (${figures.durationSeconds} s)`);
  for (const row of evaluateGoals(figures)) console.log(`  ${row.met ? "met   " : "MISSED"} ${row.goal}: ${row.value}`);
  console.log(`wrote bench/results/guides.json and bench/README.md`);
}

async function runDrafts(host) {
  const figures = await benchDrafts({ runs: Number(process.env.BENCH_RUNS ?? 500) });
  const result = { benchmark: "drafts", date: new Date().toISOString(), machine: host, figures };
  writeFileSync(path.join(resultsDir, "drafts.json"), `${JSON.stringify(result, null, 2)}\n`);
  writeReadmeSection("drafts", draftsSection(result));
  const d = result.figures;
  console.log(`\npolicy check on ${fmt(d.input.characters)} characters`);
  console.log(`  lint + answers : median ${fmt(d.lintWithAnswers.medianMs, 3)} ms, p99 ${fmt(d.lintWithAnswers.p99Ms, 3)} ms`);
  console.log(`  regex baseline : median ${fmt(d.baseline.medianMs, 3)} ms, p99 ${fmt(d.baseline.p99Ms, 3)} ms`);
  console.log(`  ratio          : ${fmt(d.ratio.medianVsBaseline, 1)}× median, ${fmt(d.ratio.p99VsBaseline, 1)}× p99`);
  console.log(`wrote bench/results/drafts.json and bench/README.md`);
}

async function runPolicy(host) {
  const runs = Number(process.env.BENCH_POLICY_RUNS ?? 5);
  const figures = { ...(await benchPolicy({ root, tmp, runs })), runs };
  const result = { benchmark: "policy", date: new Date().toISOString(), machine: host, figures };
  writeFileSync(path.join(resultsDir, "policy.json"), `${JSON.stringify(result, null, 2)}\n`);
  writeReadmeSection("policy", policySection(result));
  const t = figures.total;
  console.log(`\npolicy check on ${figures.heldOut.texts} held-out texts (${figures.rules.before} → ${figures.rules.after} rules)`);
  console.log(`  recall      : ${fmt(t.before.recallPct, 1)} % → ${fmt(t.after.recallPct, 1)} %`);
  console.log(`  false alarms: ${fmt(t.before.falseAlarmPct, 1)} % → ${fmt(t.after.falseAlarmPct, 1)} %`);
  console.log(`wrote bench/results/policy.json and bench/README.md`);
}

function runVaultCrypto(host) {
  const figures = benchVaultCrypto({ root, tmp });
  const result = { benchmark: "vault-crypto", date: new Date().toISOString(), machine: host, figures };
  writeFileSync(path.join(resultsDir, "vault-crypto.json"), `${JSON.stringify(result, null, 2)}\n`);
  writeReadmeSection("vault-crypto", vaultCryptoSection(result));
  console.log("\nvault encryption (Perch vs raw AES-256-GCM, median ns/op)");
  for (const f of figures.fields) {
    for (const op of ["encrypt", "decrypt"]) console.log(`  ${f.size.padEnd(13)} ${op}: ${fmt(f[op].perch.medianNsPerOp)} vs ${fmt(f[op].raw.medianNsPerOp)} ns, ratio ${fmt(f[op].ratio, 2)}×`);
  }
  for (const x of figures.rotation) console.log(`  rotation of ${fmt(x.teams)} teams on ${x.provider}: ${fmt(x.rotation.seconds, 2)} s (${fmt(x.rotation.teamsPerSecond)} teams/s)`);
  console.log(`wrote bench/results/vault-crypto.json and bench/README.md`);
}

function rateLimitSection(r) {
  const f = r.figures;
  const row = (e) =>
    `| ${e.provider} | **${fmt(e.hit.medianUs)} µs** (p99 ${fmt(e.hit.p99Us)} µs) | ${fmt(e.firstHitOfACaller.medianUs)} µs | ${fmt(e.select1.medianUs)} µs (p99 ${fmt(e.select1.p99Us)} µs) | **${fmt(e.ratio.hitVsSelect1, 2)}×** | ${fmt(e.hit.concurrentPerSecond)} / ${fmt(e.select1.concurrentPerSecond)} |`;
  return `## Rate limits in the database

What one rate-limit hit costs (\`RateLimiter.hit\`, lib/guard/rate-limit.ts: one upsert that counts or refuses and returns the window) now that every instance shares the windows, against the cheapest statement the same Prisma client can send (\`SELECT 1\`) on the same database, in one Node process: ${fmt(f.calls)} calls one after another (median and p99 latency), then ${fmt(f.calls)} with ${f.concurrency} in flight (calls per second). A guarded request makes one hit (two with a global cap). Measured ${r.date.slice(0, 10)} on ${r.machine.nproc} cores / ${fmt(r.machine.memoryGiB)} GiB (load average ${fmt(r.machine.loadAverage1m, 2)} at the start), Node ${r.machine.node}; SQLite is a fresh file (WAL), PostgreSQL a throwaway database on the local server.

| database | hit (a caller's later call: UPDATE) | first hit of a caller (INSERT) | \`SELECT 1\` | hit ÷ \`SELECT 1\` | per second, ${f.concurrency} in flight (hit / \`SELECT 1\`) |
|---|---:|---:|---:|---:|---:|
${f.engines.map(row).join("\n")}

The in-memory window the limiter used before (a \`Map\` per process, which several instances could not share) costs ${fmt(f.memory.medianUs, 1)} µs. On PostgreSQL a hit's own transaction does not wait for its WAL flush (\`synchronous_commit\` off for that statement only): waiting for it made a hit 11.4 ms, 22.7× \`SELECT 1\`, in the first run of this bench on the same machine. Run it: \`BENCH_ONLY=rate-limit npm run bench\` (knobs: \`BENCH_LIMIT_CALLS\`, \`BENCH_POSTGRES_URL\`). Full figures: [results/rate-limit.json](results/rate-limit.json).`;
}

function runRateLimit(host) {
  const figures = benchRateLimit({ root, tmp });
  const result = { benchmark: "rate-limit", date: new Date().toISOString(), machine: host, figures };
  writeFileSync(path.join(resultsDir, "rate-limit.json"), `${JSON.stringify(result, null, 2)}\n`);
  writeReadmeSection("rate-limit", rateLimitSection(result));
  for (const e of figures.engines) console.log(`rate-limit hit on ${e.provider}: ${fmt(e.hit.medianUs)} µs median vs SELECT 1 ${fmt(e.select1.medianUs)} µs (${fmt(e.ratio.hitVsSelect1, 2)}×)`);
  console.log("wrote bench/results/rate-limit.json and bench/README.md");
}

function signedInSection(r) {
  const { pages, queries, load } = r.figures;
  const per = (x) => 1000 / x.requestsPerSecond;
  const rows = Object.values(pages)
    .map((p) => `| \`${p.path}\`${p.signedIn ? ", signed in" : ""} | ${fmt(p.requestsPerSecond)} | ${fmt(p.latencyMs.p50, 1)} ms | ${fmt(p.latencyMs.p95, 1)} ms | ${fmt(per(p), 2)} ms | ${fmt(p.requestsPerSecond / pages.prerendered.requestsPerSecond, 2)}× |`)
    .join("\n");
  const qrows = Object.entries(queries)
    .map(([name, q]) => `| ${name} | ${fmt(q.requestsPerSecond)} | ${fmt(q.latencyMs.p50, 2)} ms | ${fmt(1000 / q.requestsPerSecond, 3)} ms |`)
    .join("\n");
  const layer = (a, b) => fmt(per(pages[b]) - per(pages[a]), 2);
  return `## Signed-in pages: where the time goes

One production build under \`next start\` (SQLite), ${load.connections} connections, pages that add one layer at a time, measured in ${load.rounds} interleaved rounds of ${load.seconds} s each after a warm-up (each page's row is its median round; all rounds' req/s in the JSON). With the server saturated, 1000 ÷ (requests per second) is the server time one request costs, so the difference between two rows is what the added layer costs. Measured ${r.date.slice(0, 10)} on ${r.machine.nproc} cores / ${fmt(r.machine.memoryGiB)} GiB (load average ${fmt(r.machine.loadAverage1m, 2)} at the start: other work shares this machine, so read the rows against each other, not as absolutes), Node ${r.machine.node}.

| page | req/s | p50 | p95 | server time per request | vs prerendered |
|---|---:|---:|---:|---:|---:|
${rows}

| layer | server time per request |
|---|---:|
| rendering a dynamic page at all (root layout, providers, the page; no database) | ${layer("prerendered", "dynamicSignedOut")} ms |
| being signed in on the smallest signed-in page (session lookup, its own query and list) | ${layer("dynamicSignedOut", "sessionsPage")} ms |

So most of a signed-in request's time is spent before the person matters: rendering any dynamic page (root layout, providers, the React server render and its RSC payload) costs ${layer("prerendered", "dynamicSignedOut")} ms here, against ${layer("dynamicSignedOut", "sessionsPage")} ms for everything being signed in adds, of which the session lookup and the sessions list themselves take about ${fmt(1000 / queries.sessionLookup.requestsPerSecond + 1000 / queries.sessionsList.requestsPerSecond, 1)} ms (below). Fewer or cheaper queries would win little; what a dynamic render costs is where the time goes.

The bare queries, from ${load.connections} callers at once in another process on the same file:

| query | per second | p50 | time per query |
|---|---:|---:|---:|
${qrows}

Run it: \`npx next build && BENCH_ONLY=signed-in npm run bench\`. Full figures: [results/signed-in.json](results/signed-in.json).`;
}

async function runSignedIn(host) {
  const figures = await benchSignedIn({ root, tmp, seconds: Number(process.env.BENCH_SECONDS ?? 5), rounds: Number(process.env.BENCH_ROUNDS ?? 3) });
  const result = { benchmark: "signed-in", date: new Date().toISOString(), machine: host, figures };
  writeFileSync(path.join(resultsDir, "signed-in.json"), `${JSON.stringify(result, null, 2)}\n`);
  writeReadmeSection("signed-in", signedInSection(result));
  for (const [name, p] of Object.entries(figures.pages)) console.log(`${name} ${p.path}: ${fmt(p.requestsPerSecond)} req/s, p50 ${fmt(p.latencyMs.p50, 1)} ms`);
  console.log("wrote bench/results/signed-in.json and bench/README.md");
}

async function main() {
  const only = (process.env.BENCH_ONLY ?? "").split(",").map((s) => s.trim()).filter(Boolean);
  const unknown = only.filter((s) => !SUITES.includes(s));
  if (unknown.length) throw new Error(`BENCH_ONLY: unknown suite ${unknown.join(", ")} (known: ${SUITES.join(", ")})`);
  const selected = only.length ? SUITES.filter((s) => only.includes(s)) : SUITES;
  // Machine facts per suite: the load average at each one's start is what skews it.
  if (selected.includes("drafts")) await runDrafts(machine());
  if (selected.includes("policy")) await runPolicy(machine());
  if (selected.includes("guides")) await runGuides(machine());
  if (selected.includes("vault-crypto")) runVaultCrypto(machine());
  if (selected.includes("vault-page")) await runVaultPage(machine());
  if (selected.includes("rate-limit")) runRateLimit(machine());
  if (selected.includes("service-api")) await runServiceApi(machine());
  if (selected.includes("signed-in")) await runSignedIn(machine());
}

main()
  .catch((error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  })
  .finally(() => stopAll());
