"use client";

import { Trash2 } from "lucide-react";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { ActionMessage } from "@/components/ui/action-message";
import { buttonClass } from "@/components/ui/button-link";
import { SubmitButton } from "@/components/ui/submit-button";
import { useAction } from "@/components/ui/use-action";
import type { ActionResult } from "@/lib/guard/result";

/** Delete, after a confirmation that names what goes. */
export function DeleteAppButton({ teamId, appId, appName, action }: { teamId: string; appId: string; appName: string; action: (input: { teamId: string; appId: string }) => Promise<ActionResult<null>> }) {
  const router = useRouter();
  const [isConfirming, setConfirming] = useState(false);
  const { result, isPending, run } = useAction(action, { onSuccess: () => router.push(`/vault/${teamId}`) });
  if (!isConfirming) {
    return (
      <button type="button" className={buttonClass("secondary", "text-red-700 dark:text-red-400")} onClick={() => setConfirming(true)}>
        <Trash2 className="h-4 w-4" aria-hidden="true" /> Delete app
      </button>
    );
  }
  return (
    <div className="flex flex-wrap items-center gap-2 rounded-lg border border-red-300 p-3 dark:border-red-800" role="group" aria-label="Confirm deleting the app">
      <p className="w-full text-sm">Delete {appName} and every credential in it? This cannot be undone (the keys keep working at Twitter until you regenerate them there).</p>
      <SubmitButton type="button" variant="danger" isPending={isPending} onClick={() => void run({ teamId, appId })} autoFocus icon={<Trash2 className="h-4 w-4" aria-hidden="true" />}>
        Yes, delete
      </SubmitButton>
      <button type="button" className={buttonClass("secondary")} onClick={() => setConfirming(false)}>
        Keep it
      </button>
      <ActionMessage result={result?.ok ? null : result} />
    </div>
  );
}
