"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { teamAction } from "@/lib/guard/action";
import { createInvite, revokeInvite } from "@/lib/teams/invites";
import { changeRole, removeMember } from "@/lib/teams/teams";
import { idSchema } from "@/lib/vault/schemas";

const invitableRole = z.enum(["viewer", "member", "admin"], { error: "Choose viewer, member or admin." });
const refresh = (teamId: string) => revalidatePath(`/vault/${teamId}/members`);

/** Makes a single-use invite link; the token is returned once, in the link. */
export const createInviteAction = teamAction("invites.create", z.object({ teamId: idSchema, role: invitableRole }), async ({ role }, { user, role: myRole, teamId, client, origin }) => {
  const { token, expiresAt } = await createInvite({ userId: user.id, userRole: myRole, teamId, role, client });
  refresh(teamId);
  return { link: `${origin}/invite/${token}`, expiresAt: expiresAt.toISOString() };
});

/** Revokes an open invite link. */
export const revokeInviteAction = teamAction("invites.revoke", z.object({ teamId: idSchema, inviteId: idSchema }), async ({ inviteId }, { user, teamId, client }) => {
  await revokeInvite({ userId: user.id, teamId, inviteId, client });
  refresh(teamId);
  return null;
});

/** Changes a member's role. */
export const changeRoleAction = teamAction("members.changeRole", z.object({ teamId: idSchema, memberId: idSchema, role: invitableRole }), async ({ memberId, role }, { user, teamId, client }) => {
  await changeRole({ userId: user.id, teamId, memberId, role, client });
  refresh(teamId);
  return null;
});

/** Removes a member. */
export const removeMemberAction = teamAction("members.remove", z.object({ teamId: idSchema, memberId: idSchema }), async ({ memberId }, { user, teamId, client }) => {
  await removeMember({ userId: user.id, teamId, memberId, client });
  refresh(teamId);
  return null;
});
