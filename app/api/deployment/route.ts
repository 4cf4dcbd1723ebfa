import { NextResponse } from "next/server";
import { isSignInConfigured } from "@/lib/auth/options";
import { isSandbox } from "@/lib/env";

export const dynamic = "force-dynamic";

// GET /api/deployment - public facts the static pages need at run time (no secrets).
export function GET() {
  return NextResponse.json({ sandbox: isSandbox, signIn: isSignInConfigured }, { headers: { "Cache-Control": "no-cache" } });
}
