"use client";

import { Plus } from "lucide-react";
import { ActionMessage } from "@/components/ui/action-message";
import { TextAreaField, TextField } from "@/components/ui/field";
import { errorClass, labelClass } from "@/components/ui/form-styles";
import { SubmitButton } from "@/components/ui/submit-button";
import { useAction } from "@/components/ui/use-action";
import { fieldError, type ActionResult } from "@/lib/guard/result";
import type { NewSecrets } from "@/lib/sandbox/form-types";
import { NewSecretsPanel, type SandboxVault } from "./new-secrets-panel";

const TYPES = [
  { value: "confidential", label: "Web App, Automated App or Bot", hint: "A confidential client: it keeps a Client Secret on a server and authenticates with HTTP Basic." },
  { value: "public", label: "Native App or Single Page App", hint: "A public client: no Client Secret; PKCE alone proves it at the token endpoint." },
] as const;

/** "Create an App": a name, the type of app and callback URLs; on success, every credential once. */
export function CreateAppForm({ action, vault }: { action: (input: FormData) => Promise<ActionResult<NewSecrets>>; vault?: SandboxVault }) {
  const { result, isPending, onSubmit } = useAction(action, { onSuccess: (_data, { form }) => form?.reset() });
  const typeError = fieldError(result, "clientType");
  return (
    <div className="space-y-4">
      <form onSubmit={onSubmit} className="space-y-4" noValidate>
        <TextField label="App name" name="name" result={result} maxLength={32} required autoComplete="off" />
        <fieldset>
          <legend className={labelClass}>Type of app</legend>
          <div className="mt-2 grid gap-2 sm:grid-cols-2">
            {TYPES.map((type) => (
              <label key={type.value} className="flex cursor-pointer gap-2 rounded-lg border border-zinc-200 p-3 text-sm has-[:checked]:border-sky-600 has-[:checked]:bg-sky-50 dark:border-zinc-700 dark:has-[:checked]:border-sky-400 dark:has-[:checked]:bg-sky-950">
                <input type="radio" name="clientType" value={type.value} defaultChecked={type.value === "confidential"} className="mt-0.5 h-4 w-4 accent-sky-700 dark:accent-sky-400" />
                <span>
                  <span className="block font-medium">{type.label}</span>
                  <span className="block text-xs text-zinc-600 dark:text-zinc-400">{type.hint}</span>
                </span>
              </label>
            ))}
          </div>
          {typeError ? <p className={errorClass}>{typeError}</p> : null}
        </fieldset>
        <TextAreaField
          label="Callback URLs"
          name="callbackUrls"
          result={result}
          rows={3}
          inputClassName="font-mono"
          placeholder="http://127.0.0.1:8080/callback"
          required
          spellCheck={false}
          hint="One per line, up to 10, as on X. The authorize step only redirects to an exact match. X refuses schemes such as javascript:, data: and file:, and asks for http://127.0.0.1 rather than localhost on your own machine."
        />
        <ActionMessage result={result?.ok ? null : result} />
        <SubmitButton isPending={isPending} icon={<Plus className="h-4 w-4" aria-hidden="true" />}>
          Create app
        </SubmitButton>
      </form>
      {result?.ok ? <NewSecretsPanel secrets={result.data} vault={vault} /> : null}
    </div>
  );
}
