"use client";

import { CheckCircle2, Cloud, HardDrive, Loader2 } from "lucide-react";
import Link from "next/link";
import { useProgressEntries, useSyncStatus, type SyncStatus } from "@/components/guides/progress-browser-store";
import type { GuideOutline } from "@/lib/guides/progress-merge";
import { summarizeGuide } from "@/lib/guides/progress-merge";
import { ProgressBar } from "./progress-bar";

function SyncLine({ status, returnTo }: { status: SyncStatus; returnTo: string }) {
  if (status === "unknown") return <p className="mt-1.5 h-4" />;
  const base = "mt-1.5 flex items-center gap-1.5 text-xs text-zinc-600 dark:text-zinc-400";
  if (status === "local") {
    return (
      <p className={base} data-testid="sync-status">
        <HardDrive className="h-3.5 w-3.5 shrink-0" aria-hidden="true" />
        <span>
          Saved in this browser.{" "}
          <Link href={`/signin?callbackUrl=${encodeURIComponent(returnTo)}`} className="font-medium text-sky-700 underline-offset-2 hover:underline dark:text-sky-400">
            Sign in
          </Link>{" "}
          to keep it in your account.
        </span>
      </p>
    );
  }
  const isBusy = status === "syncing" || status === "saving";
  return (
    <p className={base} data-testid="sync-status">
      {isBusy ? <Loader2 className="h-3.5 w-3.5 shrink-0 animate-spin motion-reduce:animate-none" aria-hidden="true" /> : <Cloud className="h-3.5 w-3.5 shrink-0" aria-hidden="true" />}
      <span>{status === "syncing" ? "Syncing with your account…" : status === "saving" ? "Saving…" : "Saved to your account"}</span>
    </p>
  );
}

/** "x of n steps done" and a bar for one guide, read from the browser's progress. */
export function GuideProgress({ outline, className, showSyncStatus = false }: { outline: GuideOutline; className?: string; showSyncStatus?: boolean }) {
  const entries = useProgressEntries();
  const status = useSyncStatus();
  const summary = summarizeGuide(entries, outline);
  const done = entries === null ? null : summary.done;
  const isComplete = done !== null && done === summary.total && summary.total > 0;
  return (
    <div className={className} data-testid={`progress-${outline.slug}`}>
      <div className="mb-1.5 flex items-center justify-between gap-2 text-sm">
        <span className="text-zinc-600 dark:text-zinc-400">
          {done === null ? (
            <>
              <span className="inline-block h-4 w-28 animate-pulse rounded bg-zinc-200 align-middle dark:bg-zinc-800" aria-hidden="true" />
              <span className="sr-only">Loading progress</span>
            </>
          ) : (
            <span data-testid="progress-text">
              {done} of {summary.total} steps done
            </span>
          )}
        </span>
        {isComplete ? (
          <span className="inline-flex items-center gap-1 text-xs font-semibold text-emerald-700 dark:text-emerald-400">
            <CheckCircle2 className="h-4 w-4" aria-hidden="true" /> Complete
          </span>
        ) : null}
      </div>
      <ProgressBar done={done} total={summary.total} label={`Progress in “${outline.title}”`} />
      {showSyncStatus ? <SyncLine status={status} returnTo={`/guides/${outline.slug}`} /> : null}
    </div>
  );
}
