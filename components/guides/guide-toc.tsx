"use client";

import { ArrowRight, Check } from "lucide-react";
import { useEffect, useId, useState } from "react";
import { useProgressEntries } from "@/components/guides/progress-browser-store";
import { doneStepIds } from "@/lib/guides/progress-merge";

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

/**
 * The guide's steps as links, with a tick on each done step and the current one marked.
 * One list for every screen size: beside the guide on wide screens, folded behind a
 * button on narrow ones (folding again once a step is chosen).
 */
export function GuideToc({ guide, steps }: { guide: string; steps: TocStep[] }) {
  const entries = useProgressEntries();
  const done = doneStepIds(entries, guide);
  const current = useCurrentStep(steps.map((s) => s.id).join(" "));
  const [isOpen, setOpen] = useState(false);
  const listId = useId();
  return (
    <div className="rounded-xl border border-zinc-200 lg:rounded-none lg:border-0 dark:border-zinc-800">
      <button
        type="button"
        aria-expanded={isOpen}
        aria-controls={listId}
        onClick={() => setOpen(!isOpen)}
        className="flex w-full items-center justify-between rounded-xl px-4 py-3 text-sm font-semibold lg:hidden"
      >
        On this page: {steps.length} steps
        <ArrowRight className={`h-4 w-4 transition-transform motion-reduce:transition-none ${isOpen ? "rotate-90" : ""}`} aria-hidden="true" />
      </button>
      <p className="mb-2 hidden px-2 text-xs font-semibold uppercase tracking-wide text-zinc-500 lg:block dark:text-zinc-400">On this page</p>
      <nav id={listId} aria-label="Steps in this guide" className={`border-t border-zinc-200 px-2 py-2 lg:block lg:border-0 lg:p-0 dark:border-zinc-800 ${isOpen ? "" : "hidden"}`}>
        <ol className="space-y-0.5 text-sm">
          {steps.map((step, i) => {
            const isDone = done.has(step.id);
            return (
              <li key={step.id}>
                <a href={`#${step.id}`} onClick={() => setOpen(false)} aria-current={current === step.id ? "location" : undefined} className="toc-link">
                  <span className="toc-number" data-done={isDone ? "" : undefined} aria-hidden="true">
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
    </div>
  );
}
