import { handleAvatar } from "@/lib/sandbox/avatar-route";
import { sandboxOffResponse } from "@/lib/sandbox/guard";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ file: string }> };

// GET /api/sandbox/avatars/:userId.svg - a sandbox user's generated profile picture.
export async function GET(_request: Request, { params }: Context): Promise<Response> {
  const off = sandboxOffResponse();
  if (off) return off;
  const { file } = await params;
  return handleAvatar(file);
}
