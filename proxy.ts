import { NextResponse, type NextRequest } from "next/server";
import { env } from "@/lib/env";
import { contentSecurityPolicy, newNonce, prerenderedScriptHashes } from "@/lib/http/csp";

/**
 * Headers only (lib/http/csp.ts): the Content-Security-Policy of each page. Never a gate:
 * access is checked by every action and route handler itself (lib/guard).
 */
export function proxy(request: NextRequest) {
  const isDev = env.NODE_ENV === "development";
  const hashes = prerenderedScriptHashes(request.nextUrl.pathname);
  if (hashes) {
    const response = NextResponse.next();
    response.headers.set("Content-Security-Policy", contentSecurityPolicy({ scriptHashes: hashes, isDev }));
    return response;
  }
  const nonce = newNonce();
  // An address no route matches is answered with the prerendered not-found page: allow its scripts too.
  const policy = contentSecurityPolicy({ nonce, scriptHashes: prerenderedScriptHashes("/_not-found") ?? [], isDev });
  // Next.js finds the nonce in the request's policy and puts it on the scripts it writes.
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("Content-Security-Policy", policy);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("Content-Security-Policy", policy);
  return response;
}

export const config = {
  // Pages only: not Next's static files, images, API routes or prefetches of RSC data.
  matcher: [
    {
      source: "/((?!api/|_next/static|_next/image|favicon.ico|icon|apple-icon|robots.txt|sitemap.xml).*)",
      missing: [
        { type: "header", key: "next-router-prefetch" },
        { type: "header", key: "purpose", value: "prefetch" },
      ],
    },
  ],
};
