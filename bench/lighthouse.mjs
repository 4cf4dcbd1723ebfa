// Lighthouse (its default mobile preset: a mid-range phone, simulated slow 4G and 4× CPU
// slow-down) on one URL, in Debian's Chromium, headless. Several runs, the median by
// performance score reported, as Lighthouse's own docs advise for a variable score.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync } from "node:fs";
import path from "node:path";

export const CHROMIUM = "/usr/bin/chromium";

// Headless without a sandbox (root in a container), and none of Chromium's own background
// traffic, which this closed network refuses (see ENGINEERING.md).
const CHROME_FLAGS = ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"];

const METRICS = ["first-contentful-paint", "largest-contentful-paint", "total-blocking-time", "cumulative-layout-shift", "speed-index"];

function summarise(lhr) {
  const score = (id) => (lhr.categories[id]?.score === null || lhr.categories[id]?.score === undefined ? null : Math.round(lhr.categories[id].score * 100));
  const weights = Object.fromEntries(lhr.categories.performance.auditRefs.filter((a) => a.weight > 0).map((a) => [a.id, a.weight]));
  const failing = (category) =>
    lhr.categories[category].auditRefs
      .filter((ref) => ref.weight > 0 && lhr.audits[ref.id]?.score !== null && lhr.audits[ref.id].score < 1)
      .map((ref) => ({ id: ref.id, title: lhr.audits[ref.id].title, score: lhr.audits[ref.id].score, items: lhr.audits[ref.id].details?.items?.length ?? null }));
  return {
    performance: score("performance"),
    accessibility: score("accessibility"),
    metrics: Object.fromEntries(
      METRICS.map((id) => [id, { value: lhr.audits[id].numericValue, display: lhr.audits[id].displayValue, score: lhr.audits[id].score, weight: weights[id] ?? 0 }]),
    ),
    failingAccessibilityAudits: failing("accessibility"),
    runWarnings: lhr.runWarnings,
    benchmarkIndex: lhr.environment?.benchmarkIndex ?? null,
  };
}

/** Runs Lighthouse `runs` times on `url`; returns the median run and every run's scores. */
export function runLighthouse({ root, url, work, runs = 3 }) {
  if (!existsSync(CHROMIUM)) throw new Error(`Lighthouse needs Debian's Chromium at ${CHROMIUM}: apt-get install -y chromium`);
  mkdirSync(work, { recursive: true });
  const cli = path.join(root, "node_modules", "lighthouse", "cli", "index.js");
  const version = JSON.parse(readFileSync(path.join(root, "node_modules", "lighthouse", "package.json"), "utf8")).version;
  const all = [];
  for (let i = 0; i < runs; i++) {
    const out = path.join(work, `lighthouse-${i + 1}.json`);
    const result = spawnSync(
      process.execPath,
      [cli, url, "--quiet", "--output=json", `--output-path=${out}`, "--only-categories=performance,accessibility", `--chrome-flags=${CHROME_FLAGS.join(" ")}`, "--max-wait-for-load=60000"],
      { encoding: "utf8", env: { ...process.env, CHROME_PATH: CHROMIUM }, timeout: 3 * 60_000 },
    );
    if (result.status !== 0) throw new Error(`lighthouse failed (run ${i + 1}):\n${result.stderr || result.stdout}`);
    const lhr = JSON.parse(readFileSync(out, "utf8"));
    if (lhr.runtimeError) throw new Error(`lighthouse: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
    all.push(summarise(lhr));
  }
  const byPerformance = [...all].sort((a, b) => (a.performance ?? 0) - (b.performance ?? 0));
  const median = byPerformance[Math.floor((byPerformance.length - 1) / 2)];
  return {
    tool: `lighthouse ${version}, mobile preset (simulated throttling), ${spawnSync(CHROMIUM, ["--version"], { encoding: "utf8" }).stdout.trim()} headless`,
    url,
    runs: all.map((r) => ({ performance: r.performance, accessibility: r.accessibility })),
    median,
  };
}
