// Benchmark: the troubleshooter's reading of pasted text (lib/x/errors.ts diagnoseXError),
// on realistic pastes and on inputs built to make a backtracking pattern slow, each against
// a baseline measured in the same run: JSON.parse of the same text (or, for text that is
// not JSON, one lower-casing and one indexOf pass), the least any reader must do.
// Standalone: `node bench/x-errors.mjs` writes bench/results/x-errors.json.
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { tsImport } from "tsx/esm/api";
import { machine } from "./lib.mjs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const { diagnoseXError, MAX_ERROR_INPUT } = await tsImport("../lib/x/errors.ts", import.meta.url);

const NOT_ENROLLED = JSON.stringify({
  client_id: "28475610",
  detail: "When authenticating requests to the Twitter API v2 endpoints, you must use keys and tokens from a Twitter developer App that is attached to a Project.",
  title: "Client Forbidden",
  reason: "client-not-enrolled",
  type: "https://api.twitter.com/2/problems/client-forbidden",
});
const inputs = {
  "client-not-enrolled JSON": NOT_ENROLLED,
  "twitter-api-v2 printed 401": "Request failed with code 401 - Could not authenticate you (Twitter code 32)",
  "curl -i 429 with headers": "HTTP/2 429\nx-rate-limit-limit: 900\nx-rate-limit-remaining: 0\nx-rate-limit-reset: 1705420800\n\n{\"title\":\"Too Many Requests\",\"type\":\"about:blank\",\"status\":429}",
  "20,000 spaces after 'code'": `code${" ".repeat(MAX_ERROR_INPUT - 5)}x`,
  "'(twitter code ' repeated": "(twitter code ".repeat(Math.floor(MAX_ERROR_INPUT / 14)),
  "'x-rate-limit-remaining:' repeated": "x-rate-limit-remaining:".repeat(Math.floor(MAX_ERROR_INPUT / 23)),
  "20,000 '{'": "{".repeat(MAX_ERROR_INPUT),
  "lines of '12 - '": "12 - \n".repeat(Math.floor(MAX_ERROR_INPUT / 6)),
  "5 MB paste (cut to 20,000)": "a".repeat(5_000_000),
};

function baseline(text) {
  try {
    return JSON.parse(text);
  } catch {
    return text.slice(0, MAX_ERROR_INPUT).toLowerCase().indexOf("problems/");
  }
}

function time(fn, runs) {
  const samples = [];
  for (let i = 0; i < runs; i++) {
    const start = process.hrtime.bigint();
    fn();
    samples.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  samples.sort((a, b) => a - b);
  const at = (p) => samples[Math.min(samples.length - 1, Math.floor((p / 100) * samples.length))];
  return { runs, medianMs: +at(50).toFixed(4), p99Ms: +at(99).toFixed(4), maxMs: +samples[samples.length - 1].toFixed(4) };
}

const runs = Number(process.env.BENCH_RUNS ?? 200);
const rows = {};
for (const [label, text] of Object.entries(inputs)) {
  for (let i = 0; i < 20; i++) diagnoseXError(text); // warm-up
  const reader = time(() => diagnoseXError(text), runs);
  const base = time(() => baseline(text), runs);
  rows[label] = { chars: text.length, kind: diagnoseXError(text).kind, reader, baseline: base, ratioMedian: +(reader.medianMs / Math.max(base.medianMs, 0.0001)).toFixed(1) };
  console.log(`${label.padEnd(36)} ${String(text.length).padStart(8)} chars  median ${reader.medianMs.toFixed(3)} ms  p99 ${reader.p99Ms.toFixed(3)} ms  (baseline ${base.medianMs.toFixed(3)} ms)`);
}
mkdirSync(path.join(root, "bench", "results"), { recursive: true });
writeFileSync(path.join(root, "bench", "results", "x-errors.json"), `${JSON.stringify({ date: new Date().toISOString(), machine: machine(), maxInput: MAX_ERROR_INPUT, rows }, null, 2)}\n`);
