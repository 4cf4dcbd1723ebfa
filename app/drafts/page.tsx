import { PenLine } from "lucide-react";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";

export const metadata = { title: "Drafts" };

export default function DraftsPage() {
  return (
    <>
      <PageHeader title="Use-case drafts" description="Answer the reviewer's questions and get a specific, honest use-case description with a policy check." />
      <EmptyState icon={PenLine} title="The drafting helper is not here yet">
        <p>It is on its way. Meanwhile, the access-levels guide lists what reviewers want to know about your use case.</p>
      </EmptyState>
    </>
  );
}
