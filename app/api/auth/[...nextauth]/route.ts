import { AsyncLocalStorage } from "node:async_hooks";
import NextAuth, { type NextAuthOptions } from "next-auth";
import type { NextRequest } from "next/server";
import { authOptions } from "@/lib/auth/options";
import { classifyCallbackFailure, type SignInErrorCode } from "@/lib/auth/sign-in-errors";

type Context = { params: Promise<{ nextauth: string[] }> };

// next-auth v4's App Router form: (request, context, options) → Response.
const runNextAuth = NextAuth as unknown as (req: NextRequest, ctx: Context, options: NextAuthOptions) => Promise<Response>;

// What went wrong in this request's OAuth callback, as learnt from next-auth's logger.
const failure = new AsyncLocalStorage<{ reason?: SignInErrorCode }>();

function errorRedirect(req: NextRequest, code: SignInErrorCode): Response {
  return Response.redirect(new URL(`/signin/error?error=${code}`, req.nextUrl.origin), 302);
}

// GET/POST /api/auth/* - next-auth (sign-in, OAuth callback, session, sign-out), with
// precise error pages for a cancelled consent, a missing state and provider failures.
async function handler(req: NextRequest, ctx: Context): Promise<Response> {
  const isCallback = req.nextUrl.pathname.endsWith("/callback/twitter");
  if (isCallback && req.method === "GET") {
    const params = req.nextUrl.searchParams;
    if (params.get("error")) return errorRedirect(req, params.get("error") === "access_denied" ? "AccessDenied" : "TokenExchange");
    if (!params.get("state") || !params.get("code")) return errorRedirect(req, "State");
  }
  const store: { reason?: SignInErrorCode } = {};
  const options = authOptions({ userAgent: req.headers.get("user-agent") });
  options.logger = {
    error(code, metadata) {
      const detail = `${code} ${metadata instanceof Error ? metadata.message : JSON.stringify(metadata, (k, v: unknown) => (v instanceof Error ? v.message : v))}`;
      const scope = failure.getStore();
      if (scope && !scope.reason) scope.reason = classifyCallbackFailure(detail);
      // Log the code only: provider messages can echo request details.
      console.error(`next-auth: ${code}`);
    },
    warn: () => undefined,
    debug: () => undefined,
  };
  const response = await failure.run(store, () => runNextAuth(req, ctx, options));
  const location = response.headers.get("location");
  // next-auth sends callback failures to its own /api/auth/error first: go straight to ours.
  if (isCallback && location && /\/error\?error=/.test(location)) return errorRedirect(req, store.reason ?? "Default");
  return response;
}

export { handler as GET, handler as POST };
