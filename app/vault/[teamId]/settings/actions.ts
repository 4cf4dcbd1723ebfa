"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { teamAction } from "@/lib/guard/action";
import { appendAudit } from "@/lib/vault/audit";
import { rekeyTeam } from "@/lib/vault/keys";
import { deleteTeam, leaveTeam, transferOwnership, updateTeamSettings } from "@/lib/teams/teams";
import { idSchema } from "@/lib/vault/schemas";

/** Renames the team and sets its staleness limit. */
export const updateSettingsAction = teamAction(
  "teams.updateSettings",
  z.object({
    teamId: idSchema,
    name: z.string().trim().min(1, "Name the team.").max(60, "A team name can be at most 60 characters."),
    staleAfterDays: z.coerce.number({ error: "Enter a number of days." }).int("Enter whole days.").min(7, "At least 7 days.").max(3650, "At most 3650 days."),
  }),
  async ({ name, staleAfterDays }, { user, teamId, client }) => {
    await updateTeamSettings({ userId: user.id, teamId, name, staleAfterDays, client });
    revalidatePath(`/vault/${teamId}`, "layout");
    return null;
  },
);

/** Re-encrypts every credential of the team under a new data key. */
export const rekeyAction = teamAction("teams.rekey", z.object({ teamId: idSchema }), async (_input, { user, teamId, client }) => {
  // The audit entry is written in the re-key's own transaction: both or neither.
  const result = await rekeyTeam({
    teamId,
    record: (tx, done) => appendAudit({ teamId, actorId: user.id, action: "team.rekeyed", target: { type: "team", id: teamId, label: "data key" }, detail: { fields: done.fields, keyVersion: done.version }, client }, tx),
  });
  return result;
});

/** Makes another member the owner. */
export const transferAction = teamAction("teams.transferOwnership", z.object({ teamId: idSchema, memberId: idSchema }), async ({ memberId }, { user, teamId, client }) => {
  await transferOwnership({ userId: user.id, teamId, memberId, client });
  revalidatePath(`/vault/${teamId}`, "layout");
  return null;
});

/** Leaves the team. */
export const leaveAction = teamAction("teams.leave", z.object({ teamId: idSchema }), async (_input, { user, teamId, client }) => {
  await leaveTeam({ userId: user.id, teamId, client });
  revalidatePath("/vault");
  return null;
});

/** Deletes the team and everything in it (its name typed to confirm). */
export const deleteTeamAction = teamAction("teams.delete", z.object({ teamId: idSchema, confirmName: z.string().max(60) }), async ({ confirmName }, { user, teamId }) => {
  await deleteTeam({ userId: user.id, teamId, confirmName });
  revalidatePath("/vault");
  return null;
});
