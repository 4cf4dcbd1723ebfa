"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { teamAction } from "@/lib/guard/action";
import { createTokenSchema } from "@/lib/tokens/schemas";
import { createServiceToken, revokeServiceToken } from "@/lib/tokens/service-tokens";
import { idSchema } from "@/lib/vault/schemas";

const refresh = (teamId: string) => revalidatePath(`/vault/${teamId}/tokens`);

/** Creates a read-only service token; the token is returned this once and never again. */
export const createTokenAction = teamAction("tokens.create", createTokenSchema, async ({ name, appIds, environments, days }, { user, teamId, client }) => {
  const { token, expiresAt } = await createServiceToken({ userId: user.id, teamId, name, appIds, environments, days, client });
  refresh(teamId);
  return { token, name, expiresAt: expiresAt.toISOString() };
});

/** Revokes a service token; its next request is refused. */
export const revokeTokenAction = teamAction("tokens.revoke", z.object({ teamId: idSchema, tokenId: idSchema }), async ({ tokenId }, { user, teamId, client }) => {
  await revokeServiceToken({ userId: user.id, teamId, tokenId, client });
  refresh(teamId);
  return null;
});
