import { route } from "@/lib/guard/route";
import { handleRevokeRequest } from "@/lib/sandbox/oauth2-server";

export const dynamic = "force-dynamic";

// POST /api/sandbox/2/oauth2/revoke - revoke a sandbox OAuth 2.0 access or refresh token.
export const POST = route("POST /api/sandbox/2/oauth2/revoke", (request) => handleRevokeRequest(request));
