import { ROLE_LABELS, can } from "@/lib/auth/permissions";
import { MemberControls, InviteForm, RevokeInviteButton } from "@/components/vault/members-manager";
import { findInvites, INVITE_TTL_DAYS } from "@/lib/teams/invites";
import { findMembers } from "@/lib/teams/teams";
import { loadTeamPage } from "@/lib/vault/load";
import { changeRoleAction, createInviteAction, removeMemberAction, revokeInviteAction } from "./actions";

export const metadata = { title: "Members" };

type Props = { params: Promise<{ teamId: string }> };

const day = new Intl.DateTimeFormat("en", { dateStyle: "medium", timeZone: "UTC" });

// Who is in the team, with which role; invite links for admins.
export default async function MembersPage({ params }: Props) {
  const { teamId } = await params;
  const { user, team } = await loadTeamPage(teamId, `/vault/${teamId}/members`);
  const canManage = can(team.role, "member.manage");
  const [members, invites] = await Promise.all([findMembers({ userId: user.id, teamId }), canManage ? findInvites({ teamId }) : Promise.resolve([])]);
  const open = invites.filter((i) => i.status === "open");
  return (
    <div className="grid gap-8 lg:grid-cols-[minmax(0,1fr)_22rem]">
      <section aria-labelledby="members">
        <h2 id="members" className="text-xl font-semibold">
          Members
        </h2>
        <ul className="mt-3 divide-y divide-zinc-200 rounded-xl border border-zinc-200 dark:divide-zinc-800 dark:border-zinc-800" aria-label="Members">
          {members.map((m) => (
            <li key={m.userId} className="flex flex-col gap-2 p-4 sm:flex-row sm:items-center sm:justify-between" data-testid="member">
              <div className="flex items-center gap-3">
                {m.image ? (
                  // eslint-disable-next-line @next/next/no-img-element -- avatars come from the provider's host
                  <img src={m.image} alt="" width={32} height={32} className="h-8 w-8 rounded-full" />
                ) : null}
                <div>
                  <p className="font-medium">
                    {m.name} <span className="font-normal text-zinc-600 dark:text-zinc-400">@{m.username}</span>
                    {m.userId === user.id ? <span className="ml-2 text-xs text-zinc-500">(you)</span> : null}
                  </p>
                  <p className="text-sm text-zinc-600 dark:text-zinc-400">
                    {ROLE_LABELS[m.role]} · joined {day.format(m.joinedAt)}
                  </p>
                </div>
              </div>
              {canManage && m.role !== "owner" && m.userId !== user.id ? <MemberControls teamId={teamId} member={m} changeRole={changeRoleAction} remove={removeMemberAction} /> : null}
            </li>
          ))}
        </ul>
      </section>
      {canManage ? (
        <section aria-labelledby="invites" className="space-y-4">
          <h2 id="invites" className="text-xl font-semibold">
            Invite people
          </h2>
          <p className="text-sm text-zinc-600 dark:text-zinc-400">Twitter gives no e-mail to invite by: make a link, send it however your team talks. It works once, for {INVITE_TTL_DAYS} days, for someone signed in to Perch.</p>
          <InviteForm teamId={teamId} myRole={team.role} action={createInviteAction} />
          {open.length > 0 ? (
            <div>
              <h3 className="text-sm font-semibold">Open links</h3>
              <ul className="mt-2 space-y-2 text-sm" data-testid="open-invites">
                {open.map((invite) => (
                  <li key={invite.id} className="flex flex-wrap items-center justify-between gap-2">
                    <span>
                      {ROLE_LABELS[invite.role]} · by {invite.createdBy ?? "someone"} · until {day.format(invite.expiresAt)}
                    </span>
                    <RevokeInviteButton teamId={teamId} inviteId={invite.id} action={revokeInviteAction} />
                  </li>
                ))}
              </ul>
            </div>
          ) : null}
        </section>
      ) : null}
    </div>
  );
}
