"use client";

import { KeyRound } from "lucide-react";
import { useId, useState } from "react";
import { ActionMessage } from "@/components/ui/action-message";
import { CopyButton, CopyField } from "@/components/ui/copy-button";
import { TextField } from "@/components/ui/field";
import { errorClass, hintClass, labelClass } from "@/components/ui/form-styles";
import { SubmitButton } from "@/components/ui/submit-button";
import { useAction } from "@/components/ui/use-action";
import { fieldError, type ActionResult } from "@/lib/guard/result";
import { DEFAULT_TOKEN_DAYS, MAX_TOKEN_DAYS } from "@/lib/tokens/schemas";
import { ENVIRONMENTS } from "@/lib/vault/schemas";

type Created = { token: string; name: string; expiresAt: string };

/** A fieldset's problem, shown under it and tied to it for screen readers. */
function FieldsetError({ id, message }: { id: string; message: string | undefined }) {
  return message ? (
    <p id={id} className={errorClass}>
      {message}
    </p>
  ) : null;
}

/**
 * Create a service token: a name, every app or some, the environments, and an expiry. The
 * token comes back once and is shown with a copy button and how to use it.
 */
export function CreateTokenForm({ teamId, apps, origin, action }: { teamId: string; apps: { id: string; name: string; environment: string }[]; origin: string; action: (input: FormData) => Promise<ActionResult<Created>> }) {
  const { result, isPending, onSubmit } = useAction(action, { onSuccess: (_data, { form }) => form?.reset() });
  const [scope, setScope] = useState<"all" | "some">("all");
  const id = useId();
  const appsError = fieldError(result, "appIds");
  const envError = fieldError(result, "environments");
  const firstApp = apps[0]?.name ?? "my-bot";
  return (
    <div className="space-y-4">
      <form onSubmit={onSubmit} className="space-y-4" noValidate aria-label="Create a service token">
        <input type="hidden" name="teamId" value={teamId} />
        <TextField label="Name" name="name" result={result} required maxLength={60} placeholder="reply bot on the VPS" hint="What uses it, so you know what breaks if you revoke it." />
        <fieldset aria-describedby={appsError ? `${id}-apps-error` : undefined}>
          <legend className={labelClass}>Apps it may read</legend>
          <div className="mt-1 space-y-1 text-sm">
            <label className="flex items-center gap-2">
              <input type="radio" name="scope" value="all" checked={scope === "all"} onChange={() => setScope("all")} /> Every app of the team, including apps added later
            </label>
            <label className="flex items-center gap-2">
              <input type="radio" name="scope" value="some" checked={scope === "some"} onChange={() => setScope("some")} disabled={apps.length === 0} /> Only the apps I choose
            </label>
          </div>
          {scope === "some" ? (
            <ul className="mt-2 max-h-56 space-y-1 overflow-y-auto rounded-md border border-zinc-200 p-2 text-sm dark:border-zinc-700" aria-label="Apps">
              {apps.map((app) => (
                <li key={app.id}>
                  <label className="flex items-center gap-2">
                    <input type="checkbox" name="appIds" value={app.id} />
                    <span className="break-all">{app.name}</span> <span className="text-xs text-zinc-600 dark:text-zinc-400">{app.environment}</span>
                  </label>
                </li>
              ))}
            </ul>
          ) : null}
          <FieldsetError id={`${id}-apps-error`} message={appsError} />
        </fieldset>
        <fieldset aria-describedby={envError ? `${id}-env-error` : undefined}>
          <legend className={labelClass}>Environments it may read</legend>
          <div className="mt-1 flex flex-wrap gap-x-4 gap-y-1 text-sm">
            {ENVIRONMENTS.map((env) => (
              <label key={env} className="flex items-center gap-2">
                <input type="checkbox" name="environments" value={env} defaultChecked /> {env}
              </label>
            ))}
          </div>
          <FieldsetError id={`${id}-env-error`} message={envError} />
        </fieldset>
        <TextField label="Expires after (days)" name="days" type="number" inputMode="numeric" min={1} max={MAX_TOKEN_DAYS} defaultValue={DEFAULT_TOKEN_DAYS} result={result} className="max-w-48" hint={`At most ${MAX_TOKEN_DAYS} days (a year).`} />
        <p className={hintClass}>Tokens only read: they can fetch secrets and test credentials, never change anything.</p>
        <SubmitButton isPending={isPending} icon={<KeyRound className="h-4 w-4" aria-hidden="true" />}>
          Create token
        </SubmitButton>
        <ActionMessage result={result?.ok ? null : result} />
      </form>
      {result?.ok ? <NewToken created={result.data} origin={origin} appName={firstApp} /> : null}
    </div>
  );
}

/** The new token, this once: copy it now, and how a program uses it. */
function NewToken({ created, origin, appName }: { created: Created; origin: string; appName: string }) {
  const quotedApp = /^[A-Za-z0-9._-]+$/.test(appName) ? appName : `'${appName.replace(/'/g, "'\\''")}'`;
  const usage = `export PERCH_URL=${origin}\nexport PERCH_TOKEN=<the token>\nperch run --app ${quotedApp} -- node bot.js`;
  return (
    <div role="status" className="space-y-2 rounded-lg border border-amber-300 bg-amber-50/70 p-3 dark:border-amber-800 dark:bg-amber-950/40" data-testid="new-token">
      <p className="text-sm font-medium">
        “{created.name}” is ready, until {new Date(created.expiresAt).toUTCString()}. Copy it now: Perch keeps only its hash and cannot show it again.
      </p>
      <CopyField value={created.token} label="service token" />
      <p className="text-sm">Give it to your program in its environment, never on a command line:</p>
      <div className="relative">
        <pre className="overflow-x-auto rounded-md bg-zinc-900 p-3 pr-20 text-xs text-zinc-100">{usage}</pre>
        <CopyButton value={usage} label="Copy the commands" tone="dark" className="absolute right-2 top-2" />
      </div>
    </div>
  );
}

/** Revoke a token, after a confirmation. */
export function RevokeTokenButton({ teamId, tokenId, name, action }: { teamId: string; tokenId: string; name: string; action: (input: { teamId: string; tokenId: string }) => Promise<ActionResult<null>> }) {
  const { result, isPending, run } = useAction(action);
  const [isConfirming, setConfirming] = useState(false);
  return (
    <span className="inline-flex flex-wrap items-center gap-2">
      {isConfirming ? (
        <>
          <SubmitButton type="button" variant="danger" className="px-3 py-1.5" isPending={isPending} onClick={() => void run({ teamId, tokenId })} autoFocus>
            Revoke “{name}” now
          </SubmitButton>
          <button type="button" className="px-2 py-1.5 text-sm underline-offset-2 hover:underline" onClick={() => setConfirming(false)}>
            Cancel
          </button>
        </>
      ) : (
        <SubmitButton type="button" variant="secondary" className="px-3 py-1.5" isPending={false} onClick={() => setConfirming(true)} aria-label={`Revoke the token “${name}”`}>
          Revoke
        </SubmitButton>
      )}
      <ActionMessage result={result?.ok ? null : result} />
    </span>
  );
}
