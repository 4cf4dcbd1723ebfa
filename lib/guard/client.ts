import { BlockList, isIP, isIPv6 } from "node:net";
import { env } from "@/lib/env";
import { PEER_HEADER, peerHeaderInstalled } from "./peer-address";

/**
 * Who is calling, as far as the request can tell: the client's address (for rate limits
 * and the audit log) and its user agent.
 *
 * The address is the connection's own peer unless that peer is a proxy the operator named
 * in PERCH_TRUSTED_PROXIES: then X-Forwarded-For is read from the right, skipping trusted
 * proxies, and the first other entry is the client (the README's nginx appends the
 * address it saw). With no trusted proxies, X-Forwarded-For is never believed: anyone can
 * send one. The peer comes from a header stamped on every request when the server starts
 * (./peer-address.ts), because `next start` fills X-Forwarded-For from the socket only when
 * the client sent none.
 */
export type ClientInfo = { address: string; userAgent: string | null };

/** `::ffff:192.0.2.1` (an IPv4 client of a dual-stack socket) is 192.0.2.1; zone ids are dropped. */
export function normalizeAddress(address: string): string {
  const bare = address.trim().replace(/^\[|\]$/g, "").replace(/%.*$/, "");
  const mapped = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/i.exec(bare);
  return (mapped ? mapped[1]! : bare).toLowerCase();
}

/** A BlockList of the given addresses and networks (entries validated by lib/env.ts). */
export function proxyList(entries: readonly string[]): BlockList {
  const list = new BlockList();
  for (const entry of entries) {
    const [address = "", prefix] = entry.split("/");
    const family = isIP(address) === 6 ? "ipv6" : "ipv4";
    if (prefix === undefined) list.addAddress(normalizeAddress(address), isIP(normalizeAddress(address)) === 6 ? "ipv6" : "ipv4");
    else list.addSubnet(address, Number(prefix), family);
  }
  return list;
}

function isListed(list: BlockList, address: string): boolean {
  const family = isIP(address);
  return family !== 0 && list.check(address, family === 6 ? "ipv6" : "ipv4");
}

/**
 * The client's address from the connection's peer and the X-Forwarded-For entries: the
 * peer itself unless it is trusted; otherwise the rightmost forwarded entry that is not a
 * trusted proxy (or the leftmost one, when every entry is).
 */
export function resolveClientAddress({ peer, forwardedFor, trusted }: { peer: string; forwardedFor: string | null; trusted: BlockList }): string {
  let address = normalizeAddress(peer);
  if (!isListed(trusted, address)) return address;
  const hops = (forwardedFor ?? "").split(",").map(normalizeAddress).filter(Boolean);
  while (hops.length > 0) {
    address = hops.pop()!;
    if (!isListed(trusted, address)) return address;
  }
  return address;
}

const trusted = proxyList(env.PERCH_TRUSTED_PROXIES);

export function clientInfo(headers: Pick<Headers, "get">): ClientInfo {
  const forwardedFor = headers.get("x-forwarded-for");
  // Without the start-up hook (unit tests call actions directly), the rightmost entry stands
  // for the peer, which is what `next start` itself puts there when the client sent none.
  const peer = (peerHeaderInstalled() ? headers.get(PEER_HEADER) : forwardedFor?.split(",").at(-1)) ?? "";
  const address = (peer.trim() ? resolveClientAddress({ peer, forwardedFor, trusted }) : "unknown").slice(0, 64);
  return { address, userAgent: headers.get("user-agent")?.slice(0, 512) ?? null };
}

/**
 * The key a caller's rate limits are counted under: a user id as it is, an IPv4 address as
 * it is, an IPv6 address by its /64 — one client (a home, a cloud machine) is normally given
 * a whole /64, and could otherwise take a fresh address for every call.
 */
export function rateCaller(caller: string): string {
  const address = normalizeAddress(caller);
  if (!isIPv6(address) || address.includes(".")) return caller;
  const [head = "", tail] = address.split("::");
  const left = head ? head.split(":") : [];
  const right = tail === undefined ? [] : tail ? tail.split(":") : [];
  const groups = tail === undefined ? left : [...left, ...Array<string>(8 - left.length - right.length).fill("0"), ...right];
  return `${groups
    .slice(0, 4)
    .map((g) => g.replace(/^0+(?=.)/, ""))
    .join(":")}::/64`;
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
