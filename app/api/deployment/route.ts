import { NextResponse } from "next/server";
import { isSignInConfigured } from "@/lib/auth/options";
import { callbackUrl, websiteUrl } from "@/lib/deployment";
import { isSandbox } from "@/lib/env";

export const dynamic = "force-dynamic";

// GET /api/deployment - public facts the prerendered pages need at run time: sandbox mode,
// whether sign-in is configured, and the values guide steps show with a copy button.
export function GET() {
  return NextResponse.json({ sandbox: isSandbox, signIn: isSignInConfigured, callbackUrl, websiteUrl }, { headers: { "Cache-Control": "no-cache" } });
}
