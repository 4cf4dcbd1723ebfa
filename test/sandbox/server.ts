/**
 * A real HTTP server for tests that serves the sandbox's route handlers, the way Next.js
 * would: each request becomes a web `Request`, goes to the exported GET/POST of the route
 * file, and the `Response` is written back. Clients (fetch, twitter-api-v2) talk to it
 * over a socket on 127.0.0.1, so tests see exactly what a real client would.
 */
import http from "node:http";
import type { AddressInfo } from "node:net";
import * as revokeRoute from "@/app/api/sandbox/2/oauth2/revoke/route";
import * as tokenRoute from "@/app/api/sandbox/2/oauth2/token/route";
import * as userByUsernameRoute from "@/app/api/sandbox/2/users/by/username/[username]/route";
import * as usersMeRoute from "@/app/api/sandbox/2/users/me/route";
import * as avatarRoute from "@/app/api/sandbox/avatars/[file]/route";
import * as checkRoute from "@/app/api/v1/check/route";
import * as secretsRoute from "@/app/api/v1/secrets/route";

/**
 * The request body as a web stream that a handler may cancel part-way. Node 20's
 * `Readable.toWeb` throws an uncaught ERR_INVALID_STATE when a chunk already in flight
 * arrives after the reader cancelled (seen on the 413 test under load); this one ignores it.
 */
function webBody(req: http.IncomingMessage): ReadableStream<Uint8Array> {
  let isDone = false;
  return new ReadableStream<Uint8Array>({
    start(controller) {
      req.on("data", (chunk: Buffer) => {
        if (isDone) return;
        controller.enqueue(new Uint8Array(chunk));
        if ((controller.desiredSize ?? 1) <= 0) req.pause();
      });
      req.on("end", () => {
        if (!isDone) controller.close();
        isDone = true;
      });
      req.on("error", (error) => {
        if (!isDone) controller.error(error);
        isDone = true;
      });
    },
    pull() {
      req.resume();
    },
    cancel() {
      isDone = true;
      req.destroy();
    },
  });
}

type Handler = (request: Request, context: { params: Promise<Record<string, string>> }) => Promise<Response>;
type RouteModule = Partial<Record<"GET" | "POST", Handler>>;

const ROUTES: { pattern: RegExp; keys: string[]; module: RouteModule }[] = [
  { pattern: /^\/api\/sandbox\/2\/oauth2\/token$/, keys: [], module: tokenRoute },
  { pattern: /^\/api\/sandbox\/2\/oauth2\/revoke$/, keys: [], module: revokeRoute },
  { pattern: /^\/api\/sandbox\/2\/users\/me$/, keys: [], module: usersMeRoute },
  { pattern: /^\/api\/sandbox\/2\/users\/by\/username\/([^/]+)$/, keys: ["username"], module: userByUsernameRoute },
  { pattern: /^\/api\/sandbox\/avatars\/([^/]+)$/, keys: ["file"], module: avatarRoute },
  // The read API too, so `perch` (bin/perch.mjs) can be tested against a real socket.
  { pattern: /^\/api\/v1\/secrets$/, keys: [], module: secretsRoute },
  { pattern: /^\/api\/v1\/check$/, keys: [], module: checkRoute },
];

async function dispatch(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
  const url = new URL(req.url ?? "/", `http://${req.headers.host ?? "127.0.0.1"}`);
  const route = ROUTES.find((r) => r.pattern.test(url.pathname));
  const method = (req.method ?? "GET").toUpperCase();
  const handler = route?.module[method as "GET" | "POST"];
  if (!route || !handler) {
    res.writeHead(route ? 405 : 404).end();
    return;
  }
  const match = route.pattern.exec(url.pathname);
  const params = Object.fromEntries(route.keys.map((key, i) => [key, decodeURIComponent(match?.[i + 1] ?? "")]));
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    if (Array.isArray(value)) value.forEach((v) => headers.append(name, v));
    else if (value !== undefined) headers.set(name, value);
  }
  // The body streams in as Next.js passes it, so a handler can stop reading early.
  const body = method === "GET" || method === "HEAD" ? undefined : webBody(req);
  const response = await handler(new Request(url, { method, headers, body, duplex: "half" } as RequestInit & { duplex: "half" }), { params: Promise.resolve(params) });
  const out: Record<string, string> = {};
  response.headers.forEach((value, name) => {
    out[name] = value;
  });
  res.writeHead(response.status, out);
  res.end(Buffer.from(await response.arrayBuffer()));
}

/** A running sandbox server: its origin and its Twitter-shaped API base URL. */
export type SandboxServer = { origin: string; apiUrl: string; close: () => Promise<void> };

/** Starts the sandbox on 127.0.0.1 on a random free port. */
export async function startSandboxServer(): Promise<SandboxServer> {
  const server = http.createServer((req, res) => {
    dispatch(req, res).catch((error: unknown) => {
      console.error("sandbox test server:", error);
      if (!res.headersSent) res.writeHead(500);
      res.end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    apiUrl: `${origin}/api/sandbox`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
