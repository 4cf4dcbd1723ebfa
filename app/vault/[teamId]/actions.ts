"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { teamAction } from "@/lib/guard/action";
import { createVaultApp, deleteVaultApp, saveSecretsToApp, updateVaultApp } from "@/lib/vault/apps";
import { fieldNameSchema } from "@/lib/vault/fields";
import { testAppCredentials } from "@/lib/vault/credential-test";
import { appMetaSchema, fieldWritesSchema, idSchema } from "@/lib/vault/schemas";

// The vault's app actions. Each is a team action with a minimum permission
// (lib/guard/access.ts → lib/auth/permissions.ts); the data functions scope by team.

const { shape: meta } = appMetaSchema;
const metaOf = <T extends z.infer<typeof appMetaSchema>>(input: T) => ({
  name: input.name,
  twitterAppId: input.twitterAppId,
  environment: input.environment,
  accessLevel: input.accessLevel,
  notes: input.notes,
  apiTarget: input.apiTarget,
  rotateBy: input.rotateBy,
});

/** Adds an app with its credentials. */
export const createApp = teamAction("vault.createApp", appMetaSchema.extend({ teamId: idSchema, fields: fieldWritesSchema }), async (input, { user, teamId, client }) => {
  const { id } = await createVaultApp({ userId: user.id, teamId, meta: metaOf(input), fields: input.fields, client });
  revalidatePath(`/vault/${teamId}`);
  return { id };
});

/** Saves an edit of an app, refused with CONFLICT if someone saved since `version`. */
export const updateApp = teamAction(
  "vault.updateApp",
  z.object({ teamId: idSchema, appId: idSchema, version: z.number().int().min(1), ...meta, set: fieldWritesSchema, remove: z.array(fieldNameSchema).max(40) }),
  async (input, { user, teamId, client }) => {
    const result = await updateVaultApp({ userId: user.id, teamId, appId: input.appId, version: input.version, meta: metaOf(input), set: input.set, remove: input.remove, client });
    revalidatePath(`/vault/${teamId}`);
    revalidatePath(`/vault/${teamId}/apps/${input.appId}`);
    return result;
  },
);

/**
 * Saves credentials shown once elsewhere (the sandbox portal, a guide step) into the app of
 * that name, created if new: one click, no retyping. Fields already there are replaced.
 */
export const saveSecrets = teamAction(
  "vault.saveSecrets",
  z.object({ teamId: idSchema, name: meta.name, environment: meta.environment, apiTarget: meta.apiTarget, fields: fieldWritesSchema.min(1, "There is nothing to save.") }),
  async ({ name, environment, apiTarget, fields }, { user, teamId, client }) => {
    const saved = await saveSecretsToApp({ userId: user.id, teamId, name, environment, apiTarget, fields, client });
    revalidatePath(`/vault/${teamId}`);
    return saved;
  },
);

/** Deletes an app and its credentials. */
export const deleteApp = teamAction("vault.deleteApp", z.object({ teamId: idSchema, appId: idSchema }), async ({ appId }, { user, teamId, client }) => {
  await deleteVaultApp({ userId: user.id, teamId, appId, client });
  revalidatePath(`/vault/${teamId}`);
  return null;
});

/** Tests an app's credentials against the API (or the sandbox); audited, never returns a secret. */
export const testApp = teamAction("vault.testApp", z.object({ teamId: idSchema, appId: idSchema }), async ({ appId }, { user, teamId, origin, client }) => {
  const result = await testAppCredentials({ userId: user.id, teamId, appId, origin, client });
  revalidatePath(`/vault/${teamId}/apps/${appId}`);
  return result;
});
