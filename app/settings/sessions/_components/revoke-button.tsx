"use client";

import { LoaderCircle } from "lucide-react";
import { useTransition } from "react";
import { toast } from "sonner";
import { buttonClass } from "@/components/ui/button-link";
import type { ActionResult } from "../actions";

/** A button that runs a session action and reports its result in a toast. */
export function RevokeButton({ action, sessionId, label, accessibleLabel }: { action: (formData: FormData) => Promise<ActionResult>; sessionId?: string; label: string; accessibleLabel?: string }) {
  const [isPending, startTransition] = useTransition();
  return (
    <button
      type="button"
      className={buttonClass("secondary", "px-3 py-1.5")}
      disabled={isPending}
      aria-label={accessibleLabel}
      onClick={() =>
        startTransition(async () => {
          const data = new FormData();
          if (sessionId) data.set("sessionId", sessionId);
          const result = await action(data);
          if (result.ok) toast.success(result.message);
          else toast.error(result.message);
        })
      }
    >
      {isPending ? <LoaderCircle className="h-4 w-4 animate-spin" aria-hidden="true" /> : null}
      {label}
    </button>
  );
}
