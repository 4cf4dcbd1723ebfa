"use client";

import { AlertCircle } from "lucide-react";
import { useEffect, useState } from "react";
import { CopyField } from "@/components/ui/copy-button";
import { loadDeployment } from "@/components/layout/use-deployment";
import type { DeploymentValueKind } from "@/lib/guides/types";
import { CallbackUrlAdvice } from "./callback-url-advice";

/**
 * A value this deployment knows (its callback URL, its address) with a copy button.
 * Fetched at run time: the static page was built before the server knew its own URL.
 */
export function DeploymentValue({ kind, label }: { kind: DeploymentValueKind; label: string }) {
  const [state, setState] = useState<{ value: string } | { error: true } | null>(null);
  useEffect(() => {
    let isLive = true;
    loadDeployment()
      .then((deployment) => isLive && setState({ value: deployment[kind] }))
      .catch(() => isLive && setState({ error: true }));
    return () => {
      isLive = false;
    };
  }, [kind]);

  return (
    <div className="rounded-lg border border-sky-200 bg-sky-50/60 p-3 dark:border-sky-900 dark:bg-sky-950/40" data-testid={`deployment-value-${kind}`}>
      <p className="mb-2 text-sm font-semibold text-sky-900 dark:text-sky-200">{label}</p>
      {state === null ? (
        <div className="flex items-center gap-2 rounded-lg border border-zinc-200 bg-zinc-50 p-2 dark:border-zinc-700 dark:bg-zinc-900" aria-busy="true">
          <span className="h-5 flex-1 animate-pulse rounded bg-zinc-200 dark:bg-zinc-800" aria-hidden="true" />
          <span className="sr-only">Loading this deployment&rsquo;s value</span>
        </div>
      ) : "error" in state ? (
        <p className="flex items-center gap-2 text-sm text-red-700 dark:text-red-400" role="alert">
          <AlertCircle className="h-4 w-4 shrink-0" aria-hidden="true" />
          This deployment&rsquo;s value could not be loaded. Reload the page to try again.
        </p>
      ) : (
        <>
          <CopyField value={state.value} label={label} />
          {kind === "callbackUrl" ? <CallbackUrlAdvice url={state.value} /> : null}
        </>
      )}
    </div>
  );
}
