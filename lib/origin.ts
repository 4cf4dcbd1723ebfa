import "server-only";
import { headers } from "next/headers";
import { configuredOrigin } from "@/lib/env";

/**
 * This deployment's public origin, for building absolute URLs (OAuth callbacks, the
 * sandbox's endpoints, redirects). With NEXTAUTH_URL set it is that, always: in production
 * it is required, so a forged Host or X-Forwarded-* header changes nothing. In development
 * without it, Perch follows the address each request came to, so `npm run dev -- -p 3941`
 * and http://127.0.0.1:3000 work as well as http://localhost:3000.
 */

/** host[:port] as a browser sends it: a DNS name, IPv4 or bracketed IPv6, optional port. */
const HOST = /^(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*|\[[0-9A-Fa-f:.]{2,45}\])(?::\d{1,5})?$/;

const FALLBACK = "http://localhost:3000";

/**
 * The origin for a request with these headers. In development without NEXTAUTH_URL it is
 * read the way next-auth reads it (X-Forwarded-Host, which Next.js fills from Host, and
 * X-Forwarded-Proto), so the callback URL Perch registers is the one next-auth sends.
 */
export function originFromHeaders(requestHeaders: Pick<Headers, "get">): string {
  if (configuredOrigin) return configuredOrigin;
  const host = (requestHeaders.get("x-forwarded-host") ?? requestHeaders.get("host"))?.split(",")[0]?.trim();
  const scheme = requestHeaders.get("x-forwarded-proto")?.split(",")[0]?.trim() === "https" ? "https" : "http";
  return host && HOST.test(host) ? `${scheme}://${host.toLowerCase()}` : FALLBACK;
}

/** The origin for the request being rendered (server components and actions). */
export async function requestOrigin(): Promise<string> {
  return originFromHeaders(await headers());
}

/** The OAuth callback URL to register for Perch's own sign-in at `origin`. */
export function signInCallbackUrl(origin: string): string {
  return `${origin}/api/auth/callback/twitter`;
}

/** Values a guide step or the about page shows with a copy button. */
export function deploymentValues(origin: string): { callbackUrl: string; websiteUrl: string } {
  return { callbackUrl: signInCallbackUrl(origin), websiteUrl: origin };
}

/** The name next-auth gives its session cookie at `origin` (a __Secure- prefix on https). */
export function sessionCookieName(origin: string): string {
  return origin.startsWith("https://") ? "__Secure-next-auth.session-token" : "next-auth.session-token";
}

let hasWarned = false;

/**
 * In development, says once (in the server log) when a request arrives at another address
 * than NEXTAUTH_URL names: sign-in would send the browser to NEXTAUTH_URL instead.
 */
export function warnOnOriginMismatch(requestHeaders: Pick<Headers, "get">, isDevelopment: boolean): void {
  if (!isDevelopment || !configuredOrigin || hasWarned) return;
  const host = (requestHeaders.get("x-forwarded-host") ?? requestHeaders.get("host"))?.split(",")[0]?.trim();
  if (!host || !HOST.test(host) || new URL(configuredOrigin).host === host.toLowerCase()) return;
  hasWarned = true;
  console.warn(
    `Perch: this request came to ${host}, but NEXTAUTH_URL is ${configuredOrigin}, so sign-in will send the browser there. ` +
      "Open Perch at that address, change NEXTAUTH_URL, or remove it in development to follow the address used.",
  );
}
