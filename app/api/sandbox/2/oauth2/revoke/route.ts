import { sandboxOffResponse } from "@/lib/sandbox/guard";
import { handleRevokeRequest } from "@/lib/sandbox/oauth2-server";

export const dynamic = "force-dynamic";

// POST /api/sandbox/2/oauth2/revoke - revoke a sandbox OAuth 2.0 access or refresh token.
export async function POST(request: Request): Promise<Response> {
  return sandboxOffResponse() ?? handleRevokeRequest(request);
}
