"use client";

import { Check, Copy, Eye, EyeOff, LoaderCircle } from "lucide-react";
import { useEffect, useState } from "react";
import { buttonClass } from "@/components/ui/button-link";

/** How long a revealed value stays on screen before it is masked again. */
const REVEAL_SECONDS = 30;

type Props = {
  teamId: string;
  appId: string;
  field: string;
  label: string;
  hint: string;
  length: number;
  changed: string;
  canReveal: boolean;
};

async function fetchValue(teamId: string, appId: string, field: string, purpose: "reveal" | "copy"): Promise<string> {
  const res = await fetch(`/api/teams/${encodeURIComponent(teamId)}/apps/${encodeURIComponent(appId)}/reveal`, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ field, purpose }),
    cache: "no-store",
  });
  const body = (await res.json().catch(() => null)) as { value?: string; detail?: string } | null;
  if (!res.ok || typeof body?.value !== "string") throw new Error(body?.detail ?? "The value could not be read. Reload the page and try again.");
  return body.value;
}

/**
 * One credential, masked: Reveal shows it for 30 seconds, Copy puts it on the clipboard
 * without showing it. Each is a separate, audited request; nothing is kept in the page.
 */
export function CredentialRow({ teamId, appId, field, label, hint, length, changed, canReveal }: Props) {
  const [value, setValue] = useState<string | null>(null);
  const [secondsLeft, setSecondsLeft] = useState(0);
  const [busy, setBusy] = useState<"reveal" | "copy" | null>(null);
  const [message, setMessage] = useState<{ text: string; isError: boolean } | null>(null);

  // Count down while a value is shown, then mask it again.
  useEffect(() => {
    if (value === null) return;
    const timer = setTimeout(() => {
      if (secondsLeft <= 1) setValue(null);
      setSecondsLeft(Math.max(0, secondsLeft - 1));
    }, 1000);
    return () => clearTimeout(timer);
  }, [value, secondsLeft]);

  const act = async (purpose: "reveal" | "copy") => {
    setBusy(purpose);
    setMessage(null);
    try {
      const fetched = await fetchValue(teamId, appId, field, purpose);
      if (purpose === "reveal") {
        setValue(fetched);
        setSecondsLeft(REVEAL_SECONDS);
      } else {
        await navigator.clipboard.writeText(fetched);
        setMessage({ text: `${label} copied.`, isError: false });
      }
    } catch (error) {
      setMessage({ text: error instanceof Error ? error.message : "That did not work.", isError: true });
    } finally {
      setBusy(null);
    }
  };

  const masked = hint ? `••••••••${hint}` : "••••••••";
  return (
    <div className="flex flex-col gap-2 py-3 sm:flex-row sm:items-center sm:justify-between" data-testid="credential" data-field={field}>
      <div className="min-w-0">
        <p className="text-sm font-medium">{label}</p>
        <p className="mt-0.5 break-all font-mono text-sm" aria-live="polite" data-testid="credential-value">
          {value ?? <span aria-label={`${label}, hidden`}>{masked}</span>}
        </p>
        <p className="mt-0.5 text-xs text-zinc-600 dark:text-zinc-400">
          {length} characters · {changed}
          {value ? ` · hides again in ${secondsLeft} s` : ""}
        </p>
        {message ? (
          <p role={message.isError ? "alert" : "status"} className={message.isError ? "mt-1 text-sm text-red-700 dark:text-red-400" : "mt-1 text-sm text-emerald-700 dark:text-emerald-400"}>
            {message.text}
          </p>
        ) : null}
      </div>
      {canReveal ? (
        <div className="flex shrink-0 gap-2">
          <button type="button" className={buttonClass("secondary", "px-3 py-1.5")} onClick={() => (value ? setValue(null) : void act("reveal"))} disabled={busy !== null} aria-label={`${value ? "Hide" : "Reveal"} ${label}`}>
            {busy === "reveal" ? <LoaderCircle className="h-4 w-4 animate-spin" aria-hidden="true" /> : value ? <EyeOff className="h-4 w-4" aria-hidden="true" /> : <Eye className="h-4 w-4" aria-hidden="true" />}
            {value ? "Hide" : "Reveal"}
          </button>
          <button type="button" className={buttonClass("secondary", "px-3 py-1.5")} onClick={() => void act("copy")} disabled={busy !== null} aria-label={`Copy ${label}`}>
            {busy === "copy" ? <LoaderCircle className="h-4 w-4 animate-spin" aria-hidden="true" /> : message && !message.isError ? <Check className="h-4 w-4" aria-hidden="true" /> : <Copy className="h-4 w-4" aria-hidden="true" />}
            Copy
          </button>
        </div>
      ) : null}
    </div>
  );
}
