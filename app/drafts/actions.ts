"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { teamAction } from "@/lib/guard/action";
import { deleteDraft, saveDraftVersion } from "@/lib/drafts/saved-drafts";
import { idSchema } from "@/lib/vault/schemas";

const draftInput = z.object({
  teamId: idSchema,
  draftId: idSchema.optional().nullable(),
  title: z.string().trim().min(1, "Give the draft a title.").max(120, "A title can be at most 120 characters."),
  vaultAppId: idSchema.optional().nullable(),
  // The helper's stored draft; read leniently on the server (parseStoredDraft keeps what is valid).
  content: z.unknown(),
});

/** Saves the draft as a new version (or a new draft) of the team. */
export const saveDraftAction = teamAction("drafts.save", draftInput, async (input, { user, teamId, client }) => {
  const saved = await saveDraftVersion({ userId: user.id, teamId, draftId: input.draftId, title: input.title, vaultAppId: input.vaultAppId, content: input.content, client });
  revalidatePath(`/vault/${teamId}`);
  revalidatePath(`/vault/${teamId}/drafts/${saved.draftId}`);
  return saved;
});

/** Deletes a draft and all its versions. */
export const deleteDraftAction = teamAction("drafts.delete", z.object({ teamId: idSchema, draftId: idSchema }), async ({ draftId }, { user, teamId, client }) => {
  await deleteDraft({ userId: user.id, teamId, draftId, client });
  revalidatePath(`/vault/${teamId}`);
  return null;
});
