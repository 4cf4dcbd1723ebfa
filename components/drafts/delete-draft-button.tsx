"use client";

import { useRouter } from "next/navigation";
import { useState, type ReactNode } from "react";
import { ActionMessage } from "@/components/ui/action-message";
import { buttonClass } from "@/components/ui/button-link";
import { SubmitButton } from "@/components/ui/submit-button";
import { useAction } from "@/components/ui/use-action";
import type { ActionResult } from "@/lib/guard/result";

/** Delete a draft and its versions, after a confirmation. */
export function DeleteDraftButton({ teamId, draftId, title, icon, action }: { teamId: string; draftId: string; title: string; icon: ReactNode; action: (input: { teamId: string; draftId: string }) => Promise<ActionResult<null>> }) {
  const router = useRouter();
  const [isConfirming, setConfirming] = useState(false);
  const { result, isPending, run } = useAction(action, { onSuccess: () => router.push(`/vault/${teamId}/drafts`) });
  if (!isConfirming) {
    return (
      <button type="button" className={buttonClass("secondary", "text-red-700 dark:text-red-400")} onClick={() => setConfirming(true)}>
        {icon} Delete draft
      </button>
    );
  }
  return (
    <div className="flex flex-wrap items-center gap-2" role="group" aria-label="Confirm deleting the draft">
      <p className="w-full text-sm">Delete “{title}” and all its versions?</p>
      <SubmitButton type="button" variant="danger" isPending={isPending} onClick={() => void run({ teamId, draftId })} autoFocus>
        Yes, delete
      </SubmitButton>
      <button type="button" className={buttonClass("secondary")} onClick={() => setConfirming(false)}>
        Keep it
      </button>
      <ActionMessage result={result?.ok ? null : result} />
    </div>
  );
}
