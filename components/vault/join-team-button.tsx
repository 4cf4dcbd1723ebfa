"use client";

import { LogIn } from "lucide-react";
import { useRouter } from "next/navigation";
import { ActionMessage } from "@/components/ui/action-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { useAction } from "@/components/ui/use-action";
import type { ActionResult } from "@/lib/guard/result";

/** Accepts an invite and opens the team's vault. */
export function JoinTeamButton({ token, action }: { token: string; action: (input: { token: string }) => Promise<ActionResult<{ teamId: string }>> }) {
  const router = useRouter();
  const { result, isPending, run } = useAction(action, { onSuccess: ({ teamId }) => router.push(`/vault/${teamId}`) });
  return (
    <div className="space-y-3">
      <SubmitButton type="button" isPending={isPending} onClick={() => void run({ token })} icon={<LogIn className="h-4 w-4" aria-hidden="true" />}>
        Join the team
      </SubmitButton>
      <ActionMessage result={result?.ok ? null : result} />
    </div>
  );
}
