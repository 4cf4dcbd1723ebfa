import { route } from "@/lib/guard/route";
import { handleUsersMe } from "@/lib/sandbox/api";

export const dynamic = "force-dynamic";

// GET /api/sandbox/2/users/me - the authenticated practice account (OAuth 2.0 user token or OAuth 1.0a user context).
export const GET = route("GET /api/sandbox/2/users/me", (request) => handleUsersMe(request));
