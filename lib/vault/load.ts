import "server-only";
import { notFound } from "next/navigation";
import { cache } from "react";
import { requireUser, type CurrentUser } from "@/lib/auth/current-user";
import { isAppError } from "@/lib/guard/errors";
import { getTeam, type TeamDetail } from "@/lib/teams/teams";

/**
 * What every vault page starts with: the signed-in person (or a redirect to sign in) and
 * the team from the URL, read with their membership. Anyone who is not a member gets the
 * same 404 as for a team that does not exist.
 */
export const loadTeamPage = cache(async (teamId: string, returnTo: string): Promise<{ user: CurrentUser; team: TeamDetail }> => {
  const user = await requireUser(returnTo);
  try {
    return { user, team: await getTeam({ userId: user.id, teamId }) };
  } catch (error) {
    if (isAppError(error) && error.code === "NOT_FOUND") notFound();
    throw error;
  }
});
