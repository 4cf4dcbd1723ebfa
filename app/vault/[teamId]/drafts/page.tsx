import { PenLine } from "lucide-react";
import { DraftList } from "@/components/drafts/draft-list";
import { ButtonLink } from "@/components/ui/button-link";
import { EmptyState } from "@/components/ui/empty-state";
import { findDrafts } from "@/lib/drafts/saved-drafts";
import { loadTeamPage } from "@/lib/vault/load";

export const metadata = { title: "Drafts" };

type Props = { params: Promise<{ teamId: string }> };

// The team's use-case drafts.
export default async function TeamDraftsPage({ params }: Props) {
  const { teamId } = await params;
  await loadTeamPage(teamId, `/vault/${teamId}/drafts`);
  const drafts = await findDrafts({ teamId });
  return (
    <div className="space-y-4">
      <div className="flex justify-end">
        <ButtonLink href="/drafts">
          <PenLine className="h-4 w-4" aria-hidden="true" /> Write a draft
        </ButtonLink>
      </div>
      {drafts.length === 0 ? (
        <EmptyState icon={PenLine} title="No drafts yet">
          <p>Answer the reviewer&apos;s questions in the drafting helper, then save the draft to this team.</p>
        </EmptyState>
      ) : (
        <DraftList teamId={teamId} drafts={drafts} />
      )}
    </div>
  );
}
