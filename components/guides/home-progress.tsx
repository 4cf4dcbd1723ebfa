"use client";

import { ArrowRight, BookOpenCheck } from "lucide-react";
import Link from "next/link";
import { ButtonLink } from "@/components/ui/button-link";
import { useProgressEntries } from "@/components/guides/progress-browser-store";
import type { GuideOutline } from "@/lib/guides/progress-merge";
import { summarizeGuide } from "@/lib/guides/progress-merge";
import { ProgressBar } from "./progress-bar";

/** The home page's "Your progress": every guide with how far the reader is. */
export function HomeProgress({ outlines }: { outlines: GuideOutline[] }) {
  const entries = useProgressEntries();
  const summaries = outlines.map((outline) => ({ outline, ...summarizeGuide(entries, outline) }));
  const done = summaries.reduce((n, s) => n + s.done, 0);
  const total = summaries.reduce((n, s) => n + s.total, 0);
  const first = outlines[0];

  if (entries !== null && done === 0) {
    return (
      <div className="flex flex-col gap-4 rounded-xl border border-dashed border-zinc-300 p-6 sm:flex-row sm:items-center sm:justify-between dark:border-zinc-700">
        <div className="flex items-start gap-3">
          <BookOpenCheck className="mt-0.5 h-6 w-6 shrink-0 text-sky-700 dark:text-sky-400" aria-hidden="true" />
          <div>
            <p className="font-semibold">You haven&rsquo;t ticked off any steps yet</p>
            <p className="mt-1 text-sm text-zinc-600 dark:text-zinc-400">
              {total} steps across {outlines.length} guides take you from a personal account to working keys. Tick each step as you go; your progress is kept here.
            </p>
          </div>
        </div>
        {first ? (
          <ButtonLink href={`/guides/${first.slug}`} className="shrink-0">
            Start the first guide
          </ButtonLink>
        ) : null}
      </div>
    );
  }

  return (
    <div className="rounded-xl border border-zinc-200 p-5 dark:border-zinc-800">
      <p className="text-sm text-zinc-600 dark:text-zinc-400">
        {entries === null ? <span className="sr-only">Loading progress</span> : `${done} of ${total} steps done across ${outlines.length} guides`}
      </p>
      <ul className="mt-4 grid gap-4 sm:grid-cols-2">
        {summaries.map(({ outline, done: guideDone, total: guideTotal, nextStepId }) => {
          const href = nextStepId && guideDone > 0 ? `/guides/${outline.slug}#${nextStepId}` : `/guides/${outline.slug}`;
          const action = guideDone === 0 ? "Start" : nextStepId ? "Continue" : "Review";
          return (
            <li key={outline.slug} className="min-w-0">
              <div className="mb-1.5 flex items-baseline justify-between gap-3 text-sm">
                <Link href={href} className="min-w-0 font-medium hover:text-sky-700 hover:underline dark:hover:text-sky-300">
                  {outline.title}
                </Link>
                <span className="shrink-0 text-zinc-600 tabular-nums dark:text-zinc-400">{entries === null ? "…" : `${guideDone}/${guideTotal}`}</span>
              </div>
              <ProgressBar done={entries === null ? null : guideDone} total={guideTotal} label={`Progress in “${outline.title}”`} />
              {entries !== null ? (
                <Link href={href} className="mt-1.5 inline-flex items-center gap-1 text-xs font-semibold text-sky-700 hover:underline dark:text-sky-400">
                  {action}
                  <span className="sr-only"> {outline.title}</span>
                  <ArrowRight className="h-3 w-3" aria-hidden="true" />
                </Link>
              ) : null}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
