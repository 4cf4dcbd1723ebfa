import { sandboxOffResponse } from "@/lib/sandbox/guard";
import { handleTokenRequest } from "@/lib/sandbox/oauth2-server";

export const dynamic = "force-dynamic";

// POST /api/sandbox/2/oauth2/token - the sandbox's OAuth 2.0 token endpoint (authorization_code, refresh_token).
export async function POST(request: Request): Promise<Response> {
  return sandboxOffResponse() ?? handleTokenRequest(request);
}
