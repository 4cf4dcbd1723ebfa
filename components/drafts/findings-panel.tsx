"use client";

import { AlertOctagon, AlertTriangle, BookOpen, CheckCircle2, Info, type LucideIcon } from "lucide-react";
import Link from "next/link";
import type { Finding, Severity } from "@/lib/drafts/lint";
import { SECTION_TITLES } from "@/lib/drafts/sections";
import { cn } from "@/lib/utils";

const GROUPS: { severity: Severity; title: string; icon: LucideIcon; tone: string }[] = [
  { severity: "error", title: "Must fix", icon: AlertOctagon, tone: "text-red-700 dark:text-red-400" },
  { severity: "warning", title: "Should fix", icon: AlertTriangle, tone: "text-amber-700 dark:text-amber-400" },
  { severity: "info", title: "Worth a look", icon: Info, tone: "text-sky-700 dark:text-sky-400" },
];

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** Summary line, e.g. "2 to fix, 3 to improve". */
export function findingsSummary(findings: Finding[]): string {
  if (findings.length === 0) return "No findings";
  const count = (s: Severity) => findings.filter((f) => f.severity === s).length;
  return [count("error") && plural(count("error"), "must fix", "must fix"), count("warning") && plural(count("warning"), "should fix", "should fix"), count("info") && plural(count("info"), "worth a look", "worth a look")].filter(Boolean).join(", ");
}

/** The policy check's findings, grouped by severity, each with its reason and guide step. */
export function FindingsPanel({ findings, isEmptyDraft }: { findings: Finding[]; isEmptyDraft: boolean }) {
  return (
    <section aria-labelledby="findings-title" className="rounded-xl border border-zinc-200 bg-white p-4 sm:p-5 dark:border-zinc-800 dark:bg-zinc-950">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 id="findings-title" className="text-base font-semibold">
          Policy check
        </h2>
        <p className="text-xs text-zinc-600 dark:text-zinc-400" aria-live="polite" data-testid="findings-summary">
          {isEmptyDraft ? "Waiting for answers" : findingsSummary(findings)}
        </p>
      </div>
      {isEmptyDraft ? (
        <p className="mt-3 text-sm text-zinc-600 dark:text-zinc-400">Answer a few questions and the check runs as you type: what is missing, vague or risky, each with the guide step that explains it. It runs in your browser; nothing is sent anywhere.</p>
      ) : findings.length === 0 ? (
        <p className="mt-3 flex items-start gap-2 text-sm text-emerald-800 dark:text-emerald-300">
          <CheckCircle2 className="mt-0.5 h-4 w-4 shrink-0" aria-hidden="true" />
          Nothing to fix: every section reviewers expect is there, and nothing matches a restricted use. Read it once more as a reviewer would.
        </p>
      ) : (
        <div className="mt-3 space-y-4">
          {GROUPS.map(({ severity, title, icon: Icon, tone }) => {
            const group = findings.filter((f) => f.severity === severity);
            if (group.length === 0) return null;
            return (
              <div key={severity}>
                <h3 className={cn("flex items-center gap-1.5 text-sm font-semibold", tone)}>
                  <Icon className="h-4 w-4" aria-hidden="true" />
                  {title} ({group.length})
                </h3>
                <ul className="mt-2 space-y-2" aria-label={title}>
                  {group.map((f) => (
                    <li key={f.rule} data-rule={f.rule} data-testid="finding" className="rounded-lg border border-zinc-200 p-3 text-sm dark:border-zinc-800">
                      <p>{f.message}</p>
                      {f.excerpt ? <p className="mt-1 line-clamp-2 break-words text-xs text-zinc-600 italic dark:text-zinc-400">&ldquo;{f.excerpt.replace(/^Your answers?: /, "")}&rdquo;</p> : null}
                      <p className="mt-1.5 flex flex-wrap items-center gap-x-3 gap-y-1 text-xs">
                        <span className="rounded bg-zinc-100 px-1.5 py-0.5 font-mono text-zinc-700 dark:bg-zinc-800 dark:text-zinc-300">{f.rule}</span>
                        {f.section ? <span className="text-zinc-600 dark:text-zinc-400">{SECTION_TITLES[f.section]}</span> : null}
                        <Link href={f.guide} className="inline-flex items-center gap-1 font-medium text-sky-700 underline-offset-2 hover:underline dark:text-sky-400">
                          <BookOpen className="h-3.5 w-3.5" aria-hidden="true" />
                          Guide<span className="sr-only"> for {f.rule}</span>
                        </Link>
                      </p>
                      <p className="mt-1 text-xs text-zinc-600 dark:text-zinc-400" data-testid="finding-basis">
                        Rests on{" "}
                        <a href={f.basis.url} className="underline underline-offset-2 hover:text-zinc-900 dark:hover:text-zinc-200" rel="noreferrer" target="_blank">
                          {f.basis.title}
                        </a>
                        {" › "}
                        {f.basis.section}, checked {f.basis.checkedOn}
                      </p>
                    </li>
                  ))}
                </ul>
              </div>
            );
          })}
        </div>
      )}
    </section>
  );
}
