"use client";

import { toast } from "sonner";
import { SubmitButton } from "@/components/ui/submit-button";
import { useAction } from "@/components/ui/use-action";
import type { ActionResult } from "@/lib/guard/result";

/** A button that runs a session action and reports its result in a toast. */
export function RevokeButton({ action, sessionId, label, accessibleLabel }: { action: (input: FormData) => Promise<ActionResult<{ message: string }>>; sessionId?: string; label: string; accessibleLabel?: string }) {
  const { isPending, run } = useAction(action);
  return (
    <SubmitButton
      type="button"
      variant="secondary"
      className="px-3 py-1.5"
      isPending={isPending}
      aria-label={accessibleLabel}
      onClick={() => {
        const data = new FormData();
        if (sessionId) data.set("sessionId", sessionId);
        void run(data).then((result) => (result.ok ? toast.success(result.data.message) : toast.error(result.message)));
      }}
    >
      {label}
    </SubmitButton>
  );
}
