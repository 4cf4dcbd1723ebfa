"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { userAction } from "@/lib/guard/action";
import { acceptInvite } from "@/lib/teams/invites";
import { createTeam } from "@/lib/teams/teams";

const teamName = z.string().trim().min(1, "Name the team.").max(60, "A team name can be at most 60 characters.");

/** Creates a team with the caller as owner. */
export const createTeamAction = userAction("teams.create", z.object({ name: teamName }), async ({ name }, { user, client }) => {
  const team = await createTeam({ userId: user.id, name, client });
  revalidatePath("/vault");
  return team;
});

/** Joins a team with an invite link's token. */
export const acceptInviteAction = userAction("invites.accept", z.object({ token: z.string().regex(/^[A-Za-z0-9_-]{43}$/, "This invite link is not valid.") }), async ({ token }, { user, client }) => {
  const joined = await acceptInvite({ token, userId: user.id, client });
  revalidatePath("/vault");
  return joined;
});
