// Benchmark: comparing two draft versions (lib/drafts/version-diff.ts), the work behind the
// "Compare versions" page, on the worst inputs we know: versions that share nothing, and
// repetitive ones. For each it records the time, and the work counted as token comparisons
// (the `diff` package's `equals`, patched to count, so the old and the bounded code are
// counted the same way). It also shows what the diff does to an unrelated request: a small
// HTTP server in this process diffs on one route and answers "/health" on another; the
// health request is sent while a diff runs, and its wait is recorded.
//   node --import tsx bench/version-diff.ts [label]     (label: "before" or "after"; default "after")
// Writes bench/results/version-diff-<label>.json. BENCH_DIFF_SIZES=2000,4000 limits the sizes;
// BENCH_DIFF_RUNS (3) runs of each case, the best kept.
import { spawn } from "node:child_process";
import { createServer, request } from "node:http";
import { writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { arrayDiff, wordDiff } from "diff";
import type { VersionSections } from "../lib/drafts/version-diff";
import { EDITABLE_SECTION_IDS } from "../lib/drafts/sections";

// BENCH_DIFF_IMPL names another copy of the module to measure (how the "before" figures were
// taken: lib/drafts/version-diff.ts as it was before the bound, copied beside it).
const impl = path.resolve(process.env.BENCH_DIFF_IMPL ?? path.join(process.cwd(), "lib", "drafts", "version-diff.ts"));
// eslint-disable-next-line @typescript-eslint/no-require-imports -- the module to measure is chosen at run time
const { diffSections } = require(impl) as typeof import("../lib/drafts/version-diff");

const label = process.argv[2]?.startsWith("--") ? "child" : (process.argv[2] ?? "after");
const runs = Number(process.env.BENCH_DIFF_RUNS ?? 3);
const sizes = (process.env.BENCH_DIFF_SIZES ?? "2000,4000,8000,10000,20000").split(",").map(Number);

// Count every token comparison either diff makes.
let comparisons = 0;
for (const d of [wordDiff, arrayDiff] as unknown as { equals: (...a: unknown[]) => boolean }[]) {
  const original = d.equals.bind(d);
  d.equals = (...a: unknown[]) => {
    comparisons++;
    return original(...a);
  };
}

/** Prose-like text of `chars` characters whose words all start with `prefix` (so two prefixes share no word). */
function prose(chars: number, prefix: string, linesEvery = 0): string {
  let s = "";
  let i = 0;
  while (s.length < chars) {
    s += `${prefix}${(i * 7919) % 100_003} `;
    i++;
    if (linesEvery && i % linesEvery === 0) s += "\n";
  }
  return s.slice(0, chars);
}
const repeat = (unit: string, chars: number) => unit.repeat(Math.ceil(chars / unit.length)).slice(0, chars);

type Case = { name: string; chars: number; sections: number; a: string; b: string };
function cases(): Case[] {
  const out: Case[] = [];
  for (const n of sizes) out.push({ name: "one paragraph each, no word shared", chars: n, sections: 1, a: prose(n, "a"), b: prose(n, "b") });
  const max = Math.max(...sizes);
  out.push({ name: "lines of 12 words, no word shared", chars: max, sections: 1, a: prose(max, "a", 12), b: prose(max, "b", 12) });
  out.push({ name: "repetitive: 'a ' against 'b '", chars: max, sections: 1, a: repeat("a ", max), b: repeat("b ", max) });
  out.push({ name: "repetitive: 'a b ' against 'b a '", chars: max, sections: 1, a: repeat("a b ", max), b: repeat("b a ", max) });
  out.push({ name: "repetitive lines: 'a\\n' against 'a\\nb\\n'", chars: max, sections: 1, a: repeat("a\n", max), b: repeat("a\nb\n", max) });
  out.push({ name: "every section at its maximum, no word shared", chars: max, sections: EDITABLE_SECTION_IDS.length, a: prose(max, "a"), b: prose(max, "b") });
  return out;
}

const versions = (c: Case, text: string): VersionSections => Object.fromEntries(EDITABLE_SECTION_IDS.slice(0, c.sections).map((id, i) => [id, `${text}${i}`]));

function measure(c: Case) {
  const a = versions(c, c.a);
  const b = versions(c, c.b);
  // Best of BENCH_DIFF_RUNS runs (other work on the machine only ever slows a run).
  let ms = Infinity;
  let result: { detail?: string; rows: unknown[] }[] = [];
  for (let run = 0; run < runs; run++) {
    comparisons = 0;
    const start = performance.now();
    result = diffSections(a, b);
    ms = Math.min(ms, performance.now() - start);
  }
  return {
    case: c.name,
    charsPerSection: c.chars,
    sections: c.sections,
    ms: Math.round(ms * 10) / 10,
    comparisons,
    rows: result.reduce((n, s) => n + s.rows.length, 0),
    runs,
    // The bounded code says per section how fine it could compare ("words", "some-words", "lines", "whole").
    detail: result.filter((s) => s.rows.length).map((s) => s.detail ?? "words (unbounded)"),
  };
}

/** Child process mode: a server that diffs the case named by index on "/diff" and answers "/health". */
function serve(index: number) {
  const c = cases()[index]!;
  const a = versions(c, c.a);
  const b = versions(c, c.b);
  const server = createServer((req, res) => {
    if (req.url === "/diff") diffSections(a, b);
    res.end("ok");
  });
  server.listen(0, "127.0.0.1", () => console.log(JSON.stringify(server.address())));
}

/**
 * Health latency while a diff runs: a server in a child process (like the app's, one event
 * loop), a diff request, and 100 ms later a health request, timed from this process.
 */
async function healthWhileDiffing(index: number) {
  const c = cases()[index]!;
  const child = spawn(process.execPath, ["--import", "tsx", "bench/version-diff.ts", "--serve", String(index)], { stdio: ["ignore", "pipe", "inherit"], env: process.env });
  const port = await new Promise<number>((resolve) => child.stdout.once("data", (d: Buffer) => resolve((JSON.parse(d.toString()) as { port: number }).port)));
  const get = (p: string) =>
    new Promise<number>((resolve, reject) => {
      const t = performance.now();
      request({ host: "127.0.0.1", port, path: p, agent: false }, (res) => {
        res.resume();
        res.on("end", () => resolve(performance.now() - t));
      })
        .on("error", reject)
        .end();
    });
  await get("/health");
  const idle = await get("/health");
  const diff = get("/diff");
  await new Promise((r) => setTimeout(r, 100)); // the diff request is in the handler by now
  const health = await get("/health");
  const diffMs = await diff;
  child.kill();
  return { case: c.name, charsPerSection: c.chars, healthIdleMs: Math.round(idle * 10) / 10, healthDuringDiffMs: Math.round(health * 10) / 10, diffRequestMs: Math.round(diffMs * 10) / 10 };
}

async function main() {
  if (process.argv[2] === "--serve") return serve(Number(process.argv[3]));
  const all = cases();
  diffSections(versions(all[0]!, "warm up"), versions(all[0]!, "warm-up run")); // JIT warm-up
  const rows = [];
  for (const c of all) {
    const r = measure(c);
    console.log(`${r.case} · ${r.charsPerSection} chars × ${r.sections}: ${r.ms} ms, ${r.comparisons.toLocaleString("en-GB")} comparisons`);
    rows.push(r);
  }
  const health = await healthWhileDiffing(all.length - 1);
  console.log(`health while diffing ${health.charsPerSection} chars: ${health.healthDuringDiffMs} ms (idle ${health.healthIdleMs} ms)`);
  const result = {
    benchmark: "version-diff",
    label,
    date: new Date().toISOString(),
    machine: { nproc: os.cpus().length, loadAverage1m: Math.round(os.loadavg()[0]! * 100) / 100, node: process.version },
    cases: rows,
    health,
  };
  const file = path.join(process.cwd(), "bench", "results", `version-diff-${label}.json`);
  writeFileSync(file, `${JSON.stringify(result, null, 2)}\n`);
  console.log(`wrote ${path.relative(process.cwd(), file)}`);
}
main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
