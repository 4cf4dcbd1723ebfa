"use client";

import { KeyRound, LoaderCircle, RefreshCw, Trash2 } from "lucide-react";
import { useActionState, useId, useState } from "react";
import { buttonClass } from "@/components/ui/button-link";
import type { CredentialActionState, SandboxUserSummary } from "@/lib/sandbox/form-types";
import { errorClass, inputClass, labelClass } from "./form-styles";
import { OneTimeSecrets } from "./one-time-secrets";

type Action = (state: CredentialActionState, formData: FormData) => Promise<CredentialActionState>;
type Which = "api-key" | "bearer-token" | "client-secret";

const REGENERATE: Record<Which, { label: string; warning: string }> = {
  "api-key": { label: "API Key and Secret", warning: "The current API Key, its Secret and the Bearer Token stop working at once." },
  "bearer-token": { label: "Bearer Token", warning: "The current Bearer Token stops working at once." },
  "client-secret": { label: "Client Secret", warning: "The current Client Secret stops working at once." },
};

const smallButton = "px-3 py-1.5";

function Result({ state, title }: { state: CredentialActionState; title: string }) {
  if (state.secrets?.length) return <OneTimeSecrets title={state.message ?? title} secrets={state.secrets} />;
  if (!state.message) return null;
  return (
    <p role={state.isError ? "alert" : "status"} className={state.isError ? errorClass : "text-sm text-emerald-700 dark:text-emerald-400"}>
      {state.message}
    </p>
  );
}

/** Regenerate keys, generate an OAuth 1.0a Access Token for an account, or delete the App. */
export function AppCredentialActions({
  appId,
  appName,
  isPerchApp,
  users,
  regenerate,
  generateAccessToken,
  deleteApp,
}: {
  appId: string;
  appName: string;
  isPerchApp: boolean;
  users: SandboxUserSummary[];
  regenerate: Action;
  generateAccessToken: Action;
  deleteApp: Action;
}) {
  const id = useId();
  const [confirming, setConfirming] = useState<Which | "delete" | null>(null);
  const [regenState, regenAction, isRegenerating] = useActionState(async (s: CredentialActionState, fd: FormData) => {
    const next = await regenerate(s, fd);
    setConfirming(null);
    return next;
  }, {});
  const [tokenState, tokenAction, isGenerating] = useActionState(generateAccessToken, {});
  const [deleteState, deleteAction, isDeleting] = useActionState(deleteApp, {});
  const choices: Which[] = isPerchApp ? ["api-key", "bearer-token"] : ["api-key", "bearer-token", "client-secret"];

  return (
    <div className="space-y-4">
      <div>
        <h4 className="text-sm font-semibold">Regenerate</h4>
        {confirming && confirming !== "delete" ? (
          <form action={regenAction} className="mt-2 flex flex-wrap items-center gap-2 rounded-lg border border-amber-300 p-3 dark:border-amber-800">
            <input type="hidden" name="appId" value={appId} />
            <input type="hidden" name="which" value={confirming} />
            <p className="w-full text-sm">
              Regenerate the {REGENERATE[confirming].label} of {appName}? {REGENERATE[confirming].warning}
            </p>
            <button type="submit" className={buttonClass("primary", smallButton)} disabled={isRegenerating} autoFocus>
              {isRegenerating ? <LoaderCircle className="h-4 w-4 animate-spin" aria-hidden="true" /> : <RefreshCw className="h-4 w-4" aria-hidden="true" />}
              Yes, regenerate
            </button>
            <button type="button" className={buttonClass("secondary", smallButton)} onClick={() => setConfirming(null)}>
              Keep the current one
            </button>
          </form>
        ) : (
          <div className="mt-2 flex flex-wrap gap-2">
            {choices.map((which) => (
              <button key={which} type="button" className={buttonClass("secondary", smallButton)} onClick={() => setConfirming(which)}>
                <RefreshCw className="h-3.5 w-3.5" aria-hidden="true" />
                {REGENERATE[which].label}
              </button>
            ))}
          </div>
        )}
        <div className="mt-2">
          <Result state={regenState} title="New credentials" />
        </div>
      </div>

      <div>
        <h4 className="text-sm font-semibold">Access Token and Secret (OAuth 1.0a)</h4>
        {users.length === 0 ? (
          <p className="mt-1 text-sm text-zinc-600 dark:text-zinc-400">Create a sandbox account first: a token acts for one account.</p>
        ) : (
          <form action={tokenAction} className="mt-2 flex flex-col gap-2 sm:flex-row sm:items-end">
            <input type="hidden" name="appId" value={appId} />
            <div className="min-w-0 flex-1">
              <label htmlFor={`${id}-user`} className={labelClass}>
                Acting for
              </label>
              <select id={`${id}-user`} name="userId" className={`${inputClass} mt-1 [font-variant-ligatures:no-contextual]`} defaultValue={users[0]?.id}>
                {users.map((u) => (
                  <option key={u.id} value={u.id}>
                    {u.name} (@{u.username})
                  </option>
                ))}
              </select>
            </div>
            <button type="submit" className={buttonClass("secondary", "shrink-0")} disabled={isGenerating}>
              {isGenerating ? <LoaderCircle className="h-4 w-4 animate-spin" aria-hidden="true" /> : <KeyRound className="h-4 w-4" aria-hidden="true" />}
              Generate
            </button>
          </form>
        )}
        <div className="mt-2">
          <Result state={tokenState} title="Access Token and Secret" />
        </div>
      </div>

      {isPerchApp ? null : (
        <div>
          {confirming === "delete" ? (
            <form action={deleteAction} className="flex flex-wrap items-center gap-2 rounded-lg border border-red-300 p-3 dark:border-red-800">
              <input type="hidden" name="appId" value={appId} />
              <p className="w-full text-sm">Delete {appName}? Every key and token it issued stops working.</p>
              <button type="submit" className={buttonClass("primary", `${smallButton} bg-red-700 hover:bg-red-800 dark:bg-red-500 dark:hover:bg-red-400`)} disabled={isDeleting} autoFocus>
                {isDeleting ? <LoaderCircle className="h-4 w-4 animate-spin" aria-hidden="true" /> : <Trash2 className="h-4 w-4" aria-hidden="true" />}
                Yes, delete
              </button>
              <button type="button" className={buttonClass("secondary", smallButton)} onClick={() => setConfirming(null)}>
                Keep it
              </button>
            </form>
          ) : (
            <button type="button" className={buttonClass("secondary", `${smallButton} text-red-700 dark:text-red-400`)} onClick={() => setConfirming("delete")}>
              <Trash2 className="h-3.5 w-3.5" aria-hidden="true" />
              Delete app
            </button>
          )}
          <div className="mt-2">
            <Result state={deleteState} title="Delete" />
          </div>
        </div>
      )}
    </div>
  );
}
