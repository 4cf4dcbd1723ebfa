import { route } from "@/lib/guard/route";
import { handleTokenRequest } from "@/lib/sandbox/oauth2-server";

export const dynamic = "force-dynamic";

// POST /api/sandbox/2/oauth2/token - the sandbox's OAuth 2.0 token endpoint (authorization_code, refresh_token).
export const POST = route("POST /api/sandbox/2/oauth2/token", (request) => handleTokenRequest(request));
