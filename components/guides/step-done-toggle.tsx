"use client";

import { useProgressEntries, useToggleStep } from "@/components/guides/progress-browser-store";

/** The "Mark step done" checkbox of one step. */
export function StepDoneToggle({ guide, step, number, title }: { guide: string; step: string; number: number; title: string }) {
  const entries = useProgressEntries();
  const toggle = useToggleStep();
  const isLoading = entries === null;
  const isDone = entries?.some((e) => e.guide === guide && e.step === step) ?? false;
  return (
    <label className="done-toggle">
      <input
        type="checkbox"
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
