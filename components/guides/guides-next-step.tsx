"use client";

import { useProgressEntries } from "@/components/guides/progress-browser-store";
import type { GuideOutline } from "@/lib/guides/progress-merge";
import { summarizeGuide } from "@/lib/guides/progress-merge";

/**
 * The home page's "Start / Continue the guides" next step, counted from the same progress as
 * "Your progress" below it (the browser's copy, merged into the account on the first load
 * after signing in), so the two never disagree.
 */
export function GuidesNextStep({ outlines }: { outlines: GuideOutline[] }) {
  const entries = useProgressEntries();
  const done = outlines.reduce((n, o) => n + summarizeGuide(entries, o).done, 0);
  const total = outlines.reduce((n, o) => n + o.stepIds.length, 0);
  return (
    <>
      <span className="block font-semibold">{entries !== null && done > 0 ? "Continue the guides" : "Start the guides"}</span>
      <span className="block text-sm text-zinc-600 dark:text-zinc-400" data-testid="guides-next-step-count">
        {entries === null ? <span className="sr-only">Loading progress</span> : `${done} of ${total} steps done.`}
      </span>
    </>
  );
}
