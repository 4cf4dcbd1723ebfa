import { z } from "zod";
import { parseInput } from "@/lib/guard/core";
import { route } from "@/lib/guard/route";
import { readJsonWithLimit } from "@/lib/http/read-body";
import { revealCredential } from "@/lib/vault/apps";
import { fieldNameSchema } from "@/lib/vault/fields";

export const dynamic = "force-dynamic";

const input = z.object({ field: fieldNameSchema, purpose: z.enum(["reveal", "copy"]) });

// POST /api/teams/:teamId/apps/:appId/reveal - one credential's value, for an explicit reveal
// or copy by a member; audited, and never cached anywhere.
export const POST = route("POST /api/teams/[teamId]/apps/[appId]/reveal", async (request, { params, user, team, client }) => {
  const { field, purpose } = parseInput(input, await readJsonWithLimit(request, 1024));
  const value = await revealCredential({ userId: user.id, teamId: team.id, appId: params.appId ?? "", field: field, purpose, client });
  return Response.json({ value }, { headers: { "Cache-Control": "no-store, private", Pragma: "no-cache" } });
});
