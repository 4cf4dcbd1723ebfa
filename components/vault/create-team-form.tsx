"use client";

import { Plus } from "lucide-react";
import { useRouter } from "next/navigation";
import { ActionMessage } from "@/components/ui/action-message";
import { TextField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { useAction } from "@/components/ui/use-action";
import type { ActionResult } from "@/lib/guard/result";

/** A team's name; on success, off to the new team. */
export function CreateTeamForm({ action }: { action: (input: FormData) => Promise<ActionResult<{ id: string }>> }) {
  const router = useRouter();
  const { result, isPending, onSubmit } = useAction(action, { onSuccess: ({ id }) => router.push(`/vault/${id}`) });
  return (
    <form onSubmit={onSubmit} className="space-y-3" noValidate>
      <TextField label="Team name" name="name" result={result} maxLength={60} required autoComplete="off" />
      <ActionMessage result={result?.ok ? null : result} inlineFields={["name"]} />
      <SubmitButton isPending={isPending} icon={<Plus className="h-4 w-4" aria-hidden="true" />}>
        Create team
      </SubmitButton>
    </form>
  );
}
