"use client";

import { LoaderCircle } from "lucide-react";
import { useActionState, useEffect, useId, useState } from "react";
import { buttonClass } from "@/components/ui/button-link";
import type { ConsentState, SandboxUserSummary, UserFormState } from "@/lib/sandbox/form-types";
import { SandboxAvatar } from "./sandbox-avatar";
import { SandboxUserForm } from "./sandbox-user-form";

type Props = {
  /** The validated authorization request, posted back with the decision and re-checked there. */
  params: Record<string, string>;
  users: SandboxUserSummary[];
  decide: (state: ConsentState, formData: FormData) => Promise<ConsentState>;
  createUser: (state: UserFormState, formData: FormData) => Promise<UserFormState>;
};

/**
 * The interactive part of the consent screen: pick (or create) the sandbox account to sign
 * in as, then Authorize or Cancel. The account radios live outside the decision form (the
 * create-account form sits between them) and join it through the `form` attribute.
 */
export function ConsentForm({ params, users, decide, createUser }: Props) {
  const id = useId();
  const formId = `${id}-consent`;
  const [created, setCreated] = useState<SandboxUserSummary[]>([]);
  const all = [...created.filter((c) => !users.some((u) => u.id === c.id)), ...users];
  const [selected, setSelected] = useState<string | null>(users[0]?.id ?? null);
  const [state, decideAction, isPending] = useActionState(decide, {});
  const [isCreateOpen, setCreateOpen] = useState(users.length === 0);
  // A full page load to the client's callback, like the 302 of a real authorization server.
  useEffect(() => {
    // Registered callback URLs are http(s) only; refuse anything else defensively.
    if (state.location && /^https?:\/\//i.test(state.location)) window.location.assign(state.location);
  }, [state.location]);

  return (
    <div className="space-y-6">
      <fieldset aria-describedby={state.message ? `${id}-error` : undefined}>
        <legend className="text-sm font-semibold">Sign in as</legend>
        {all.length === 0 ? (
          <p className="mt-2 text-sm text-zinc-600 dark:text-zinc-400">There are no sandbox accounts yet. Create one below.</p>
        ) : (
          <ul className="mt-2 max-h-72 space-y-2 overflow-y-auto p-0.5" data-testid="sandbox-accounts">
            {all.map((user) => (
              <li key={user.id}>
                <label className="flex cursor-pointer items-center gap-3 rounded-lg border border-zinc-200 p-3 hover:bg-zinc-50 has-[:checked]:border-sky-600 has-[:checked]:bg-sky-50 dark:border-zinc-700 dark:hover:bg-zinc-900 dark:has-[:checked]:border-sky-400 dark:has-[:checked]:bg-sky-950">
                  <input
                    type="radio"
                    name="userId"
                    value={user.id}
                    form={formId}
                    checked={selected === user.id}
                    onChange={() => setSelected(user.id)}
                    className="h-4 w-4 accent-sky-700 dark:accent-sky-400"
                  />
                  <SandboxAvatar id={user.id} name={user.name} username={user.username} />
                  <span className="min-w-0">
                    <span className="block truncate font-medium">{user.name}</span>
                    <span className="block truncate text-sm text-zinc-600 [font-variant-ligatures:no-contextual] dark:text-zinc-400">@{user.username}</span>
                  </span>
                </label>
              </li>
            ))}
          </ul>
        )}
      </fieldset>

      <details
        className="rounded-lg border border-zinc-200 p-3 dark:border-zinc-700"
        open={isCreateOpen}
        onToggle={(event) => setCreateOpen(event.currentTarget.open)}
      >
        <summary className="cursor-pointer text-sm font-semibold">Create a sandbox account</summary>
        <div className="mt-3">
          <SandboxUserForm
            action={createUser}
            submitLabel="Create and select"
            onCreated={(user) => {
              setCreated((list) => [user, ...list]);
              setSelected(user.id);
            }}
          />
        </div>
      </details>

      <form id={formId} action={decideAction} className="space-y-3">
        {Object.entries(params).map(([name, value]) => (
          <input key={name} type="hidden" name={name} value={value} />
        ))}
        {state.location ? (
          <p role="status" className="text-sm">
            Returning you to the app…{" "}
            <a href={state.location} className="font-semibold text-sky-700 underline underline-offset-2 dark:text-sky-400">
              Continue
            </a>
          </p>
        ) : null}
        {state.message ? (
          <p id={`${id}-error`} role="alert" className="rounded-md bg-red-50 p-3 text-sm text-red-800 dark:bg-red-950 dark:text-red-200">
            {state.message}
          </p>
        ) : null}
        <div className="flex flex-col-reverse gap-2 sm:flex-row sm:justify-end">
          <button type="submit" name="decision" value="cancel" className={buttonClass("secondary", "w-full sm:w-auto")} disabled={isPending || Boolean(state.location)} formNoValidate>
            Cancel
          </button>
          <button type="submit" name="decision" value="authorize" className={buttonClass("primary", "w-full sm:w-auto")} disabled={isPending || Boolean(state.location)}>
            {isPending ? <LoaderCircle className="h-4 w-4 animate-spin" aria-hidden="true" /> : null}
            Authorize app
          </button>
        </div>
      </form>
    </div>
  );
}
