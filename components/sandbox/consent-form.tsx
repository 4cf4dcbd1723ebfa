"use client";

import { useEffect, useId, useState } from "react";
import { ActionMessage } from "@/components/ui/action-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { useAction } from "@/components/ui/use-action";
import type { ActionResult } from "@/lib/guard/result";
import type { PracticeAccount } from "@/lib/sandbox/form-types";
import { AddPracticeAccountForm, CreatePracticeAccountForm } from "./practice-account-forms";
import { SandboxAvatar } from "./sandbox-avatar";

type Props = {
  /** The validated authorization request, posted back with the decision and checked again there. */
  params: Record<string, string>;
  /** The practice accounts this browser holds. */
  accounts: PracticeAccount[];
  decide: (input: FormData) => Promise<ActionResult<{ location: string }>>;
  createAccount: (input: FormData) => Promise<ActionResult<PracticeAccount>>;
  addAccount: (input: FormData) => Promise<ActionResult<PracticeAccount>>;
};

/**
 * The interactive part of the consent screen: pick (or create, or add from another browser)
 * the practice account to sign in as, then Authorize or Cancel. The account radios sit
 * outside the decision form (the create form is between them) and join it through `form`.
 */
export function ConsentForm({ params, accounts, decide, createAccount, addAccount }: Props) {
  const id = useId();
  const formId = `${id}-consent`;
  const [added, setAdded] = useState<PracticeAccount[]>([]);
  const all = [...added, ...accounts.filter((a) => !added.some((b) => b.id === a.id))];
  const [selected, setSelected] = useState<string | null>(accounts[0]?.id ?? null);
  const [isCreateOpen, setCreateOpen] = useState(accounts.length === 0);
  const { result, isPending, onSubmit, reset } = useAction(decide);
  const location = result?.ok ? result.data.location : null;
  const onAdded = (account: PracticeAccount) => {
    setAdded((list) => [account, ...list.filter((a) => a.id !== account.id)]);
    setSelected(account.id);
    // "Choose the practice account" no longer applies once one is chosen.
    reset();
  };
  // A full page load to the client's callback, like the 302 of a real authorization server.
  useEffect(() => {
    // Registered callback URLs are http(s) only; refuse anything else defensively.
    if (location && /^https?:\/\//i.test(location)) window.location.assign(location);
  }, [location]);

  return (
    <div className="space-y-6">
      <fieldset aria-describedby={result && !result.ok ? `${id}-error` : undefined}>
        <legend className="text-sm font-semibold">Sign in as</legend>
        {all.length === 0 ? (
          <p className="mt-2 text-sm text-zinc-600 dark:text-zinc-400">This browser has no practice accounts yet. Create one below.</p>
        ) : (
          <ul className="mt-2 max-h-72 space-y-2 overflow-y-auto p-0.5" data-testid="sandbox-accounts">
            {all.map((account) => (
              <li key={account.id}>
                <label className="flex cursor-pointer items-center gap-3 rounded-lg border border-zinc-200 p-3 hover:bg-zinc-50 has-[:checked]:border-sky-600 has-[:checked]:bg-sky-50 dark:border-zinc-700 dark:hover:bg-zinc-900 dark:has-[:checked]:border-sky-400 dark:has-[:checked]:bg-sky-950">
                  <input
                    type="radio"
                    name="userId"
                    value={account.id}
                    form={formId}
                    checked={selected === account.id}
                    onChange={() => {
                      setSelected(account.id);
                      reset();
                    }}
                    className="h-4 w-4 accent-sky-700 dark:accent-sky-400"
                  />
                  <SandboxAvatar id={account.id} name={account.name} username={account.username} />
                  <span className="min-w-0">
                    <span className="block truncate font-medium">{account.name}</span>
                    <span className="block truncate text-sm text-zinc-600 [font-variant-ligatures:no-contextual] dark:text-zinc-400">@{account.username}</span>
                  </span>
                </label>
              </li>
            ))}
          </ul>
        )}
      </fieldset>

      <details className="rounded-lg border border-zinc-200 p-3 dark:border-zinc-700" open={isCreateOpen} onToggle={(event) => setCreateOpen(event.currentTarget.open)}>
        <summary className="cursor-pointer text-sm font-semibold">Create a practice account</summary>
        <div className="mt-3">
          <CreatePracticeAccountForm action={createAccount} onAdded={onAdded} submitLabel="Create and select" />
        </div>
      </details>

      <details className="rounded-lg border border-zinc-200 p-3 dark:border-zinc-700">
        <summary className="cursor-pointer text-sm font-semibold">Use an account from another browser</summary>
        <p className="mt-2 text-sm text-zinc-600 dark:text-zinc-400">A practice account made elsewhere can be used here with its @username and password.</p>
        <div className="mt-3">
          <AddPracticeAccountForm action={addAccount} onAdded={onAdded} />
        </div>
      </details>

      <form id={formId} onSubmit={onSubmit} className="space-y-3">
        {Object.entries(params).map(([name, value]) => (
          <input key={name} type="hidden" name={name} value={value} />
        ))}
        {location ? (
          <p role="status" className="text-sm">
            Returning you to the app…{" "}
            <a href={location} className="font-semibold text-sky-700 underline underline-offset-2 dark:text-sky-400">
              Continue
            </a>
          </p>
        ) : null}
        <div id={`${id}-error`}>
          <ActionMessage result={result} />
        </div>
        <div className="flex flex-col-reverse gap-2 sm:flex-row sm:justify-end">
          <SubmitButton name="decision" value="cancel" variant="secondary" isPending={false} disabled={isPending || Boolean(location)} className="w-full sm:w-auto" formNoValidate>
            Cancel
          </SubmitButton>
          <SubmitButton name="decision" value="authorize" isPending={isPending} disabled={isPending || Boolean(location)} className="w-full sm:w-auto">
            Authorize app
          </SubmitButton>
        </div>
      </form>
    </div>
  );
}
