import { KeyRound, LogIn, ShieldCheck, Users } from "lucide-react";
import Link from "next/link";
import { CreateTeamForm } from "@/components/vault/create-team-form";
import { ButtonLink } from "@/components/ui/button-link";
import { PageHeader } from "@/components/ui/page-header";
import { getCurrentUser } from "@/lib/auth/current-user";
import { ROLE_LABELS } from "@/lib/auth/permissions";
import { ensurePersonalTeam, findMyTeams } from "@/lib/teams/teams";
import { createTeamAction } from "./actions";

export const metadata = { title: "Vault" };
export const dynamic = "force-dynamic";

const POINTS = [
  { icon: ShieldCheck, text: "Each team's credentials are encrypted with its own key (AES-256-GCM), bound to the team, app and field they belong to." },
  { icon: KeyRound, text: "Values stay masked until someone reveals or copies one on purpose; every read is in the audit log." },
  { icon: Users, text: "Share by role: viewers see what exists, members use the keys, admins manage people and export." },
];

// The vault's front door: your teams, or an explanation and a sign-in.
export default async function VaultPage() {
  const user = await getCurrentUser();
  if (!user) {
    return (
      <>
        <PageHeader title="Vault" description="Your team's Twitter App keys and tokens, encrypted per team, masked until revealed on purpose, and audited." />
        <ul className="grid gap-4 sm:grid-cols-3">
          {POINTS.map(({ icon: Icon, text }) => (
            <li key={text} className="rounded-xl border border-zinc-200 p-5 text-sm text-zinc-700 dark:border-zinc-800 dark:text-zinc-300">
              <Icon className="mb-2 h-5 w-5 text-sky-700 dark:text-sky-400" aria-hidden="true" />
              {text}
            </li>
          ))}
        </ul>
        <div className="mt-8">
          <ButtonLink href="/signin?callbackUrl=%2Fvault">
            <LogIn className="h-4 w-4" aria-hidden="true" /> Sign in to open your vault
          </ButtonLink>
        </div>
      </>
    );
  }
  // Everyone has a personal team; older accounts get theirs the first time they look.
  await ensurePersonalTeam({ userId: user.id, name: user.name });
  const teams = await findMyTeams({ userId: user.id });
  return (
    <>
      <PageHeader title="Vault" description="Your teams. Each keeps its Twitter Apps' keys and tokens, encrypted under its own key and shared by role." />
      <div className="grid gap-8 lg:grid-cols-[minmax(0,1fr)_20rem]">
        {/* Cards keep their own height: the column is as tall as "Create a team", the rows are not. */}
        <ul className="grid content-start gap-4 self-start sm:grid-cols-2" aria-label="Your teams">
          {teams.map((team) => (
            <li key={team.id} className="rounded-xl border border-zinc-200 p-5 hover:border-sky-600 dark:border-zinc-800 dark:hover:border-sky-500" data-testid="team-card">
              <Link href={`/vault/${team.id}`} className="text-lg font-semibold break-words text-sky-800 hover:underline dark:text-sky-300">
                {team.name}
              </Link>
              <p className="mt-1 text-sm text-zinc-600 dark:text-zinc-400">
                {team.isPersonal ? "Personal · " : ""}
                {ROLE_LABELS[team.role]} · {team.memberCount === 1 ? "1 member" : `${team.memberCount} members`} · {team.appCount === 1 ? "1 app" : `${team.appCount} apps`}
              </p>
            </li>
          ))}
        </ul>
        <section aria-labelledby="new-team" className="self-start rounded-xl border border-zinc-200 p-5 dark:border-zinc-800">
          <h2 id="new-team" className="font-semibold">
            Create a team
          </h2>
          <p className="mt-1 mb-4 text-sm text-zinc-600 dark:text-zinc-400">For a project or a company: invite people with a link once it exists.</p>
          <CreateTeamForm action={createTeamAction} />
        </section>
      </div>
    </>
  );
}
