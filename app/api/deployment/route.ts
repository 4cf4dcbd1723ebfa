import { NextResponse } from "next/server";
import { env, isSandbox, signInMode } from "@/lib/env";
import { route } from "@/lib/guard/route";
import { deploymentValues } from "@/lib/origin";

export const dynamic = "force-dynamic";

// GET /api/deployment - public facts the prerendered pages need at run time: sandbox mode,
// whether sign-in is configured, and the values guide steps show with a copy button.
export const GET = route("GET /api/deployment", (_request, { origin }) =>
  NextResponse.json(
    // publicDemo: the sandbox runs in production, so anyone who reaches this server may use it.
    { sandbox: isSandbox, publicDemo: isSandbox && env.NODE_ENV === "production", signIn: signInMode !== null, ...deploymentValues(origin) },
    { headers: { "Cache-Control": "no-cache" } },
  ),
);
