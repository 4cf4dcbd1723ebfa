"use client";

import { LogIn, UserPlus } from "lucide-react";
import { ActionMessage } from "@/components/ui/action-message";
import { TextField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { useAction } from "@/components/ui/use-action";
import type { ActionResult } from "@/lib/guard/result";
import type { PracticeAccount } from "@/lib/sandbox/form-types";

type AccountAction = (input: FormData) => Promise<ActionResult<PracticeAccount>>;
type Props = { action: AccountAction; onAdded?: (account: PracticeAccount) => void; submitLabel?: string };

/** Name, @username and an optional password for a new practice account; this browser keeps its key. */
export function CreatePracticeAccountForm({ action, onAdded, submitLabel = "Create account" }: Props) {
  const { result, isPending, onSubmit } = useAction(action, {
    onSuccess: (account, { form }) => {
      form?.reset();
      onAdded?.(account);
    },
  });
  return (
    <form onSubmit={onSubmit} className="space-y-3" noValidate>
      <TextField label="Name" name="name" result={result} maxLength={50} autoComplete="off" required />
      <TextField label="@username" name="username" result={result} maxLength={16} autoComplete="off" spellCheck={false} required hint="Letters, numbers and underscores, up to 15." />
      <TextField
        label="Password (optional)"
        name="password"
        type="password"
        result={result}
        autoComplete="new-password"
        hint="Only needed to use this account from another browser. Without one, only this browser can use it."
      />
      <ActionMessage result={result?.ok ? null : result} inlineFields={["name", "username", "password"]} />
      <SubmitButton isPending={isPending} icon={<UserPlus className="h-4 w-4" aria-hidden="true" />} className="w-full sm:w-auto">
        {submitLabel}
      </SubmitButton>
    </form>
  );
}

/** "Use an account from another browser": its @username and password. */
export function AddPracticeAccountForm({ action, onAdded }: Props) {
  const { result, isPending, onSubmit } = useAction(action, {
    onSuccess: (account, { form }) => {
      form?.reset();
      onAdded?.(account);
    },
  });
  return (
    <form onSubmit={onSubmit} className="space-y-3" noValidate>
      <TextField label="@username" name="username" result={result} maxLength={16} autoComplete="username" spellCheck={false} required />
      <TextField label="Password" name="password" type="password" result={result} autoComplete="current-password" required />
      <ActionMessage result={result} success={result?.ok ? `@${result.data.username} can now be used in this browser.` : undefined} inlineFields={["username", "password"]} />
      <SubmitButton isPending={isPending} variant="secondary" icon={<LogIn className="h-4 w-4" aria-hidden="true" />} className="w-full sm:w-auto">
        Use this account here
      </SubmitButton>
    </form>
  );
}
