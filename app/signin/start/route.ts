import { signInStartInput, signInStartResponse } from "@/lib/auth/sign-in-start";
import { isCrossSite } from "@/lib/guard/client";
import { AppError } from "@/lib/guard/errors";
import { route } from "@/lib/guard/route";
import { readTextWithLimit } from "@/lib/http/read-body";

export const dynamic = "force-dynamic";

// POST /signin/start - the sign-in page's plain form: hands the POST on to next-auth (307) with its CSRF cookie.
export const POST = route("POST /signin/start", async (request, { origin }) => {
  if (isCrossSite(request.headers)) throw new AppError("FORBIDDEN", "Sign-in can only be started from this site.");
  const parsed = signInStartInput.safeParse(Object.fromEntries(new URLSearchParams(await readTextWithLimit(request, 4096))));
  // A form without its token (stale, or hand-made): back to the page, which says what to do.
  if (!parsed.success) return new Response(null, { status: 303, headers: { Location: "/signin?error=FormExpired" } });
  return signInStartResponse(parsed.data, origin);
});
