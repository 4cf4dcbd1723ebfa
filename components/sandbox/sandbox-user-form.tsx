"use client";

import { LoaderCircle, UserPlus } from "lucide-react";
import { useActionState, useEffect, useId } from "react";
import { buttonClass } from "@/components/ui/button-link";
import type { SandboxUserSummary, UserFormState } from "@/lib/sandbox/form-types";
import { errorClass, hintClass, inputClass, labelClass } from "./form-styles";

type Props = {
  action: (state: UserFormState, formData: FormData) => Promise<UserFormState>;
  /** Called with the new account once it exists (the consent screen selects it). */
  onCreated?: (user: SandboxUserSummary) => void;
  submitLabel?: string;
};

/** Name and @username for a new sandbox account, validated on the server, errors beside each field. */
export function SandboxUserForm({ action, onCreated, submitLabel = "Create account" }: Props) {
  const id = useId();
  const [state, formAction, isPending] = useActionState(async (previous: UserFormState, formData: FormData) => {
    const next = await action(previous, formData);
    if (next.user) onCreated?.(next.user);
    return next;
  }, {});
  const nameError = state.fieldErrors?.name;
  const usernameError = state.fieldErrors?.username;
  // Take keyboard and screen-reader users straight to the first field to fix.
  useEffect(() => {
    const field = state.fieldErrors?.name ? "name" : state.fieldErrors?.username ? "username" : null;
    if (field) document.getElementById(`${id}-${field}`)?.focus();
  }, [state, id]);
  // Remount the inputs after a success so they clear; keep what was typed after an error.
  const formKey = state.user?.id ?? "form";

  return (
    <form action={formAction} className="space-y-3" noValidate key={formKey}>
      <div>
        <label htmlFor={`${id}-name`} className={labelClass}>
          Name
        </label>
        <input
          id={`${id}-name`}
          name="name"
          className={`${inputClass} mt-1`}
          defaultValue={state.values?.name ?? ""}
          maxLength={50}
          autoComplete="off"
          required
          aria-invalid={nameError ? true : undefined}
          aria-describedby={nameError ? `${id}-name-error` : undefined}
        />
        {nameError ? (
          <p id={`${id}-name-error`} className={errorClass}>
            {nameError}
          </p>
        ) : null}
      </div>
      <div>
        <label htmlFor={`${id}-username`} className={labelClass}>
          Username
        </label>
        <div className="mt-1 flex items-center">
          <span className="rounded-l-md border border-r-0 border-zinc-300 bg-zinc-50 px-3 py-2 text-sm text-zinc-600 dark:border-zinc-700 dark:bg-zinc-800 dark:text-zinc-300" aria-hidden="true">
            @
          </span>
          <input
            id={`${id}-username`}
            name="username"
            className={`${inputClass} rounded-l-none`}
            defaultValue={state.values?.username ?? ""}
            maxLength={16}
            autoComplete="off"
            autoCapitalize="none"
            spellCheck={false}
            required
            aria-invalid={usernameError ? true : undefined}
            aria-describedby={`${id}-username-hint${usernameError ? ` ${id}-username-error` : ""}`}
          />
        </div>
        <p id={`${id}-username-hint`} className={hintClass}>
          Up to 15 letters, numbers or underscores.
        </p>
        {usernameError ? (
          <p id={`${id}-username-error`} className={errorClass}>
            {usernameError}
          </p>
        ) : null}
      </div>
      <button type="submit" className={buttonClass("secondary")} disabled={isPending}>
        {isPending ? <LoaderCircle className="h-4 w-4 animate-spin" aria-hidden="true" /> : <UserPlus className="h-4 w-4" aria-hidden="true" />}
        {submitLabel}
      </button>
      <p role="status" className="text-sm text-emerald-700 [font-variant-ligatures:no-contextual] dark:text-emerald-400">
        {state.user ? `Created @${state.user.username}.` : state.message ?? ""}
      </p>
    </form>
  );
}
