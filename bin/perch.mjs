#!/usr/bin/env node
// perch: run a program with its Twitter App's keys from a Perch vault, print them, or test
// them. One file, Node 20 or later, no dependencies and no build step, so it can be copied
// to any server. It is a separate program from the Perch server: it reads its own two
// variables from the environment (the token never from the command line, which other
// users of the machine can read in `ps`), and talks to the server's read API only.
//
//   PERCH_URL=https://perch.example.com PERCH_TOKEN=perch_st_… perch run --app my-bot -- node bot.js
import { spawn } from "node:child_process";
import { constants } from "node:os";
import process from "node:process";

const USAGE = `perch: a Perch vault's keys for your program

Usage:
  perch run --app NAME [--environment ENV] -- command [argument …]
      Starts the command with the app's keys in its environment (TWITTER_API_KEY, …),
      passes signals on to it, and exits with its exit code.
  perch export --app NAME [--environment ENV] [--format dotenv|json]
      Prints the app's keys as a .env file (the default) or as JSON.
  perch check --app NAME [--environment ENV]
      Runs "Test these credentials" for the app on the Perch server.

NAME is the app's name in the vault (or its id); ENV is development, staging or production.

Environment:
  PERCH_URL     the address you open Perch at, e.g. https://perch.example.com
  PERCH_TOKEN   a service token (perch_st_…) from the team's Tokens page

Exit codes: the command's own for run; 0 when all is well; 1 when Perch refused or could
not be reached; 2 for a mistake in how perch was called.`;

const TIMEOUT_MS = 15_000;
const ENVIRONMENTS = ["development", "staging", "production"];
const ENV_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
// Signals a supervisor or a terminal sends that the program should get too.
const FORWARDED_SIGNALS = ["SIGINT", "SIGTERM", "SIGHUP", "SIGQUIT", "SIGUSR1", "SIGUSR2", "SIGWINCH"];

/** A failure with a message for the person; `code` is the exit code. */
class CliError extends Error {
  constructor(message, code = 1) {
    super(message);
    this.code = code;
  }
}

/** `perch <command> --app NAME … [-- command …]` → what was asked for. */
function parseArgs(argv) {
  const [command, ...rest] = argv;
  if (!command || command === "-h" || command === "--help" || command === "help") return { command: "help" };
  if (!["run", "export", "check"].includes(command)) throw new CliError(`perch: unknown command “${command}”. Run perch --help.`, 2);
  const options = {};
  let childArgs = null;
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i];
    if (arg === "--") {
      childArgs = rest.slice(i + 1);
      break;
    }
    if (arg === "-h" || arg === "--help") return { command: "help" };
    const match = /^--([a-z-]+)(?:=(.*))?$/s.exec(arg);
    if (!match) throw new CliError(`perch: unexpected “${arg}”.${command === "run" ? " Put the command after --, e.g. perch run --app my-bot -- node bot.js" : ""}`, 2);
    const [, name, inline] = match;
    if (name === "token") throw new CliError("perch: the token is never taken from the command line (other users can see it in ps). Set PERCH_TOKEN in the environment instead.", 2);
    if (!["app", "environment", "format"].includes(name) || (name === "format" && command !== "export")) throw new CliError(`perch: unknown option --${name}. Run perch --help.`, 2);
    const value = inline ?? rest[++i];
    if (value === undefined || value === "") throw new CliError(`perch: --${name} needs a value.`, 2);
    options[name] = value;
  }
  if (!options.app) throw new CliError(`perch: say which app, e.g. perch ${command} --app my-bot${command === "run" ? " -- node bot.js" : ""}`, 2);
  if (options.environment && !ENVIRONMENTS.includes(options.environment)) throw new CliError(`perch: --environment is development, staging or production, not “${options.environment}”.`, 2);
  if (options.format && !["dotenv", "json"].includes(options.format)) throw new CliError(`perch: --format is dotenv or json, not “${options.format}”.`, 2);
  if (command === "run" && (!childArgs || childArgs.length === 0)) throw new CliError("perch: say what to run after --, e.g. perch run --app my-bot -- node bot.js", 2);
  if (command !== "run" && childArgs) throw new CliError(`perch: ${command} runs no command; only perch run takes one after --.`, 2);
  return { command, app: options.app, environment: options.environment, format: options.format ?? "dotenv", childArgs };
}

/** PERCH_URL and PERCH_TOKEN, checked before anything is sent. */
function readConfig(env) {
  const rawUrl = env.PERCH_URL?.trim();
  if (!rawUrl) throw new CliError("perch: PERCH_URL is not set. Set it to the address you open Perch at, e.g. export PERCH_URL=https://perch.example.com", 2);
  let url;
  try {
    url = new URL(rawUrl);
  } catch {
    throw new CliError(`perch: PERCH_URL is not a URL: “${rawUrl.slice(0, 200)}”. It should look like https://perch.example.com`, 2);
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") throw new CliError(`perch: PERCH_URL must start with https:// (or http:// on this machine), not ${url.protocol}//`, 2);
  if (url.username || url.password) throw new CliError("perch: PERCH_URL must not contain a user name or password; the token goes in PERCH_TOKEN.", 2);
  const token = env.PERCH_TOKEN?.trim();
  if (!token) throw new CliError("perch: PERCH_TOKEN is not set. Make a service token on your team's Tokens page in Perch, then export PERCH_TOKEN=perch_st_…", 2);
  if (!/^perch_st_[A-Za-z0-9]+$/.test(token)) throw new CliError("perch: PERCH_TOKEN is not a Perch service token (they start with perch_st_, followed by letters and digits). Copy it again from the page that showed it.", 2);
  const isLocal = ["localhost", "127.0.0.1", "[::1]"].includes(url.hostname) || url.hostname.startsWith("127.");
  if (url.protocol === "http:" && !isLocal) process.stderr.write(`perch: warning: PERCH_URL uses http:// to ${url.host}; the token and the keys travel unencrypted. Use https://.\n`);
  const base = `${url.origin}${url.pathname.replace(/\/+$/, "")}`;
  return { base, token };
}

/** The words for a network error that stopped a request before any answer. */
function describeNetworkError(error, base) {
  const cause = error?.cause ?? error;
  const code = typeof cause?.code === "string" ? cause.code : "";
  const host = new URL(base).host;
  if (error?.name === "TimeoutError" || error?.name === "AbortError") return `Perch at ${base} did not answer within ${TIMEOUT_MS / 1000} s. Is the server up, and is PERCH_URL right?`;
  if (code === "ECONNREFUSED") return `Could not reach Perch at ${base}: nothing is listening on ${host} (connection refused). Is the server running, and is PERCH_URL right?`;
  if (code === "ENOTFOUND" || code === "EAI_AGAIN") return `Could not reach Perch at ${base}: the host name ${new URL(base).hostname} does not resolve. Check PERCH_URL.`;
  if (code === "ECONNRESET" || code === "UND_ERR_SOCKET") return `Could not reach Perch at ${base}: the connection was closed before an answer. Is PERCH_URL's scheme (http or https) right?`;
  if (/CERT|SSL|TLS/i.test(code)) return `Could not reach Perch at ${base}: its TLS certificate was refused (${code}).`;
  return `Could not reach Perch at ${base} (${code || cause?.message || "network error"}). Is the server running, and is PERCH_URL right?`;
}

/** Calls the read API; answers the parsed body (JSON or text), or throws a CliError a person can act on. */
async function callPerch({ base, token }, method, path, params, { expect = "json" } = {}) {
  const url = new URL(`${base}${path}`);
  for (const [name, value] of Object.entries(params)) if (value !== undefined) url.searchParams.set(name, value);
  let response;
  try {
    response = await fetch(url, {
      method,
      headers: { Authorization: `Bearer ${token}`, Accept: expect === "json" ? "application/json" : "text/plain", "User-Agent": "perch-cli/1" },
      // A redirect could hand the token to another host: never follow one, say where it goes.
      redirect: "manual",
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
  } catch (error) {
    throw new CliError(`perch: ${describeNetworkError(error, base)}`);
  }
  const type = response.headers.get("content-type") ?? "";
  if (response.status >= 300 && response.status < 400) {
    const location = response.headers.get("location");
    throw new CliError(`perch: ${base} redirects${location ? ` to ${new URL(location, url).origin}` : ""} (HTTP ${response.status}). Set PERCH_URL to the address Perch is served at${location ? `, probably ${new URL(location, url).origin}` : ""}.`);
  }
  if (type.startsWith("application/problem+json")) {
    let problem = {};
    try {
      problem = await response.json();
    } catch {
      // Fall through to the generic words below.
    }
    const detail = typeof problem.detail === "string" ? problem.detail : `HTTP ${response.status}`;
    const errors = problem.errors && typeof problem.errors === "object" ? Object.entries(problem.errors).map(([name, list]) => `  ${name}: ${Array.isArray(list) ? list.join(" ") : String(list)}`) : [];
    if (response.status === 401) throw new CliError(`perch: Perch refused the token in PERCH_TOKEN: ${detail}`);
    if (response.status === 403) throw new CliError(`perch: the token may not read that: ${detail}`);
    if (response.status === 404) throw new CliError(`perch: ${detail}`);
    if (response.status === 429) {
      const wait = response.headers.get("retry-after");
      throw new CliError(`perch: too many requests with this token. ${wait ? `Try again in ${wait} s.` : "Wait a moment and try again."}`);
    }
    throw new CliError(`perch: Perch answered HTTP ${response.status}: ${detail}${errors.length ? `\n${errors.join("\n")}` : ""}`);
  }
  const isExpected = response.ok && (expect === "json" ? type.startsWith("application/json") : type.startsWith("text/plain"));
  if (!isExpected) {
    throw new CliError(
      `perch: ${base} answered HTTP ${response.status}${type ? ` (${type.split(";")[0]})` : ""}, which is not Perch's read API. Check PERCH_URL: it is the address you open Perch at (e.g. https://perch.example.com), and that Perch must be recent enough to have service tokens.`,
    );
  }
  if (expect === "text") return response.text();
  try {
    return await response.json();
  } catch {
    throw new CliError(`perch: ${base} sent an answer that is not JSON. Check PERCH_URL.`);
  }
}

/** The app's variables, checked to be usable as environment variables. */
async function fetchSecrets(config, { app, environment }) {
  const answer = await callPerch(config, "GET", "/api/v1/secrets", { app, environment, format: "json" });
  if (!answer || typeof answer.secrets !== "object" || answer.secrets === null) throw new CliError(`perch: ${config.base} answered without secrets. Check PERCH_URL.`);
  for (const [name, value] of Object.entries(answer.secrets)) {
    if (!ENV_NAME.test(name) || typeof value !== "string" || value.includes("\0")) throw new CliError(`perch: the answer has a variable that cannot be put in an environment (${ENV_NAME.test(name) ? name : "a bad name"}).`);
  }
  return answer;
}

/** Starts the command with the secrets added to its environment; resolves to the exit code to use. */
function runChild(childArgs, secrets, env) {
  const childEnv = { ...env, ...secrets };
  // The program gets its keys, not the key to the whole scope.
  delete childEnv.PERCH_TOKEN;
  const [command, ...args] = childArgs;
  return new Promise((resolve) => {
    const child = spawn(command, args, { stdio: "inherit", env: childEnv });
    const handlers = new Map();
    for (const signal of FORWARDED_SIGNALS) {
      const handler = () => {
        if (child.exitCode === null && child.signalCode === null) child.kill(signal);
      };
      try {
        process.on(signal, handler);
        handlers.set(signal, handler);
      } catch {
        // A signal this platform does not have.
      }
    }
    const unhook = () => {
      for (const [signal, handler] of handlers) process.off(signal, handler);
    };
    child.on("error", (error) => {
      unhook();
      if (error.code === "ENOENT") process.stderr.write(`perch: command not found: ${command}\n`);
      else if (error.code === "EACCES") process.stderr.write(`perch: permission denied: ${command}\n`);
      else process.stderr.write(`perch: could not start ${command} (${error.code ?? error.message})\n`);
      resolve(error.code === "ENOENT" ? 127 : 126);
    });
    child.on("exit", (code, signal) => {
      unhook();
      // Ended by a signal: end the same way, so whoever started perch sees what happened.
      resolve(signal ? { signal } : (code ?? 1));
    });
  });
}

function printCheck(result) {
  const lines = [`${result.ok ? "✓" : "✗"} ${result.app?.name ?? "app"} (${result.environment ?? "?"}), against ${result.target === "sandbox" ? "Perch's sandbox" : "the X API"}: ${result.summary}`];
  for (const [label, outcome] of [
    ["user context (OAuth 1.0a)", result.userContext],
    ["app-only (Bearer Token)", result.appOnly],
  ]) {
    if (outcome) lines.push(`  ${label}: ${outcome.ok ? "ok" : outcome.reason}: ${outcome.message}`);
  }
  process.stdout.write(`${lines.join("\n")}\n`);
}

async function main(argv, env) {
  const request = parseArgs(argv);
  if (request.command === "help") {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const config = readConfig(env);
  if (request.command === "export") {
    if (request.format === "dotenv") {
      process.stdout.write(await callPerch(config, "GET", "/api/v1/secrets", { app: request.app, environment: request.environment, format: "dotenv" }, { expect: "text" }));
    } else {
      process.stdout.write(`${JSON.stringify(await fetchSecrets(config, request), null, 2)}\n`);
    }
    return 0;
  }
  if (request.command === "check") {
    const result = await callPerch(config, "POST", "/api/v1/check", { app: request.app, environment: request.environment });
    printCheck(result);
    return result.ok ? 0 : 1;
  }
  const { secrets } = await fetchSecrets(config, request);
  return runChild(request.childArgs, secrets, env);
}

try {
  const outcome = await main(process.argv.slice(2), process.env);
  if (typeof outcome === "object" && outcome.signal) {
    process.kill(process.pid, outcome.signal);
    // Only reached when the signal is ignored here: exit as a shell reports a signal.
    process.exitCode = 128 + (constants.signals[outcome.signal] ?? 0);
  } else {
    process.exitCode = outcome;
  }
} catch (error) {
  if (error instanceof CliError) {
    process.stderr.write(`${error.message}\n`);
    process.exitCode = error.code;
  } else {
    process.stderr.write(`perch: unexpected error: ${error?.name ?? "Error"}: ${error?.message ?? ""}\n`);
    process.exitCode = 1;
  }
}
