import { notFound } from "next/navigation";
import { AppForm } from "@/components/vault/app-form";
import { can } from "@/lib/auth/permissions";
import { isSandbox } from "@/lib/env";
import { isAppError } from "@/lib/guard/errors";
import { getVaultApp } from "@/lib/vault/apps";
import { loadTeamPage } from "@/lib/vault/load";
import { updateApp } from "../../../actions";

export const metadata = { title: "Edit app" };

type Props = { params: Promise<{ teamId: string; appId: string }> };

// Edit an app: its details, and new values for the credentials that changed.
export default async function EditAppPage({ params }: Props) {
  const { teamId, appId } = await params;
  const { team } = await loadTeamPage(teamId, `/vault/${teamId}/apps/${appId}/edit`);
  if (!can(team.role, "credential.edit")) notFound();
  const app = await getVaultApp({ teamId, appId }).catch((error: unknown) => {
    if (isAppError(error) && error.code === "NOT_FOUND") notFound();
    throw error;
  });
  const initialMeta = {
    name: app.name,
    twitterAppId: app.twitterAppId ?? "",
    environment: app.environment,
    accessLevel: app.accessLevel ?? "",
    notes: app.notes ?? "",
    apiTarget: app.apiTarget,
    rotateBy: app.rotateBy ? app.rotateBy.toISOString().slice(0, 10) : "",
  };
  return (
    <section aria-labelledby="edit-app" className="max-w-3xl">
      <h2 id="edit-app" className="mb-6 text-xl font-semibold">
        Edit {app.name} <span className="text-sm font-normal text-zinc-500">(version {app.version})</span>
      </h2>
      {/* Keyed by version: after "Reload their version" the form starts from theirs. */}
      <AppForm
        key={app.version}
        mode="edit"
        teamId={teamId}
        appId={app.id}
        version={app.version}
        isSandboxAvailable={isSandbox}
        initialMeta={initialMeta}
        stored={app.fields.map((f) => ({ name: f.name, label: f.label, hint: f.hint, length: f.length }))}
        action={updateApp}
      />
    </section>
  );
}
