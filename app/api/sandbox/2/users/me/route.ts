import { handleUsersMe } from "@/lib/sandbox/api";
import { sandboxOffResponse } from "@/lib/sandbox/guard";

export const dynamic = "force-dynamic";

// GET /api/sandbox/2/users/me - the authenticated sandbox user (OAuth 2.0 user token or OAuth 1.0a user context).
export async function GET(request: Request): Promise<Response> {
  return sandboxOffResponse() ?? handleUsersMe(request);
}
