// Shared helpers for the benchmarks: child processes in their own process groups (so
// stopping one stops all its children), free ports, raw HTTP fetches, wrk (maximum
// throughput) and a fixed-rate load client (latency at a given request rate).
import { spawn, spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { once } from "node:events";
import http from "node:http";
import net from "node:net";
import os from "node:os";
import { performance } from "node:perf_hooks";

const children = new Set();

/**
 * The environment of a benchmarked Perch `next start`: production, its own SQLite file,
 * fixed bench-only secrets, and the sandbox on (sign-in with nothing configured).
 */
export function perchServerEnv({ db, origin }) {
  return {
    ...process.env,
    NODE_ENV: "production",
    NEXTAUTH_URL: origin,
    NEXTAUTH_SECRET: "bench-only-secret-not-for-production-0123456789",
    PERCH_MASTER_KEYS: `bench:${createHash("sha256").update("perch bench master key").digest("base64")}`,
    DATABASE_URL: `file:${db}`,
    PERCH_SANDBOX: "1",
    PERCH_SANDBOX_IN_PRODUCTION: "1",
    NEXT_TELEMETRY_DISABLED: "1",
  };
}

/** Starts a command in its own process group; stopAll() ends the whole group. */
export function startGroup(command, args, options = {}) {
  const child = spawn(command, args, { ...options, detached: true, stdio: options.stdio ?? ["ignore", "pipe", "pipe"] });
  child.output = "";
  child.stdout?.on("data", (d) => (child.output = (child.output + d).slice(-20_000)));
  child.stderr?.on("data", (d) => (child.output = (child.output + d).slice(-20_000)));
  children.add(child);
  child.on("exit", () => children.delete(child));
  return child;
}

/** Ends one process group: SIGTERM, then SIGKILL if it lingers. */
export async function stopGroup(child, graceMs = 5000) {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = once(child, "exit");
  try {
    process.kill(-child.pid, "SIGTERM");
  } catch {
    return;
  }
  const timer = setTimeout(() => {
    try {
      process.kill(-child.pid, "SIGKILL");
    } catch {
      // already gone
    }
  }, graceMs);
  await exited;
  clearTimeout(timer);
  // The group may still hold children (next start → next-server): make sure.
  try {
    process.kill(-child.pid, "SIGKILL");
  } catch {
    // group empty
  }
}

/** Stops every group this process started. */
export async function stopAll() {
  await Promise.all([...children].map((c) => stopGroup(c)));
}

for (const signal of ["SIGINT", "SIGTERM"]) {
  process.on(signal, () => {
    void stopAll().finally(() => process.exit(130));
  });
}
process.on("exit", () => {
  for (const c of children) {
    try {
      process.kill(-c.pid, "SIGKILL");
    } catch {
      // gone
    }
  }
});

/** A TCP port on 127.0.0.1 that is free right now. */
export async function freePort() {
  const server = net.createServer();
  server.listen(0, "127.0.0.1");
  await once(server, "listening");
  const { port } = server.address();
  server.close();
  await once(server, "close");
  return port;
}

/** GET without compression; resolves to { status, headers, body: Buffer }. */
export function get(url, headers = {}) {
  return new Promise((resolve, reject) => {
    // A fresh connection each time: a kept-alive socket may have been closed by the server.
    const req = http.get(url, { agent: false, headers: { "accept-encoding": "identity", ...headers } }, (res) => {
      const chunks = [];
      res.on("data", (c) => chunks.push(c));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
      res.on("error", reject);
    });
    req.on("error", reject);
    req.setTimeout(15_000, () => req.destroy(new Error(`timeout: ${url}`)));
  });
}

/** Polls `url` until it answers 200, the child exits, or the time runs out. */
export async function waitForOk(url, child, timeoutMs = 90_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`process exited (${child.exitCode}) before ${url} answered:\n${child.output}`);
    try {
      const res = await get(url);
      if (res.status === 200) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`timed out waiting for ${url}:\n${child.output}`);
}

function toMs(value, unit) {
  const n = Number(value);
  return unit === "us" ? n / 1000 : unit === "s" ? n * 1000 : unit === "m" ? n * 60_000 : n;
}

/** Parses wrk's --latency report. */
export function parseWrk(text) {
  const rps = Number(/Requests\/sec:\s+([\d.]+)/.exec(text)?.[1]);
  const pct = (p) => {
    const m = new RegExp(`^\\s+${p}%\\s+([\\d.]+)(us|ms|s|m)\\s*$`, "m").exec(text);
    return m ? toMs(m[1], m[2]) : null;
  };
  const requests = Number(/(\d+) requests in/.exec(text)?.[1] ?? 0);
  const non2xx = Number(/Non-2xx or 3xx responses:\s+(\d+)/.exec(text)?.[1] ?? 0);
  const socketErrors = /Socket errors: (.*)/.exec(text)?.[1] ?? null;
  if (!Number.isFinite(rps)) throw new Error(`could not read wrk output:\n${text}`);
  return { requestsPerSecond: rps, latencyMs: { p50: pct(50), p75: pct(75), p90: pct(90), p99: pct(99) }, requests, non2xx, socketErrors };
}

/** Runs wrk against `url` (extra request `headers` as { name: value }) and returns the parsed figures. */
export function runWrk(url, { threads = 2, connections = 32, seconds = 10, headers = {} } = {}) {
  const headerArgs = Object.entries(headers).flatMap(([name, value]) => ["-H", `${name}: ${value}`]);
  const args = [`-t${threads}`, `-c${connections}`, `-d${seconds}s`, "--latency", ...headerArgs, url];
  const result = spawnSync("/usr/bin/wrk", args, { encoding: "utf8", timeout: (seconds + 30) * 1000 });
  if (result.status !== 0) throw new Error(`wrk failed: ${result.stderr || result.stdout}`);
  const shown = args.map((a) => (/\s/.test(a) ? `"${a}"` : a)).join(" ");
  return { command: `wrk ${shown}`, ...parseWrk(result.stdout) };
}

/** The p-th percentile (0–100) of numbers sorted ascending, nearest-rank. */
export function percentile(sorted, p) {
  if (sorted.length === 0) return null;
  const rank = Math.min(sorted.length, Math.max(1, Math.ceil((p / 100) * sorted.length)));
  return sorted[rank - 1];
}

const round3 = (n) => (n === null ? null : Math.round(n * 1000) / 1000);

/**
 * Open-loop load at a fixed request rate: request i is due at start + i / rate, whether or
 * not earlier ones have answered, and its latency counts from that due time to the last
 * byte of the answer. A server that stalls therefore shows its stall in every request
 * queued behind it (no "coordinated omission", the flaw of closed-loop tools such as wrk
 * that wait for an answer before sending the next request). wrk2 does this in C but is not
 * packaged for Debian; at a few hundred requests per second Node keeps up easily.
 * `sendLagMs` says how late the client itself sent (timer granularity, its own pauses):
 * that lag is inside every latency measured here, for every server alike.
 */
export async function runFixedRate(url, { rate, seconds = 10, warmupSeconds = 2, connections = 64, headers = {}, timeoutMs = 15_000 } = {}) {
  const agent = new http.Agent({ keepAlive: true, maxSockets: connections });
  const target = new URL(url);
  const total = Math.round((warmupSeconds + seconds) * rate);
  const warmup = Math.round(warmupSeconds * rate);
  const latencies = [];
  const lags = [];
  let errors = 0;
  let non2xx = 0;
  let bytes = 0;
  let pending = 0;
  let sent = 0;
  let allSent;
  const drained = new Promise((resolve) => (allSent = resolve));
  const start = performance.now() + 50;
  const due = (i) => start + (i * 1000) / rate;

  const fire = (i) => {
    const intended = due(i);
    const measured = i >= warmup;
    if (measured) lags.push(performance.now() - intended);
    pending++;
    const done = (ok) => {
      if (measured) {
        if (ok) latencies.push(performance.now() - intended);
        else errors++;
      }
      if (--pending === 0 && sent === total) allSent();
    };
    const req = http.get({ host: target.hostname, port: target.port, path: target.pathname + target.search, agent, headers }, (res) => {
      if (measured && (res.statusCode ?? 0) >= 300) non2xx++;
      res.on("data", (c) => (bytes += measured ? c.length : 0));
      res.on("end", () => done(true));
      res.on("error", () => done(false));
    });
    req.setTimeout(timeoutMs, () => req.destroy(new Error("timeout")));
    req.on("error", () => done(false));
  };

  await new Promise((resolve) => {
    const tick = () => {
      const now = performance.now();
      while (sent < total && due(sent) <= now) fire(sent++);
      if (sent === total) return resolve();
      setTimeout(tick, Math.max(0, Math.floor(due(sent) - performance.now())));
    };
    setTimeout(tick, Math.max(0, Math.floor(start - performance.now())));
  });
  if (pending > 0) await drained;
  agent.destroy();

  latencies.sort((a, b) => a - b);
  lags.sort((a, b) => a - b);
  const measuredCount = total - warmup;
  return {
    command: `fixed-rate client (bench/lib.mjs): ${rate} req/s for ${seconds}s after ${warmupSeconds}s warm-up, up to ${connections} connections, ${Object.entries(headers).map(([k, v]) => `${k}: ${v}`).join(", ") || "no extra headers"}`,
    targetRate: rate,
    achievedRate: Math.round((latencies.length / seconds) * 10) / 10,
    requests: measuredCount,
    completed: latencies.length,
    errors,
    non2xx,
    bytesPerResponse: latencies.length ? Math.round(bytes / latencies.length) : null,
    latencyMs: {
      p50: round3(percentile(latencies, 50)),
      p90: round3(percentile(latencies, 90)),
      p99: round3(percentile(latencies, 99)),
      max: round3(latencies.at(-1) ?? null),
    },
    sendLagMs: { p50: round3(percentile(lags, 50)), p99: round3(percentile(lags, 99)) },
  };
}

/**
 * Closed-loop load, as wrk makes it but with every latency kept (wrk prints no p95):
 * `connections` keep-alive clients, each sending its next request when the last has
 * answered, for `seconds` after a warm-up. Latency is from sending to the last byte.
 * `headers` is an object, or a function giving each request's (e.g. one token per request).
 */
export async function runClosedLoop(url, { connections = 20, seconds = 10, warmupSeconds = 2, headers = {}, timeoutMs = 30_000 } = {}) {
  const agent = new http.Agent({ keepAlive: true, maxSockets: connections });
  const target = new URL(url);
  const latencies = [];
  let errors = 0;
  let non2xx = 0;
  let bytes = 0;
  const send = () =>
    new Promise((resolve) => {
      const t = performance.now();
      let size = 0;
      const req = http.get({ host: target.hostname, port: target.port, path: target.pathname + target.search, agent, headers: typeof headers === "function" ? headers() : headers }, (res) => {
        res.on("data", (c) => (size += c.length));
        res.on("end", () => resolve({ ms: performance.now() - t, ok: (res.statusCode ?? 0) < 300, size }));
        res.on("error", () => resolve(null));
      });
      req.setTimeout(timeoutMs, () => req.destroy(new Error("timeout")));
      req.on("error", () => resolve(null));
    });
  const loop = async (ms, record) => {
    const end = performance.now() + ms;
    await Promise.all(
      Array.from({ length: connections }, async () => {
        while (performance.now() < end) {
          const r = await send();
          if (!record) continue;
          if (!r) errors++;
          else {
            latencies.push(r.ms);
            bytes += r.size;
            if (!r.ok) non2xx++;
          }
        }
      }),
    );
  };
  await loop(warmupSeconds * 1000, false);
  await loop(seconds * 1000, true);
  agent.destroy();
  return { command: `closed-loop client (bench/lib.mjs): ${connections} connections, ${seconds}s after ${warmupSeconds}s warm-up`, ...latencySummary(latencies, seconds), errors, non2xx, bytesPerResponse: latencies.length ? Math.round(bytes / latencies.length) : null };
}

/** Requests per second and p50/p95/p99/max of latencies (ms) gathered over `seconds`. */
export function latencySummary(latencies, seconds) {
  const sorted = [...latencies].sort((a, b) => a - b);
  return {
    completed: sorted.length,
    requestsPerSecond: Math.round((sorted.length / seconds) * 10) / 10,
    latencyMs: { p50: round3(percentile(sorted, 50)), p95: round3(percentile(sorted, 95)), p99: round3(percentile(sorted, 99)), max: round3(sorted.at(-1) ?? null) },
  };
}

/** Facts about the machine a result was measured on. */
export function machine() {
  const cpus = os.cpus();
  return {
    nproc: Number(spawnSync("nproc", { encoding: "utf8" }).stdout.trim()) || cpus.length,
    cpuModel: cpus[0]?.model ?? "unknown",
    memoryGiB: Math.round((os.totalmem() / 1024 ** 3) * 10) / 10,
    os: `${os.type()} ${os.release()}`,
    // Other work on the machine skews every figure; recorded so a noisy run shows as one.
    loadAverage1m: Math.round(os.loadavg()[0] * 100) / 100,
    node: process.version,
  };
}
