/**
 * Who is calling, as far as the request can tell: the client's address (for rate limits
 * and the audit log) and its user agent. Behind the README's nginx, the rightmost
 * X-Forwarded-For entry is the address nginx saw; `next start` alone fills the header from
 * the socket only when the client did not send one, so there it can be spoofed — which is
 * why anonymous creation also has a cap over all callers together (lib/guard/access.ts).
 */
export type ClientInfo = { address: string; userAgent: string | null };

export function clientInfo(headers: Pick<Headers, "get">): ClientInfo {
  const forwarded = headers.get("x-forwarded-for")?.split(",").map((s) => s.trim()).filter(Boolean);
  const address = (forwarded?.at(-1) ?? headers.get("x-real-ip") ?? "unknown").slice(0, 64);
  return { address, userAgent: headers.get("user-agent")?.slice(0, 512) ?? null };
}

/**
 * True when a state-changing request plainly came from another site: `Origin: null`
 * (sandboxed frames, data: URLs), an Origin whose host is not this request's host, or a
 * browser's Sec-Fetch-Site saying cross-site. Requests without these headers (scripts,
 * curl) are not browsers acting for a signed-in person and pass.
 */
export function isCrossSite(headers: Pick<Headers, "get">): boolean {
  const origin = headers.get("origin");
  if (origin === "null") return true;
  if (headers.get("sec-fetch-site") === "cross-site") return true;
  if (!origin) return false;
  const host = (headers.get("x-forwarded-host") ?? headers.get("host"))?.split(",")[0]?.trim().toLowerCase();
  try {
    return new URL(origin).host.toLowerCase() !== host;
  } catch {
    return true;
  }
}
