"use client";

import { BookOpen } from "lucide-react";
import Link from "next/link";
import type { Answers } from "@/lib/drafts/answers";
import { getAnswer, questionId, type Option, type Question } from "@/lib/drafts/questionnaire";
import { cn } from "@/lib/utils";

const inputClass =
  "block w-full rounded-md border border-zinc-300 bg-white px-3 py-2 text-sm text-zinc-900 shadow-xs placeholder:text-zinc-500 focus:border-sky-600 focus:outline-2 focus:outline-offset-0 focus:outline-sky-600 dark:border-zinc-600 dark:bg-zinc-900 dark:text-zinc-100 dark:placeholder:text-zinc-400 dark:focus:border-sky-400 dark:focus:outline-sky-400";

const YES_NO: Option[] = [
  { value: "yes", label: "Yes" },
  { value: "no", label: "No" },
];

const domId = (q: Question) => `q-${questionId(q).replace(".", "-")}`;

/** Why reviewers ask, with the guide step that explains it. */
function Help({ q }: { q: Question }) {
  return (
    <p id={`${domId(q)}-help`} className="mt-1.5 text-sm text-zinc-600 dark:text-zinc-400">
      {q.help}{" "}
      <Link href={q.guide} className="inline-flex items-center gap-1 font-medium text-sky-700 underline-offset-2 hover:underline dark:text-sky-400">
        <BookOpen className="h-3.5 w-3.5" aria-hidden="true" />
        Guide<span className="sr-only">: why reviewers ask about this</span>
      </Link>
    </p>
  );
}

function parseCount(raw: string): number | null {
  const digits = raw.replace(/[\s,_]/g, "");
  if (digits === "") return null;
  const n = Number(digits);
  return Number.isFinite(n) ? Math.max(0, Math.min(1e12, Math.round(n))) : null;
}

/** One question, rendered by its kind, labelled and described for assistive technology. */
export function QuestionField({ q, answers, onChange }: { q: Question; answers: Answers; onChange: (value: unknown) => void }) {
  const id = domId(q);
  const value = getAnswer(answers, q);
  const describedBy = `${id}-help`;
  const label = (
    <>
      {q.label}
      {q.isOptional ? <span className="ml-1.5 text-xs font-normal text-zinc-500 dark:text-zinc-400">(optional)</span> : null}
    </>
  );

  if (q.kind === "text" || q.kind === "textarea") {
    const text = typeof value === "string" ? value : "";
    const Input = q.kind === "text" ? "input" : "textarea";
    return (
      <div>
        <label htmlFor={id} className="block text-sm font-semibold">
          {label}
        </label>
        <Help q={q} />
        <Input
          id={id}
          name={questionId(q)}
          value={text}
          maxLength={q.maxLength}
          placeholder={q.placeholder}
          aria-describedby={`${describedBy} ${id}-count`}
          onChange={(e) => onChange(e.target.value)}
          className={cn(inputClass, "mt-2", q.kind === "textarea" && "min-h-24 resize-y [field-sizing:content]")}
          {...(q.kind === "textarea" ? { rows: 3 } : { type: "text" })}
        />
        <p id={`${id}-count`} className="mt-1 text-right text-xs tabular-nums text-zinc-500 dark:text-zinc-400">
          {text.length.toLocaleString("en-US")} / {q.maxLength.toLocaleString("en-US")}
        </p>
      </div>
    );
  }

  if (q.kind === "number") {
    return (
      <div>
        <label htmlFor={id} className="block text-sm font-semibold">
          {label}
        </label>
        <Help q={q} />
        <div className="mt-2 flex items-center gap-2">
          <input
            id={id}
            name={questionId(q)}
            type="number"
            inputMode="numeric"
            min={0}
            step={1}
            value={typeof value === "number" ? value : ""}
            aria-describedby={`${describedBy} ${id}-unit`}
            onChange={(e) => onChange(parseCount(e.target.value))}
            className={cn(inputClass, "w-44 tabular-nums")}
          />
          <span id={`${id}-unit`} className="text-sm text-zinc-600 dark:text-zinc-400">
            {q.unit}
          </span>
        </div>
      </div>
    );
  }

  if (q.kind === "boolean") {
    return (
      <div className="flex gap-3 rounded-lg border border-zinc-200 p-3 dark:border-zinc-700">
        <input id={id} name={questionId(q)} type="checkbox" checked={value === true} aria-describedby={describedBy} onChange={(e) => onChange(e.target.checked)} className="mt-0.5 h-4 w-4 shrink-0 accent-sky-700 dark:accent-sky-400" />
        <div>
          <label htmlFor={id} className="text-sm font-semibold">
            {label}
          </label>
          <Help q={q} />
        </div>
      </div>
    );
  }

  // Radio groups (choice, yes/no) and checkbox groups (multi) share one fieldset layout.
  const options: Option[] = "options" in q ? q.options : YES_NO;
  const isMulti = q.kind === "multi";
  const selected = isMulti ? (Array.isArray(value) ? (value as string[]) : []) : [value];
  return (
    <fieldset aria-describedby={describedBy}>
      <legend className="text-sm font-semibold">{label}</legend>
      <Help q={q} />
      <div className={cn("mt-2 grid gap-2", q.kind === "yesno" ? "grid-cols-2 sm:max-w-xs" : "sm:grid-cols-2")}>
        {options.map((o) => {
          const optionId = `${id}-${o.value}`;
          const isChecked = selected.includes(o.value);
          return (
            <label
              key={o.value}
              htmlFor={optionId}
              className={cn(
                "flex cursor-pointer items-start gap-2.5 rounded-lg border p-3 text-sm transition-colors has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-offset-2 has-[:focus-visible]:outline-sky-600 dark:has-[:focus-visible]:outline-sky-400",
                isChecked ? "border-sky-600 bg-sky-50 dark:border-sky-400 dark:bg-sky-950/40" : "border-zinc-200 hover:bg-zinc-50 dark:border-zinc-700 dark:hover:bg-zinc-900",
              )}
            >
              <input
                id={optionId}
                type={isMulti ? "checkbox" : "radio"}
                name={questionId(q)}
                value={o.value}
                checked={isChecked}
                onChange={(e) => {
                  if (!isMulti) onChange(o.value);
                  else onChange(e.target.checked ? [...selected, o.value] : selected.filter((v) => v !== o.value));
                }}
                className="mt-0.5 h-4 w-4 shrink-0 accent-sky-700 focus:outline-none dark:accent-sky-400"
              />
              <span>
                <span className="font-medium">{o.label}</span>
                {o.hint ? <span className="block text-xs text-zinc-600 dark:text-zinc-400">{o.hint}</span> : null}
              </span>
            </label>
          );
        })}
      </div>
    </fieldset>
  );
}
