import { route } from "@/lib/guard/route";
import { handleUserByUsername } from "@/lib/sandbox/api";

export const dynamic = "force-dynamic";

// GET /api/sandbox/2/users/by/username/:username - look a practice account up; an app-only Bearer Token works here.
export const GET = route("GET /api/sandbox/2/users/by/username/[username]", (request, { params }) => handleUserByUsername(request, params.username ?? ""));
