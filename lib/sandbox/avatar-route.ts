import "server-only";
import { avatarSvg } from "./avatar";
import { findSandboxUser } from "./store";

const FILE = /^(\d{1,20})\.svg$/;

/** Serves `<userId>.svg`: the generated avatar, cacheable for a day (sandbox names never change). */
export async function handleAvatar(file: string): Promise<Response> {
  const id = FILE.exec(file)?.[1];
  const user = id ? await findSandboxUser(id) : null;
  if (!user) return new Response("Not found", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  return new Response(avatarSvg(user), {
    status: 200,
    headers: {
      "Content-Type": "image/svg+xml; charset=utf-8",
      "Cache-Control": "public, max-age=86400",
      // An SVG opened directly must not run anything.
      "Content-Security-Policy": "default-src 'none'; style-src 'unsafe-inline'; sandbox",
    },
  });
}
