import { handleUserByUsername } from "@/lib/sandbox/api";
import { sandboxOffResponse } from "@/lib/sandbox/guard";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ username: string }> };

// GET /api/sandbox/2/users/by/username/:username - look a sandbox user up; an app-only Bearer Token works here.
export async function GET(request: Request, { params }: Context): Promise<Response> {
  const off = sandboxOffResponse();
  if (off) return off;
  const { username } = await params;
  return handleUserByUsername(request, username);
}
