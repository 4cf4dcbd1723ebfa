import { NextResponse } from "next/server";
import { checkDatabase } from "@/lib/db/health";
import { route } from "@/lib/guard/route";

export const dynamic = "force-dynamic";

// GET /api/health - liveness and database reachability, for load balancers and uptime checks.
export const GET = route("GET /api/health", async () => {
  const db = await checkDatabase();
  if (db.ok) return NextResponse.json({ status: "ok", db: "ok" });
  return NextResponse.json({ status: "error", db: "unreachable", reason: db.reason }, { status: 503 });
});
