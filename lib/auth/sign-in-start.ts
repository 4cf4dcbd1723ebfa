import "server-only";
import { createHash, randomBytes } from "node:crypto";
import { z } from "zod";
import { env } from "@/lib/env";

/**
 * Sign-in that works before (or without) JavaScript. next-auth v4 starts OAuth on a POST to
 * /api/auth/signin/twitter that carries a CSRF token matching its CSRF cookie, which a
 * server-rendered page cannot set. So the page's plain form carries a fresh token and posts
 * here; this sets the matching cookie (next-auth's own format) and answers 307, which makes
 * the browser repeat the same POST to next-auth, now with the cookie.
 */

/** A token for the sign-in form: 32 random bytes, hex, as next-auth makes them. */
export function newSignInFormToken(): string {
  return randomBytes(32).toString("hex");
}

export const signInStartInput = z.object({
  csrfToken: z.string().regex(/^[0-9a-f]{64}$/),
  callbackUrl: z.string().max(2048).optional(),
});

/** next-auth's CSRF cookie for `token` on `origin`: `token|sha256(token + secret)`. */
export function csrfCookie(token: string, origin: string): string {
  const isSecure = origin.startsWith("https://");
  const name = `${isSecure ? "__Host-" : ""}next-auth.csrf-token`;
  const value = `${token}|${createHash("sha256").update(`${token}${env.NEXTAUTH_SECRET}`).digest("hex")}`;
  return `${name}=${encodeURIComponent(value)}; Path=/; HttpOnly; SameSite=Lax${isSecure ? "; Secure" : ""}`;
}

/** The 307 that hands the form's POST to next-auth, with the cookie it expects. */
export function signInStartResponse(input: z.infer<typeof signInStartInput>, origin: string): Response {
  const headers = new Headers({ Location: "/api/auth/signin/twitter", "Cache-Control": "no-store" });
  headers.append("Set-Cookie", csrfCookie(input.csrfToken, origin));
  // next-auth reads callbackUrl from the same body; its redirect callback keeps it on this origin.
  return new Response(null, { status: 307, headers });
}
