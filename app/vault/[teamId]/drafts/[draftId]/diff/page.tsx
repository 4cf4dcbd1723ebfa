import Link from "next/link";
import { notFound } from "next/navigation";
import { VersionDiffView } from "@/components/drafts/version-diff-view";
import { viewDraft } from "@/lib/drafts/draft-state";
import { getDraft } from "@/lib/drafts/saved-drafts";
import { diffSections, type VersionSections } from "@/lib/drafts/version-diff";
import { EDITABLE_SECTION_IDS } from "@/lib/drafts/sections";
import { isAppError } from "@/lib/guard/errors";
import { loadTeamPage } from "@/lib/vault/load";

export const metadata = { title: "Compare versions" };

type Props = { params: Promise<{ teamId: string; draftId: string }>; searchParams: Promise<{ a?: string; b?: string }> };

const when = new Intl.DateTimeFormat("en", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" });

async function sectionsOf(teamId: string, draftId: string, version: number): Promise<VersionSections> {
  const { content } = await getDraft({ teamId, draftId, version });
  const view = viewDraft(content);
  return Object.fromEntries(EDITABLE_SECTION_IDS.map((id) => [id, view.sections[id].text]));
}

// Two versions of a team draft, side by side.
export default async function DraftDiffPage({ params, searchParams }: Props) {
  const { teamId, draftId } = await params;
  await loadTeamPage(teamId, `/vault/${teamId}/drafts/${draftId}`);
  const query = await searchParams;
  const a = Number.parseInt(query.a ?? "", 10);
  const b = Number.parseInt(query.b ?? "", 10);
  if (!Number.isInteger(a) || !Number.isInteger(b)) notFound();
  const load = async () => {
    const draft = await getDraft({ teamId, draftId });
    const [left, right] = await Promise.all([sectionsOf(teamId, draftId, a), sectionsOf(teamId, draftId, b)]);
    return { draft, left, right };
  };
  const { draft, left, right } = await load().catch((error: unknown) => {
    if (isAppError(error) && error.code === "NOT_FOUND") notFound();
    throw error;
  });
  const describe = (n: number) => {
    const v = draft.versions.find((x) => x.version === n);
    return v ? `Version ${n} (${when.format(v.createdAt)} UTC${v.author ? `, ${v.author}` : ""})` : `Version ${n}`;
  };
  return (
    <div className="space-y-6">
      <div>
        <p className="text-sm">
          <Link href={`/vault/${teamId}/drafts/${draftId}`} className="text-zinc-600 hover:underline dark:text-zinc-400">
            ← {draft.title}
          </Link>
        </p>
        <h2 className="mt-1 text-2xl font-bold">Compare versions</h2>
        <div className="mt-2 grid grid-cols-2 gap-4 text-sm font-medium">
          <p className="rounded bg-red-50 px-2 py-1 dark:bg-red-950/50">{describe(a)}</p>
          <p className="rounded bg-emerald-50 px-2 py-1 dark:bg-emerald-950/50">{describe(b)}</p>
        </div>
      </div>
      <VersionDiffView sections={diffSections(left, right)} left={describe(a)} right={describe(b)} />
    </div>
  );
}
