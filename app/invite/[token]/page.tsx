import { Users } from "lucide-react";
import Link from "next/link";
import { JoinTeamButton } from "@/components/vault/join-team-button";
import { ButtonLink } from "@/components/ui/button-link";
import { getCurrentUser } from "@/lib/auth/current-user";
import { ROLE_LABELS } from "@/lib/auth/permissions";
import { INVITE_TTL_DAYS, previewInvite } from "@/lib/teams/invites";
import { acceptInviteAction } from "@/app/vault/actions";

export const metadata = { title: "Join a team", robots: { index: false, follow: false } };
export const dynamic = "force-dynamic";

type Props = { params: Promise<{ token: string }> };

// An invite link: who it is from and the role, then Join (after signing in).
export default async function InvitePage({ params }: Props) {
  const { token } = await params;
  const user = await getCurrentUser();
  const invite = /^[A-Za-z0-9_-]{43}$/.test(token) ? await previewInvite({ token, userId: user?.id ?? null }) : null;
  const box = "mx-auto max-w-md rounded-2xl border border-zinc-200 p-8 dark:border-zinc-800";
  if (!invite || invite.status !== "open") {
    return (
      <div className={box} role="alert">
        <h1 className="text-2xl font-bold tracking-tight">This invite link can&apos;t be used</h1>
        <p className="mt-2 text-zinc-600 dark:text-zinc-400">
          {!invite ? "It is not a valid link." : invite.status === "used" ? "It has already been used: each link works once." : invite.status === "revoked" ? "It was revoked." : `It has expired: links last ${INVITE_TTL_DAYS} days.`} Ask the person who sent it for a new one.
        </p>
        {/* A way onward, not a dead end: the person's own vault, or signing in to it. */}
        <div className="mt-6 flex flex-wrap gap-3" data-testid="invite-next">
          {user ? <ButtonLink href="/vault">Open your vault</ButtonLink> : <ButtonLink href="/signin?callbackUrl=%2Fvault">Sign in to your vault</ButtonLink>}
          <ButtonLink href="/" variant="secondary">
            Go home
          </ButtonLink>
        </div>
      </div>
    );
  }
  return (
    <div className={box}>
      <Users className="h-7 w-7 text-sky-700 dark:text-sky-400" aria-hidden="true" />
      <h1 className="mt-3 text-2xl font-bold tracking-tight">Join {invite.teamName}</h1>
      <p className="mt-2 text-zinc-600 dark:text-zinc-400">
        You are invited as {invite.role === "admin" ? "an" : "a"} <strong>{ROLE_LABELS[invite.role].toLowerCase()}</strong> of this team&apos;s vault on Perch.
      </p>
      <div className="mt-6">
        {!user ? (
          <ButtonLink href={`/signin?callbackUrl=${encodeURIComponent(`/invite/${token}`)}`}>Sign in to join</ButtonLink>
        ) : invite.isMember ? (
          <p>
            You are already in this team.{" "}
            <Link href={`/vault/${invite.teamId}`} className="font-semibold text-sky-700 underline underline-offset-2 dark:text-sky-400">
              Open its vault
            </Link>
          </p>
        ) : (
          <JoinTeamButton token={token} action={acceptInviteAction} />
        )}
      </div>
    </div>
  );
}
