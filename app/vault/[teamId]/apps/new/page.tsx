import { notFound } from "next/navigation";
import { AppForm } from "@/components/vault/app-form";
import { can } from "@/lib/auth/permissions";
import { isSandbox } from "@/lib/env";
import { isFieldName, type FieldName } from "@/lib/vault/fields";
import { loadTeamPage } from "@/lib/vault/load";
import { createApp } from "../../actions";

export const metadata = { title: "Add an app" };

type Props = { params: Promise<{ teamId: string }>; searchParams: Promise<{ fields?: string; name?: string; env?: string }> };

// A new app: its details and credentials (a guide's "Save to vault" pre-selects fields).
export default async function NewAppPage({ params, searchParams }: Props) {
  const { teamId } = await params;
  const { team } = await loadTeamPage(teamId, `/vault/${teamId}/apps/new`);
  if (!can(team.role, "credential.edit")) notFound();
  const query = await searchParams;
  const highlight: FieldName[] = (query.fields ?? "").split(",").filter(isFieldName);
  return (
    <section aria-labelledby="new-app" className="max-w-3xl">
      <h2 id="new-app" className="mb-6 text-xl font-semibold">
        Add an app
      </h2>
      <AppForm mode="create" teamId={teamId} isSandboxAvailable={isSandbox} highlight={highlight} initialMeta={{ name: (query.name ?? "").slice(0, 60) }} action={createApp} />
    </section>
  );
}
