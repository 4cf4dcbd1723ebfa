"use client";

import { useProgressEntries, useToggleStep } from "@/lib/guides/progress-client";
import { cn } from "@/lib/utils";

/** The "Mark step done" checkbox of one step. */
export function StepDoneToggle({ guide, step, number, title }: { guide: string; step: string; number: number; title: string }) {
  const entries = useProgressEntries();
  const toggle = useToggleStep();
  const isLoading = entries === null;
  const isDone = entries?.some((e) => e.guide === guide && e.step === step) ?? false;
  return (
    <label
      className={cn(
        "inline-flex cursor-pointer select-none items-center gap-2.5 rounded-lg border px-3 py-2 text-sm font-semibold transition-colors print:hidden",
        "has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-offset-2 has-[:focus-visible]:outline-sky-600 dark:has-[:focus-visible]:outline-sky-400",
        isLoading && "cursor-wait opacity-60",
        isDone
          ? "border-emerald-600 bg-emerald-50 text-emerald-800 hover:bg-emerald-100 dark:border-emerald-500 dark:bg-emerald-950 dark:text-emerald-200 dark:hover:bg-emerald-900"
          : "border-zinc-300 bg-white text-zinc-800 hover:bg-zinc-50 dark:border-zinc-600 dark:bg-zinc-900 dark:text-zinc-100 dark:hover:bg-zinc-800",
      )}
    >
      <input
        type="checkbox"
        className="h-4 w-4 cursor-pointer accent-emerald-600 focus-visible:outline-none dark:accent-emerald-500"
        checked={isDone}
        disabled={isLoading}
        onChange={(e) => toggle({ guide, step, isDone: e.currentTarget.checked })}
        data-testid={`done-${step}`}
      />
      <span>
        {isDone ? "Step done" : "Mark step done"}
        <span className="sr-only">
          : step {number}, {title}
        </span>
      </span>
    </label>
  );
}
