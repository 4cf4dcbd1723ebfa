import { NextResponse } from "next/server";
import { checkDatabase } from "@/lib/db/health";

export const dynamic = "force-dynamic";

// GET /api/health - liveness and database reachability, for load balancers and uptime checks.
export async function GET() {
  const db = await checkDatabase();
  if (db.ok) return NextResponse.json({ status: "ok", db: "ok" });
  return NextResponse.json({ status: "error", db: "unreachable", reason: db.reason }, { status: 503 });
}
