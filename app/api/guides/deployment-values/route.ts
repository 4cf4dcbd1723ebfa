import { NextResponse } from "next/server";
import { callbackUrl, websiteUrl } from "@/lib/deployment";
import type { DeploymentValueKind } from "@/lib/guides/types";

// Read at request time: guide pages are built once, but the callback URL follows the
// NEXTAUTH_URL this server was started with.
export const dynamic = "force-dynamic";

// GET /api/guides/deployment-values - the values guide steps show with a copy button (public, no secrets).
export function GET() {
  const values: Record<DeploymentValueKind, string> = { callbackUrl, websiteUrl };
  return NextResponse.json(values, { headers: { "Cache-Control": "no-cache" } });
}
