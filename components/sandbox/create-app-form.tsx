"use client";

import { LoaderCircle, Plus } from "lucide-react";
import { useActionState, useEffect, useId } from "react";
import { buttonClass } from "@/components/ui/button-link";
import type { AppFormState } from "@/lib/sandbox/form-types";
import { errorClass, hintClass, inputClass, labelClass } from "./form-styles";
import { OneTimeSecrets } from "./one-time-secrets";

/** "Create an App": a name and callback URLs; on success, every credential once. */
export function CreateAppForm({ action }: { action: (state: AppFormState, formData: FormData) => Promise<AppFormState> }) {
  const id = useId();
  const [state, formAction, isPending] = useActionState(action, {});
  const nameError = state.fieldErrors?.name;
  const urlsError = state.fieldErrors?.callbackUrls;
  useEffect(() => {
    const field = state.fieldErrors?.name ? "name" : state.fieldErrors?.callbackUrls ? "urls" : null;
    if (field) document.getElementById(`${id}-${field}`)?.focus();
  }, [state, id]);

  return (
    <div className="space-y-4">
      <form action={formAction} className="space-y-4" noValidate key={state.secrets ? state.appName : "form"}>
        <div>
          <label htmlFor={`${id}-name`} className={labelClass}>
            App name
          </label>
          <input
            id={`${id}-name`}
            name="name"
            className={`${inputClass} mt-1`}
            defaultValue={state.values?.name ?? ""}
            maxLength={32}
            required
            autoComplete="off"
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
          <label htmlFor={`${id}-urls`} className={labelClass}>
            Callback URLs
          </label>
          <textarea
            id={`${id}-urls`}
            name="callbackUrls"
            rows={3}
            className={`${inputClass} mt-1 font-mono`}
            defaultValue={state.values?.callbackUrls ?? ""}
            placeholder="http://localhost:8080/callback"
            required
            spellCheck={false}
            aria-invalid={urlsError ? true : undefined}
            aria-describedby={`${id}-urls-hint${urlsError ? ` ${id}-urls-error` : ""}`}
          />
          <p id={`${id}-urls-hint`} className={hintClass}>
            One per line, up to 10. The authorize step only redirects to an exact match.
          </p>
          {urlsError ? (
            <p id={`${id}-urls-error`} className={errorClass}>
              {urlsError}
            </p>
          ) : null}
        </div>
        <button type="submit" className={buttonClass("primary")} disabled={isPending}>
          {isPending ? <LoaderCircle className="h-4 w-4 animate-spin" aria-hidden="true" /> : <Plus className="h-4 w-4" aria-hidden="true" />}
          Create app
        </button>
        {state.message ? (
          <p role="alert" className={errorClass}>
            {state.message}
          </p>
        ) : null}
      </form>
      {state.secrets ? <OneTimeSecrets title={`Keys and tokens for ${state.appName ?? "your app"}`} secrets={state.secrets} /> : null}
    </div>
  );
}
