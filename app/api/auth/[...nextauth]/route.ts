import { AsyncLocalStorage } from "node:async_hooks";
import NextAuth, { type NextAuthOptions } from "next-auth";
import type { NextRequest } from "next/server";
import { browserSessionToken, endSessionReplacedBy } from "@/lib/auth/current-user";
import { authOptions } from "@/lib/auth/options";
import { safeCallbackPath } from "@/lib/auth/safe-redirect";
import { classifyCallbackFailure, type SignInErrorCode } from "@/lib/auth/sign-in-errors";
import { env, signInMode } from "@/lib/env";
import { route } from "@/lib/guard/route";
import { warnOnOriginMismatch } from "@/lib/origin";

type Params = { nextauth: string[] };

// next-auth v4's App Router form: (request, context, options) → Response.
const runNextAuth = NextAuth as unknown as (req: NextRequest, ctx: { params: Promise<Params> }, options: NextAuthOptions) => Promise<Response>;

// What went wrong in this request's OAuth callback, as learnt from next-auth's logger.
const failure = new AsyncLocalStorage<{ reason?: SignInErrorCode }>();

/** A relative Location stays on the origin the browser is on, whatever the proxy headers say. */
function redirectTo(location: string): Response {
  return new Response(null, { status: 302, headers: { Location: location, "Cache-Control": "no-store" } });
}

const errorRedirect = (code: SignInErrorCode) => redirectTo(`/signin/error?error=${code}`);

/**
 * next-auth (sign-in, OAuth callback, session, sign-out), with precise error pages for a
 * cancelled consent, a missing state and provider failures, and three guards of its own:
 * an unsafe `callbackUrl` in the query is replaced by a safe one (next-auth would show
 * its configuration error), and a callback never sees the session this browser has (so a
 * new Twitter account is never linked to the person signed in before), which ends only
 * when the callback completes a sign-in: a replayed or stale one (the back button on the
 * consent screen) leaves the person signed in and offers to sign in again.
 */
async function handler(request: Request, { params, origin }: { params: Record<string, string>; origin: string }): Promise<Response> {
  const req = request as NextRequest;
  warnOnOriginMismatch(req.headers, env.NODE_ENV === "development");
  const query = req.nextUrl.searchParams;
  const callbackUrl = query.get("callbackUrl");
  if (callbackUrl !== null && safeCallbackPath(callbackUrl, origin) !== callbackUrl) {
    const safe = new URLSearchParams(query);
    safe.set("callbackUrl", safeCallbackPath(callbackUrl, origin));
    return redirectTo(`${req.nextUrl.pathname}?${safe.toString()}`);
  }
  const isCallback = req.nextUrl.pathname.endsWith("/callback/twitter");
  if (isCallback && req.method === "GET") {
    if (query.get("error")) return errorRedirect(query.get("error") === "access_denied" ? "AccessDenied" : "TokenExchange");
    if (!query.get("state") || !query.get("code")) return errorRedirect("State");
  }
  const previousToken = isCallback ? await browserSessionToken() : null;
  const store: { reason?: SignInErrorCode } = {};
  const options = authOptions({ userAgent: req.headers.get("user-agent"), origin, isCallback });
  options.logger = {
    error(code, metadata) {
      const detail = `${code} ${metadata instanceof Error ? metadata.message : JSON.stringify(metadata, (k, v: unknown) => (v instanceof Error ? v.message : v))}`;
      const scope = failure.getStore();
      if (scope && !scope.reason) scope.reason = classifyCallbackFailure(detail, { isSandbox: signInMode === "sandbox" });
      // Log the code only: provider messages can echo request details.
      console.error(`next-auth: ${code}`);
    },
    warn: () => undefined,
    debug: () => undefined,
  };
  // A catch-all segment arrives as an array of strings.
  const response = await failure.run(store, () => runNextAuth(req, { params: Promise.resolve(params as unknown as Params) }, options));
  const location = response.headers.get("location");
  // next-auth sends callback failures to its own /api/auth/error first: go straight to ours.
  if (isCallback && location && /\/error\?error=/.test(location)) return errorRedirect(store.reason ?? "Default");
  if (isCallback) await endSessionReplacedBy(previousToken, response);
  return response;
}

// GET /api/auth/* - next-auth: session, CSRF token, OAuth callback.
export const GET = route("GET /api/auth/[...nextauth]", handler);
// POST /api/auth/* - next-auth: start sign-in (CSRF-checked), sign out.
export const POST = route("POST /api/auth/[...nextauth]", handler);
