/**
 * A browser for server-action and page-code tests: it holds cookies across calls like a
 * real one, and each call runs with its headers (Host, Origin, User-Agent, address) and
 * cookies as `next/headers` would give them. test/setup.ts points `next/headers` here.
 * Each call's request is kept in async context, so calls may also run concurrently (the
 * load test runs hundreds at once from several browsers).
 */
import { AsyncLocalStorage } from "node:async_hooks";
import { randomBytes } from "node:crypto";
import { sha256 } from "@/lib/crypto/hash";
import { db } from "@/lib/db/client";

type CookieOptions = { maxAge?: number; expires?: Date };

type Request = { headers: Headers; jar: Map<string, string> };
const outside: Request = { headers: new Headers({ host: "localhost:3000" }), jar: new Map() };
const requests = new AsyncLocalStorage<Request>();
const currentRequest = (): Request => requests.getStore() ?? outside;

/** What `next/headers` returns during a call (used by the mock in test/setup.ts). */
export const nextHeaders = {
  headers: () => Promise.resolve(currentRequest().headers),
  cookies: () => {
    const current = currentRequest();
    return Promise.resolve({
      get: (name: string) => (current.jar.has(name) ? { name, value: current.jar.get(name)! } : undefined),
      getAll: () => [...current.jar].map(([name, value]) => ({ name, value })),
      has: (name: string) => current.jar.has(name),
      set: (name: string, value: string, options: CookieOptions = {}) => {
        const isExpired = options.maxAge === 0 || (options.expires !== undefined && options.expires.getTime() <= Date.now());
        if (isExpired) current.jar.delete(name);
        else current.jar.set(name, value);
      },
      delete: (name: string) => current.jar.delete(name),
    });
  },
};

let browsers = 0;

export class Browser {
  readonly jar = new Map<string, string>();
  constructor(
    /** Each browser has its own address (for rate limits, which count IPv6 by /64), as separate visitors would. */
    readonly address = `2001:db8:${(process.pid % 0xffff).toString(16)}:${(++browsers).toString(16)}::1`,
    readonly userAgent = "Mozilla/5.0 (X11; Linux x86_64) Chrome/156.0 perch-test",
  ) {}

  /** Runs `fn` as a request from this browser (same-origin by default). */
  async call<T>(fn: () => Promise<T>, extraHeaders: Record<string, string> = {}): Promise<T> {
    const headers = new Headers({ host: "localhost:3000", origin: "http://localhost:3000", "user-agent": this.userAgent, "x-forwarded-for": this.address, ...extraHeaders });
    return requests.run({ headers, jar: this.jar }, fn);
  }

  /** Signs this browser in as a Perch user (a database session and its cookie), as next-auth would. */
  async signInAs(user: { id: string }): Promise<string> {
    const token = randomBytes(32).toString("hex");
    await db.session.create({ data: { tokenHash: sha256(token), userId: user.id, expires: new Date(Date.now() + 3_600_000), userAgent: this.userAgent } });
    this.jar.set("next-auth.session-token", token);
    return token;
  }
}
