import http from "node:http";

/**
 * The address a request's connection comes from, stamped on every request as a header when
 * the server starts (lib/server-start.ts calls `installPeerAddressHeader`). Route handlers
 * and actions only see headers, and `next start` keeps a client's own X-Forwarded-For as it
 * is, so without this the real peer would be lost. Whatever a client sends under this name
 * is overwritten.
 */
export const PEER_HEADER = "x-perch-peer-address";

const globalForPeer = globalThis as unknown as { perchPeerHeader?: boolean };

/** True once this process stamps the header on every request (so it can be believed). */
export function peerHeaderInstalled(): boolean {
  return globalForPeer.perchPeerHeader === true;
}

/**
 * Wraps `emit` of Node's HTTP servers so every "request" carries its socket's address in
 * PEER_HEADER before any listener (Next.js's) sees it. Idempotent. Servers created before
 * the call are covered too: the wrapper sits on the prototype they share. Returns a function
 * that takes the wrapper off again (tests).
 */
export function installPeerAddressHeader(): () => void {
  if (peerHeaderInstalled()) return () => undefined;
  const proto = http.Server.prototype as unknown as { emit: (event: string | symbol, ...args: unknown[]) => boolean };
  const emit = proto.emit;
  proto.emit = function (this: http.Server, event: string | symbol, ...args: unknown[]): boolean {
    if (event === "request") {
      const request = args[0] as http.IncomingMessage;
      request.headers[PEER_HEADER] = request.socket?.remoteAddress ?? "";
    }
    return emit.call(this, event, ...args);
  };
  globalForPeer.perchPeerHeader = true;
  return () => {
    proto.emit = emit;
    globalForPeer.perchPeerHeader = false;
  };
}
