"use client";

import { X } from "lucide-react";
import { ActionMessage } from "@/components/ui/action-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { useAction } from "@/components/ui/use-action";
import type { ActionResult } from "@/lib/guard/result";
import type { PracticeAccount } from "@/lib/sandbox/form-types";
import { SandboxAvatar } from "./sandbox-avatar";

/** The practice accounts this browser holds, each removable from this browser (the account stays). */
export function HeldAccounts({ accounts, forget }: { accounts: PracticeAccount[]; forget: (input: FormData) => Promise<ActionResult<{ userId: string }>> }) {
  const { result, isPending, onSubmit } = useAction(forget);
  return (
    <div className="space-y-3">
      <ul className="max-h-96 space-y-3 overflow-y-auto" aria-label="Practice accounts in this browser">
        {accounts.map((account) => (
          <li key={account.id} className="flex items-center gap-3">
            <SandboxAvatar id={account.id} name={account.name} username={account.username} />
            <div className="min-w-0 flex-1">
              <p className="truncate font-medium">{account.name}</p>
              <p className="truncate text-sm text-zinc-600 [font-variant-ligatures:no-contextual] dark:text-zinc-400">
                @{account.username} · id {account.id}
              </p>
            </div>
            <form onSubmit={onSubmit}>
              <input type="hidden" name="userId" value={account.id} />
              <SubmitButton isPending={isPending} variant="secondary" className="px-2 py-1 text-xs" icon={<X className="h-3.5 w-3.5" aria-hidden="true" />} aria-label={`Remove @${account.username} from this browser`}>
                Remove
              </SubmitButton>
            </form>
          </li>
        ))}
      </ul>
      <ActionMessage result={result?.ok ? null : result} />
    </div>
  );
}
