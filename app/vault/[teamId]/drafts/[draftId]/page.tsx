import { GitCompare, Trash2 } from "lucide-react";
import Link from "next/link";
import { notFound } from "next/navigation";
import { DeleteDraftButton } from "@/components/drafts/delete-draft-button";
import { TeamDraftEditor } from "@/components/drafts/team-draft-editor";
import { inputClass, labelClass } from "@/components/ui/form-styles";
import { can } from "@/lib/auth/permissions";
import { getDraft } from "@/lib/drafts/saved-drafts";
import { isAppError } from "@/lib/guard/errors";
import { findVaultApps } from "@/lib/vault/apps";
import { loadTeamPage } from "@/lib/vault/load";
import { deleteDraftAction, saveDraftAction } from "@/app/drafts/actions";

export const metadata = { title: "Draft" };

type Props = { params: Promise<{ teamId: string; draftId: string }> };

const when = new Intl.DateTimeFormat("en", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" });

// One team draft: its latest version in the helper, its versions, and a comparison of two.
export default async function TeamDraftPage({ params }: Props) {
  const { teamId, draftId } = await params;
  const { team } = await loadTeamPage(teamId, `/vault/${teamId}/drafts/${draftId}`);
  const draft = await getDraft({ teamId, draftId }).catch((error: unknown) => {
    if (isAppError(error) && error.code === "NOT_FOUND") notFound();
    throw error;
  });
  const { apps } = await findVaultApps({ teamId });
  const latest = draft.versions[0]!;
  const previous = draft.versions[1];
  return (
    <div className="space-y-8">
      <div>
        <p className="text-sm">
          <Link href={`/vault/${teamId}/drafts`} className="text-zinc-600 hover:underline dark:text-zinc-400">
            ← All drafts
          </Link>
        </p>
        <h2 className="mt-1 text-2xl font-bold break-words">{draft.title}</h2>
        <p className="text-sm text-zinc-600 dark:text-zinc-400">
          Version {draft.latestVersion}, saved {when.format(latest.createdAt)} UTC{latest.author ? ` by ${latest.author}` : ""}
          {draft.vaultApp ? ` · for ${draft.vaultApp.name}` : ""}
        </p>
      </div>
      {can(team.role, "draft.edit") ? (
        <TeamDraftEditor
          mode="saved"
          teamId={teamId}
          draftId={draftId}
          title={draft.title}
          vaultAppId={draft.vaultApp?.id ?? null}
          apps={apps.map((a) => ({ id: a.id, name: a.name }))}
          content={draft.content}
          savedAt={latest.createdAt.toISOString()}
          save={saveDraftAction}
        />
      ) : (
        <p className="text-sm text-zinc-600 dark:text-zinc-400">Viewers read drafts; members and above write them. Compare versions below.</p>
      )}
      <section aria-labelledby="versions" className="space-y-3">
        <h3 id="versions" className="text-lg font-semibold">
          Versions
        </h3>
        <ol className="space-y-1 text-sm" data-testid="draft-versions">
          {draft.versions.map((v) => (
            <li key={v.version}>
              <strong>Version {v.version}</strong> · {when.format(v.createdAt)} UTC · {v.author ?? "someone who left"} · {v.errors} problems, {v.warnings} warnings
            </li>
          ))}
        </ol>
        {draft.versions.length > 1 ? (
          <form action={`/vault/${teamId}/drafts/${draftId}/diff`} className="flex flex-wrap items-end gap-2" aria-label="Compare two versions">
            <div>
              <label htmlFor="a" className={labelClass}>
                From
              </label>
              <select id="a" name="a" defaultValue={previous?.version} className={`${inputClass} mt-1 w-32`}>
                {draft.versions.map((v) => (
                  <option key={v.version} value={v.version}>
                    Version {v.version}
                  </option>
                ))}
              </select>
            </div>
            <div>
              <label htmlFor="b" className={labelClass}>
                To
              </label>
              <select id="b" name="b" defaultValue={latest.version} className={`${inputClass} mt-1 w-32`}>
                {draft.versions.map((v) => (
                  <option key={v.version} value={v.version}>
                    Version {v.version}
                  </option>
                ))}
              </select>
            </div>
            <button type="submit" className="inline-flex items-center gap-2 rounded-md border border-zinc-300 px-3 py-2 text-sm font-semibold hover:bg-zinc-50 dark:border-zinc-700 dark:hover:bg-zinc-800">
              <GitCompare className="h-4 w-4" aria-hidden="true" /> Compare
            </button>
          </form>
        ) : null}
      </section>
      {can(team.role, "app.delete") ? (
        <section aria-label="Delete" className="border-t border-zinc-200 pt-6 dark:border-zinc-800">
          <DeleteDraftButton teamId={teamId} draftId={draftId} title={draft.title} action={deleteDraftAction} icon={<Trash2 className="h-4 w-4" aria-hidden="true" />} />
        </section>
      ) : null}
    </div>
  );
}
