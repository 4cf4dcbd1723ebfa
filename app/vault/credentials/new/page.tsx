import Link from "next/link";
import { redirect } from "next/navigation";
import { PageHeader } from "@/components/ui/page-header";
import { requireUser } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/permissions";
import { ensurePersonalTeam, findMyTeams } from "@/lib/teams/teams";

export const metadata = { title: "Save to vault" };
export const dynamic = "force-dynamic";

type Props = { searchParams: Promise<{ fields?: string; from?: string }> };

// Where a guide step's "Save to vault" leads: the new-app form of the person's team, with
// the step's fields first (a choice of team when there are several to write to).
export default async function SaveToVaultPage({ searchParams }: Props) {
  const query = await searchParams;
  const params = new URLSearchParams({ ...(query.fields ? { fields: query.fields.slice(0, 200) } : {}) }).toString();
  const user = await requireUser(`/vault/credentials/new${params ? `?${params}` : ""}`);
  await ensurePersonalTeam({ userId: user.id, name: user.name });
  const teams = (await findMyTeams({ userId: user.id })).filter((t) => can(t.role, "credential.edit"));
  const target = (teamId: string) => `/vault/${teamId}/apps/new${params ? `?${params}` : ""}`;
  if (teams.length === 1) redirect(target(teams[0]!.id));
  return (
    <>
      <PageHeader title="Save to vault" description="Which team's vault should keep these keys?" />
      <ul className="max-w-md space-y-2">
        {teams.map((t) => (
          <li key={t.id}>
            <Link href={target(t.id)} className="block rounded-lg border border-zinc-200 p-3 font-medium hover:border-sky-600 dark:border-zinc-800">
              {t.name}
            </Link>
          </li>
        ))}
      </ul>
    </>
  );
}
