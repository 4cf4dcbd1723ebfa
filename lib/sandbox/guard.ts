import "server-only";
import { isSandbox } from "@/lib/env";

/**
 * The sandbox exists only when it is switched on (see lib/env.ts). Its API routes answer
 * 404 otherwise, so a production deployment exposes none of it.
 */
export function sandboxOffResponse(): Response | null {
  return isSandbox ? null : Response.json({ title: "Not Found", type: "about:blank", status: 404, detail: "The Twitter sandbox is off in this deployment." }, { status: 404 });
}
