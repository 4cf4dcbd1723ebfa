"use client";

import { ArrowLeft, ArrowRight, Check } from "lucide-react";
import { useEffect, useRef } from "react";
import { buttonClass } from "@/components/ui/button-link";
import type { Answers } from "@/lib/drafts/answers";
import { applicableQuestions, applicableSteps, isAnswered, progressOf, setAnswer, type Question } from "@/lib/drafts/questionnaire";
import { cn } from "@/lib/utils";
import { QuestionField } from "./question-field";

/**
 * The questionnaire, one step at a time: a step list to jump anywhere, the current step's
 * questions, Back/Next, and how much is answered. Focus moves to the step's heading when
 * the step changes, so keyboard and screen-reader users land on the new questions.
 */
export function QuestionnaireForm({ answers, stepId, onStepChange, onAnswersChange }: { answers: Answers; stepId: string; onStepChange: (id: string) => void; onAnswersChange: (next: Answers) => void }) {
  const steps = applicableSteps(answers);
  const index = Math.max(0, steps.findIndex((s) => s.id === stepId));
  const step = steps[index]!;
  const progress = progressOf(answers);
  const percent = progress.total ? Math.round((progress.answered / progress.total) * 100) : 0;
  const headingRef = useRef<HTMLHeadingElement>(null);
  const navRef = useRef<HTMLElement>(null);
  const lastStep = useRef(step.id);

  useEffect(() => {
    // Keep the current step's pill in view in the scrolling step list (phones).
    const current = navRef.current?.querySelector<HTMLElement>('[aria-current="step"]');
    const nav = navRef.current;
    if (current && nav) nav.scrollLeft = Math.max(0, current.offsetLeft - nav.clientWidth / 2 + current.clientWidth / 2);
    if (lastStep.current !== step.id) headingRef.current?.focus();
    lastStep.current = step.id;
  }, [step.id]);

  const isStepDone = (id: string) => {
    const s = steps.find((x) => x.id === id)!;
    const required = applicableQuestions(s, answers).filter((q) => !q.isOptional && q.kind !== "boolean");
    return required.length > 0 && required.every((q) => isAnswered(answers, q));
  };
  const change = (q: Question, value: unknown) => onAnswersChange(setAnswer(answers, q, value));

  return (
    <section aria-labelledby="questionnaire-title" className="min-w-0 rounded-xl border border-zinc-200 bg-white dark:border-zinc-800 dark:bg-zinc-950">
      <div className="border-b border-zinc-200 p-4 sm:p-5 dark:border-zinc-800">
        <div className="flex items-baseline justify-between gap-3">
          <h2 id="questionnaire-title" className="text-base font-semibold">
            The reviewer&rsquo;s questions
          </h2>
          <p className="text-xs tabular-nums text-zinc-600 dark:text-zinc-400" data-testid="questionnaire-progress">
            {progress.answered} of {progress.total} answered
          </p>
        </div>
        <div className="mt-2 h-1.5 overflow-hidden rounded-full bg-zinc-200 dark:bg-zinc-800" role="progressbar" aria-label="Questions answered" aria-valuemin={0} aria-valuemax={progress.total} aria-valuenow={progress.answered}>
          <div className="h-full rounded-full bg-sky-600 transition-[width] motion-reduce:transition-none dark:bg-sky-400" style={{ width: `${percent}%` }} />
        </div>
        <nav ref={navRef} aria-label="Questionnaire steps" className="relative -mx-1 mt-4 overflow-x-auto pb-1">
          <ol className="flex gap-1.5 px-1">
            {steps.map((s, i) => {
              const isCurrent = s.id === step.id;
              const isDone = isStepDone(s.id);
              return (
                <li key={s.id} className="shrink-0">
                  <button
                    type="button"
                    onClick={() => onStepChange(s.id)}
                    aria-current={isCurrent ? "step" : undefined}
                    className={cn(
                      "inline-flex items-center gap-1.5 rounded-full border px-3 py-1.5 text-xs font-medium whitespace-nowrap",
                      isCurrent ? "border-sky-700 bg-sky-700 text-white dark:border-sky-400 dark:bg-sky-400 dark:text-zinc-950" : "border-zinc-300 text-zinc-700 hover:bg-zinc-100 dark:border-zinc-700 dark:text-zinc-300 dark:hover:bg-zinc-800",
                    )}
                  >
                    {isDone ? <Check className="h-3.5 w-3.5" aria-hidden="true" /> : <span aria-hidden="true">{i + 1}</span>}
                    {s.title}
                    {isDone ? <span className="sr-only"> (answered)</span> : null}
                  </button>
                </li>
              );
            })}
          </ol>
        </nav>
      </div>

      <div className="p-4 sm:p-5">
        <p className="text-xs font-semibold uppercase tracking-wider text-sky-700 dark:text-sky-400">
          Step {index + 1} of {steps.length}
        </p>
        <h3 ref={headingRef} tabIndex={-1} className="mt-1 text-xl font-semibold tracking-tight focus:outline-none">
          {step.title}
        </h3>
        <p className="mt-1 text-sm text-zinc-600 dark:text-zinc-400">{step.intro}</p>
        <div className="mt-5 space-y-6">
          {applicableQuestions(step, answers).map((q) => (
            <QuestionField key={`${q.section}.${q.field}`} q={q} answers={answers} onChange={(v) => change(q, v)} />
          ))}
        </div>
        <div className="mt-8 flex items-center justify-between gap-3 border-t border-zinc-200 pt-4 dark:border-zinc-800">
          <button type="button" className={buttonClass("secondary")} disabled={index === 0} onClick={() => onStepChange(steps[index - 1]!.id)}>
            <ArrowLeft className="h-4 w-4" aria-hidden="true" />
            Back
          </button>
          {index < steps.length - 1 ? (
            <button type="button" className={buttonClass("primary")} onClick={() => onStepChange(steps[index + 1]!.id)}>
              Next<span className="sr-only">: {steps[index + 1]!.title}</span>
              <ArrowRight className="h-4 w-4" aria-hidden="true" />
            </button>
          ) : (
            <p className="text-sm text-zinc-600 dark:text-zinc-400">Last step: review the draft.</p>
          )}
        </div>
      </div>
    </section>
  );
}
