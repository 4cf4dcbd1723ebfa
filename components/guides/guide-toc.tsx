"use client";

import { Check } from "lucide-react";
import { useEffect, useState } from "react";
import { useProgressEntries } from "@/lib/guides/progress-client";
import { doneStepIds } from "@/lib/guides/progress-store";
import { cn } from "@/lib/utils";

type TocStep = { id: string; title: string };

/** Follows which step is being read: the last step whose top has scrolled past a third of the screen. */
function useCurrentStep(idList: string): string | null {
  const [current, setCurrent] = useState<string | null>(null);
  useEffect(() => {
    const sections = idList.split(" ").map((id) => document.getElementById(id)).filter((el): el is HTMLElement => el !== null);
    if (sections.length === 0) return;
    let frame = 0;
    const update = () => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => {
        const line = window.innerHeight / 3;
        let found: string | null = null;
        for (const section of sections) if (section.getBoundingClientRect().top <= line) found = section.id;
        setCurrent(found ?? sections[0]?.id ?? null);
      });
    };
    update();
    window.addEventListener("scroll", update, { passive: true });
    window.addEventListener("resize", update);
    return () => {
      cancelAnimationFrame(frame);
      window.removeEventListener("scroll", update);
      window.removeEventListener("resize", update);
    };
  }, [idList]);
  return current;
}

/** The guide's steps as links, with a tick on each done step and the current one marked. */
export function GuideToc({ guide, steps, label = "Steps in this guide" }: { guide: string; steps: TocStep[]; label?: string }) {
  const entries = useProgressEntries();
  const done = doneStepIds(entries, guide);
  const current = useCurrentStep(steps.map((s) => s.id).join(" "));
  return (
    <nav aria-label={label}>
      <ol className="space-y-0.5 text-sm">
        {steps.map((step, i) => {
          const isDone = done.has(step.id);
          const isCurrent = current === step.id;
          return (
            <li key={step.id}>
              <a
                href={`#${step.id}`}
                // On small screens the list sits in a <details>: fold it away once a step is chosen.
                onClick={(e) => e.currentTarget.closest("details")?.removeAttribute("open")}
                aria-current={isCurrent ? "location" : undefined}
                className={cn(
                  "flex items-start gap-2.5 rounded-md px-2 py-1.5 text-zinc-600 hover:bg-zinc-100 hover:text-zinc-900 dark:text-zinc-400 dark:hover:bg-zinc-800 dark:hover:text-white",
                  isCurrent && "bg-zinc-100 font-medium text-zinc-900 dark:bg-zinc-800 dark:text-white",
                )}
              >
                <span
                  className={cn(
                    "mt-px flex h-5 w-5 shrink-0 items-center justify-center rounded-full border text-[11px] font-semibold tabular-nums",
                    isDone ? "border-emerald-600 bg-emerald-600 text-white dark:border-emerald-500 dark:bg-emerald-500 dark:text-zinc-950" : "border-zinc-300 dark:border-zinc-600",
                  )}
                  aria-hidden="true"
                >
                  {isDone ? <Check className="h-3 w-3" strokeWidth={3} /> : i + 1}
                </span>
                <span className="min-w-0">
                  <span className="sr-only">Step {i + 1}: </span>
                  {step.title}
                  {isDone ? <span className="sr-only"> (done)</span> : null}
                </span>
              </a>
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
