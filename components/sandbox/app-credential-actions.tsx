"use client";

import { KeyRound, RefreshCw, Trash2 } from "lucide-react";
import { useId, useState } from "react";
import { ActionMessage } from "@/components/ui/action-message";
import { buttonClass } from "@/components/ui/button-link";
import { inputClass, labelClass } from "@/components/ui/form-styles";
import { SubmitButton } from "@/components/ui/submit-button";
import { useAction } from "@/components/ui/use-action";
import type { ActionResult } from "@/lib/guard/result";
import type { NewSecrets, PracticeAccount } from "@/lib/sandbox/form-types";
import { NewSecretsPanel, type SandboxVault } from "./new-secrets-panel";

type SecretsAction = (input: FormData) => Promise<ActionResult<NewSecrets>>;
type Which = "api-key" | "bearer-token" | "client-secret";

const REGENERATE: Record<Which, { label: string; warning: string }> = {
  "api-key": { label: "API Key and Secret", warning: "The current API Key, its Secret and the Bearer Token stop working at once." },
  "bearer-token": { label: "Bearer Token", warning: "The current Bearer Token stops working at once." },
  "client-secret": { label: "Client Secret", warning: "The current Client Secret stops working at once." },
};

const small = "px-3 py-1.5";

function Outcome({ result, vault }: { result: ActionResult<NewSecrets> | null; vault?: SandboxVault }) {
  if (result?.ok) return <NewSecretsPanel secrets={result.data} vault={vault} />;
  return <ActionMessage result={result} />;
}

/** Regenerate keys, issue an OAuth 1.0a Access Token for a practice account, or delete an App you own. */
export function AppCredentialActions({
  appId,
  appName,
  isPublicClient,
  accounts,
  regenerate,
  generateAccessToken,
  deleteApp,
  vault,
}: {
  vault?: SandboxVault;
  appId: string;
  appName: string;
  isPublicClient: boolean;
  accounts: PracticeAccount[];
  regenerate: SecretsAction;
  generateAccessToken: SecretsAction;
  deleteApp: (input: FormData) => Promise<ActionResult<{ message: string }>>;
}) {
  const id = useId();
  const [confirming, setConfirming] = useState<Which | "delete" | null>(null);
  const regen = useAction(regenerate, { onSuccess: () => setConfirming(null) });
  const token = useAction(generateAccessToken);
  const removal = useAction(deleteApp);
  const choices: Which[] = isPublicClient ? ["api-key", "bearer-token"] : ["api-key", "bearer-token", "client-secret"];

  return (
    <div className="space-y-4">
      <div>
        <h4 className="text-sm font-semibold">Regenerate</h4>
        {confirming && confirming !== "delete" ? (
          <form onSubmit={regen.onSubmit} className="mt-2 flex flex-wrap items-center gap-2 rounded-lg border border-amber-300 p-3 dark:border-amber-800">
            <input type="hidden" name="appId" value={appId} />
            <input type="hidden" name="which" value={confirming} />
            <p className="w-full text-sm">
              Regenerate the {REGENERATE[confirming].label} of {appName}? {REGENERATE[confirming].warning}
            </p>
            <SubmitButton isPending={regen.isPending} className={small} icon={<RefreshCw className="h-4 w-4" aria-hidden="true" />} autoFocus>
              Yes, regenerate
            </SubmitButton>
            <button type="button" className={buttonClass("secondary", small)} onClick={() => setConfirming(null)}>
              Keep the current one
            </button>
          </form>
        ) : (
          <div className="mt-2 flex flex-wrap gap-2">
            {choices.map((which) => (
              <button key={which} type="button" className={buttonClass("secondary", small)} onClick={() => setConfirming(which)}>
                <RefreshCw className="h-3.5 w-3.5" aria-hidden="true" />
                {REGENERATE[which].label}
              </button>
            ))}
          </div>
        )}
        <div className="mt-2">
          <Outcome result={regen.result} vault={vault} />
        </div>
      </div>

      <div>
        <h4 className="text-sm font-semibold">Access Token and Secret (OAuth 1.0a)</h4>
        {accounts.length === 0 ? (
          <p className="mt-1 text-sm text-zinc-600 dark:text-zinc-400">A token acts for one practice account: create one below (or on the consent screen) first.</p>
        ) : (
          <form onSubmit={token.onSubmit} className="mt-2 flex flex-col gap-2 sm:flex-row sm:items-end">
            <input type="hidden" name="appId" value={appId} />
            <div className="min-w-0 flex-1">
              <label htmlFor={`${id}-user`} className={labelClass}>
                Acting for
              </label>
              <select id={`${id}-user`} name="userId" className={`${inputClass} mt-1 [font-variant-ligatures:no-contextual]`} defaultValue={accounts[0]?.id}>
                {accounts.map((u) => (
                  <option key={u.id} value={u.id}>
                    {u.name} (@{u.username})
                  </option>
                ))}
              </select>
            </div>
            <SubmitButton isPending={token.isPending} variant="secondary" className="shrink-0" icon={<KeyRound className="h-4 w-4" aria-hidden="true" />}>
              Generate
            </SubmitButton>
          </form>
        )}
        <div className="mt-2">
          <Outcome result={token.result} vault={vault} />
        </div>
      </div>

      <div>
        {confirming === "delete" ? (
          <form onSubmit={removal.onSubmit} className="flex flex-wrap items-center gap-2 rounded-lg border border-red-300 p-3 dark:border-red-800">
            <input type="hidden" name="appId" value={appId} />
            <p className="w-full text-sm">Delete {appName}? Every key and token it issued stops working.</p>
            <SubmitButton isPending={removal.isPending} variant="danger" className={small} icon={<Trash2 className="h-4 w-4" aria-hidden="true" />} autoFocus>
              Yes, delete
            </SubmitButton>
            <button type="button" className={buttonClass("secondary", small)} onClick={() => setConfirming(null)}>
              Keep it
            </button>
          </form>
        ) : (
          <button type="button" className={buttonClass("secondary", `${small} text-red-700 dark:text-red-400`)} onClick={() => setConfirming("delete")}>
            <Trash2 className="h-3.5 w-3.5" aria-hidden="true" />
            Delete app
          </button>
        )}
        <div className="mt-2">
          <ActionMessage result={removal.result} success={removal.result?.ok ? removal.result.data.message : undefined} />
        </div>
      </div>
    </div>
  );
}
