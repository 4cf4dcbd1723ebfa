import { DeleteTeamForm, LeaveForm, RekeyForm, TeamSettingsForm, TransferForm } from "@/components/vault/team-settings-forms";
import { ReauthNotice } from "@/components/auth/reauth";
import { can } from "@/lib/auth/permissions";
import { isRecentSignIn } from "@/lib/auth/reauth";
import { ACCESS } from "@/lib/guard/access";
import { findMembers } from "@/lib/teams/teams";
import { loadTeamPage } from "@/lib/vault/load";
import { deleteTeamAction, leaveAction, rekeyAction, transferAction, updateSettingsAction } from "./actions";

export const metadata = { title: "Team settings" };

type Props = { params: Promise<{ teamId: string }> };

const card = "space-y-3 rounded-xl border border-zinc-200 p-5 dark:border-zinc-800";

// A team's settings, each part shown to the roles that may use it.
export default async function TeamSettingsPage({ params }: Props) {
  const { teamId } = await params;
  const { user, team } = await loadTeamPage(teamId, `/vault/${teamId}/settings`);
  const others = can(team.role, "team.transfer") ? (await findMembers({ userId: user.id, teamId })).filter((m) => m.userId !== user.id) : [];
  return (
    <div className="grid max-w-3xl gap-6">
      {can(team.role, "team.settings") ? (
        <section aria-labelledby="general" className={card}>
          <h2 id="general" className="text-lg font-semibold">
            General
          </h2>
          <TeamSettingsForm teamId={teamId} name={team.name} staleAfterDays={team.staleAfterDays} action={updateSettingsAction} />
        </section>
      ) : (
        <p className="text-sm text-zinc-600 dark:text-zinc-400">Admins and the owner change this team&apos;s settings.</p>
      )}
      {can(team.role, "team.rekey") ? (
        <section aria-labelledby="rekey" className={card}>
          <h2 id="rekey" className="text-lg font-semibold">
            Re-key
          </h2>
          <p className="text-sm text-zinc-600 dark:text-zinc-400">
            Every credential of this team is encrypted with the team&apos;s own data key. Re-keying makes a new one and re-encrypts every credential with it (for example after someone who could read the database left). Values do not change.
          </p>
          {isRecentSignIn(user.signedInAt, ACCESS["teams.rekey"].recentSignIn) ? null : <ReauthNotice seconds={ACCESS["teams.rekey"].recentSignIn} what="re-key the team" returnTo={`/vault/${teamId}/settings`} />}
          <RekeyForm teamId={teamId} action={rekeyAction} />
        </section>
      ) : null}
      {can(team.role, "team.transfer") && !team.isPersonal ? (
        <section aria-labelledby="transfer" className={card}>
          <h2 id="transfer" className="text-lg font-semibold">
            Transfer ownership
          </h2>
          <p className="text-sm text-zinc-600 dark:text-zinc-400">The new owner can delete the team; you become an admin. A team always has exactly one owner.</p>
          <TransferForm teamId={teamId} members={others.map((m) => ({ userId: m.userId, username: m.username }))} action={transferAction} />
        </section>
      ) : null}
      {team.role !== "owner" ? (
        <section aria-labelledby="leave" className={card}>
          <h2 id="leave" className="text-lg font-semibold">
            Leave
          </h2>
          <p className="text-sm text-zinc-600 dark:text-zinc-400">You lose access to this team&apos;s vault at once. An admin can invite you again.</p>
          <LeaveForm teamId={teamId} action={leaveAction} />
        </section>
      ) : null}
      {can(team.role, "team.delete") && !team.isPersonal ? (
        <section aria-labelledby="delete" className={`${card} border-red-300 dark:border-red-900`}>
          <h2 id="delete" className="text-lg font-semibold text-red-800 dark:text-red-300">
            Delete the team
          </h2>
          <p className="text-sm text-zinc-600 dark:text-zinc-400">Deletes every app, credential, invite and audit entry of this team. The keys keep working at Twitter until you regenerate them there.</p>
          <DeleteTeamForm teamId={teamId} name={team.name} action={deleteTeamAction} />
        </section>
      ) : null}
    </div>
  );
}
