import { Users } from "lucide-react";
import Link from "next/link";
import type { ReactNode } from "react";
import { TeamTabs } from "@/components/vault/team-tabs";
import { ROLE_LABELS } from "@/lib/auth/permissions";
import { loadTeamPage } from "@/lib/vault/load";

type Props = { children: ReactNode; params: Promise<{ teamId: string }> };

/** A team's pages: its name, the viewer's role, and the tabs. */
export default async function TeamLayout({ children, params }: Props) {
  const { teamId } = await params;
  const { team } = await loadTeamPage(teamId, `/vault/${teamId}`);
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-end justify-between gap-3">
        <div>
          <p className="text-sm text-zinc-600 dark:text-zinc-400">
            <Link href="/vault" className="hover:underline">
              Vault
            </Link>{" "}
            / {team.isPersonal ? "Personal team" : "Team"}
          </p>
          <h1 className="mt-1 flex items-center gap-2 text-3xl font-bold tracking-tight break-words">
            <Users className="h-7 w-7 shrink-0 text-sky-700 dark:text-sky-400" aria-hidden="true" />
            {team.name}
          </h1>
        </div>
        <p className="rounded-full bg-zinc-100 px-3 py-1 text-sm font-medium dark:bg-zinc-800" data-testid="my-role">
          You are {team.role === "owner" ? "the owner" : `a${team.role === "admin" ? "n" : ""} ${ROLE_LABELS[team.role].toLowerCase()}`}
        </p>
      </div>
      <TeamTabs teamId={team.id} role={team.role} />
      {children}
    </div>
  );
}
