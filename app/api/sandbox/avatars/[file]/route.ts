import { route } from "@/lib/guard/route";
import { handleAvatar } from "@/lib/sandbox/avatar-route";

export const dynamic = "force-dynamic";

// GET /api/sandbox/avatars/:userId.svg - a practice account's generated profile picture.
export const GET = route("GET /api/sandbox/avatars/[file]", (_request, { params }) => handleAvatar(params.file ?? ""));
