import { spawn, type ChildProcess } from "node:child_process";
import http from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createServiceToken, revokeServiceToken } from "@/lib/tokens/service-tokens";
import { startSandboxServer, type SandboxServer } from "@/test/sandbox/server";
import { vaultTeam } from "@/test/vault-fixtures";
import { db } from "@/lib/db/client";

// `perch` as a person runs it: a real child process (bin/perch.mjs under Node) talking over
// a socket to a server that serves the read API's real route handlers.

const BIN = path.resolve(__dirname, "perch.mjs");
type Ran = { code: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string };

/** Runs perch with only the given environment (plus PATH); `onStdout` sees output as it comes. */
function perch(args: string[], env: Record<string, string>, onStdout?: (text: string, child: ChildProcess) => void): Promise<Ran> {
  return new Promise((resolve) => {
    const child: ChildProcess = spawn(process.execPath, [BIN, ...args], { env: { PATH: process.env.PATH ?? "", ...env } as unknown as NodeJS.ProcessEnv, stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout?.on("data", (chunk: Buffer) => {
      stdout += chunk.toString();
      onStdout?.(stdout, child);
    });
    child.stderr?.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    child.on("close", (code, signal) => resolve({ code, signal, stdout, stderr }));
  });
}

/** A child that prints what perch gave it (names only, and whether the values match). */
const PRINT_ENV = `const e = process.env; console.log(JSON.stringify({ key: e.TWITTER_API_KEY, secret: e.TWITTER_API_KEY_SECRET, bearer: e.TWITTER_BEARER_TOKEN, perchToken: e.PERCH_TOKEN ?? null, argv: process.argv.slice(1) }))`;

let server: SandboxServer;
let team: Awaited<ReturnType<typeof vaultTeam>>;
let appName: string;
let token: string;
let env: Record<string, string>;

beforeAll(async () => {
  server = await startSandboxServer();
  team = await vaultTeam();
  appName = (await db.vaultApp.findUniqueOrThrow({ where: { id: team.appId } })).name;
  token = (await createServiceToken({ userId: team.people.admin.id, teamId: team.teamId, name: "cli test", appIds: [], environments: ["development"], days: 1 })).token;
  env = { PERCH_URL: server.origin, PERCH_TOKEN: token };
});
afterAll(() => server?.close());

describe("perch run", () => {
  it("starts the command with the app's keys in its environment (not PERCH_TOKEN), arguments untouched", async () => {
    const ran = await perch(["run", "--app", appName, "--", process.execPath, "-e", PRINT_ENV, "a b", "$HOME"], env);
    expect(ran.stderr).toBe("");
    expect(ran.code).toBe(0);
    expect(JSON.parse(ran.stdout)).toEqual({ key: team.secrets.apiKey, secret: team.secrets.apiKeySecret, bearer: team.secrets.bearerToken, perchToken: null, argv: ["a b", "$HOME"] });
  });

  it("exits with the command's exit code", async () => {
    expect((await perch(["run", `--app=${appName}`, "--environment", "development", "--", process.execPath, "-e", "process.exit(7)"], env)).code).toBe(7);
  });

  it("passes signals to the command: one that handles SIGTERM decides the exit code, one that doesn't dies of it", async () => {
    const trap = `process.on("SIGTERM", () => { console.log("got SIGTERM"); process.exit(42); }); console.log("ready"); setInterval(() => {}, 1000);`;
    const handled = await perch(["run", "--app", appName, "--", process.execPath, "-e", trap], env, (out, child) => {
      if (out === "ready\n") child.kill("SIGTERM");
    });
    expect(handled.stdout).toBe("ready\ngot SIGTERM\n");
    expect(handled.code).toBe(42);
    const plain = await perch(["run", "--app", appName, "--", process.execPath, "-e", `console.log("ready"); setInterval(() => {}, 1000);`], env, (out, child) => {
      if (out === "ready\n") child.kill("SIGINT");
    });
    expect(plain.signal).toBe("SIGINT");
  });

  it("says so when the command does not exist (exit 127)", async () => {
    const ran = await perch(["run", "--app", appName, "--", "no-such-command-perch-test"], env);
    expect(ran.code).toBe(127);
    expect(ran.stderr).toContain("command not found: no-such-command-perch-test");
  });
});

describe("perch export", () => {
  it("prints the .env export by default, and JSON with --format json", async () => {
    const dotenv = await perch(["export", "--app", appName], env);
    expect(dotenv.code).toBe(0);
    expect(dotenv.stdout).toContain(`TWITTER_API_KEY=${team.secrets.apiKey}\n`);
    const json = await perch(["export", "--app", appName, "--format", "json"], env);
    expect(JSON.parse(json.stdout)).toMatchObject({ app: { name: appName }, environment: "development", secrets: { TWITTER_BEARER_TOKEN: team.secrets.bearerToken } });
  });
});

describe("perch check", () => {
  it("prints what the server's credential test found, and exits 0 only when it passed", async () => {
    const ran = await perch(["check", "--app", appName], env);
    expect(ran.stdout).toMatch(new RegExp(`^[✓✗] ${appName} \\(development\\)`));
    const ok = ran.stdout.startsWith("✓");
    expect(ran.code).toBe(ok ? 0 : 1);
    for (const secret of Object.values(team.secrets)) expect(ran.stdout + ran.stderr).not.toContain(secret);
  });
});

describe("clear messages", () => {
  it("for a missing or malformed PERCH_URL and PERCH_TOKEN, before anything is sent (exit 2)", async () => {
    const cases: [Record<string, string>, string][] = [
      [{ PERCH_TOKEN: token }, "PERCH_URL is not set"],
      [{ PERCH_URL: "perch.example.com", PERCH_TOKEN: token }, "PERCH_URL is not a URL"],
      [{ PERCH_URL: "ftp://perch.example.com", PERCH_TOKEN: token }, "must start with https://"],
      [{ PERCH_URL: server.origin }, "PERCH_TOKEN is not set"],
      [{ PERCH_URL: server.origin, PERCH_TOKEN: "ghp_notaperchtoken" }, "not a Perch service token"],
    ];
    for (const [given, words] of cases) {
      const ran = await perch(["export", "--app", appName], given);
      expect(ran.code, words).toBe(2);
      expect(ran.stderr, words).toContain(words);
    }
  });

  it("for mistakes in how it was called (exit 2), and never takes a token as an argument", async () => {
    const cases: [string[], string][] = [
      [["deploy"], "unknown command"],
      [["run", "--app", appName], "say what to run after --"],
      [["run", "--", "node"], "say which app"],
      [["export", "--app", appName, "--format", "yaml"], "--format is dotenv or json"],
      [["export", "--app", appName, "--environment", "prod"], "--environment is development"],
      [["export", "--app", appName, "--token", token], "never taken from the command line"],
    ];
    for (const [args, words] of cases) {
      const ran = await perch(args, env);
      expect(ran.code, words).toBe(2);
      expect(ran.stderr, words).toContain(words);
    }
  });

  it("for an unreachable server", async () => {
    const closed = http.createServer();
    await new Promise<void>((resolve) => closed.listen(0, "127.0.0.1", resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    const ran = await perch(["export", "--app", appName], { ...env, PERCH_URL: `http://127.0.0.1:${port}` });
    expect(ran.code).toBe(1);
    expect(ran.stderr).toContain("connection refused");
  });

  it("for a URL that is not Perch (a web page, a redirect)", async () => {
    const other = http.createServer((_req, res) => res.writeHead(404, { "content-type": "text/html" }).end("<h1>Not found</h1>"));
    await new Promise<void>((resolve) => other.listen(0, "127.0.0.1", resolve));
    const redirecting = http.createServer((_req, res) => res.writeHead(301, { location: "https://perch.example.com/api/v1/secrets" }).end());
    await new Promise<void>((resolve) => redirecting.listen(0, "127.0.0.1", resolve));
    try {
      const page = await perch(["export", "--app", appName], { ...env, PERCH_URL: `http://127.0.0.1:${(other.address() as AddressInfo).port}` });
      expect(page.code).toBe(1);
      expect(page.stderr).toContain("not Perch's read API. Check PERCH_URL");
      const moved = await perch(["export", "--app", appName], { ...env, PERCH_URL: `http://127.0.0.1:${(redirecting.address() as AddressInfo).port}` });
      expect(moved.stderr).toContain("redirects to https://perch.example.com");
    } finally {
      other.close();
      redirecting.close();
    }
  });

  it("for a bad token, an app out of scope, an unknown app, and a revoked token", async () => {
    const bad = await perch(["export", "--app", appName], { ...env, PERCH_TOKEN: `perch_st_${"Z".repeat(52)}` });
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain("Perch refused the token in PERCH_TOKEN: This service token is not known");

    const prod = await createServiceToken({ userId: team.people.owner.id, teamId: team.teamId, name: "prod only", appIds: [], environments: ["production"], days: 1 });
    const scope = await perch(["run", "--app", appName, "--", process.execPath, "-e", "console.log('must not start')"], { ...env, PERCH_TOKEN: prod.token });
    expect(scope.code).toBe(1);
    expect(scope.stdout).toBe("");
    expect(scope.stderr).toContain("the token may not read that: This token may not read development apps");

    const unknown = await perch(["export", "--app", "no-such-app"], env);
    expect(unknown.stderr).toContain("no app called “no-such-app”");

    await revokeServiceToken({ userId: team.people.owner.id, teamId: team.teamId, tokenId: prod.id });
    const revoked = await perch(["export", "--app", appName], { ...env, PERCH_TOKEN: prod.token });
    expect(revoked.stderr).toContain("was revoked on");
  });
});
