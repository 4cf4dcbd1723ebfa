"use client";

import { AlertTriangle, Check, ClipboardPaste, CircleSlash, HelpCircle, X } from "lucide-react";
import { useDeferredValue, useId, useMemo, useState } from "react";
import { buttonClass } from "@/components/ui/button-link";
import { inputClass, labelClass } from "@/components/ui/form-styles";
import { cn } from "@/lib/utils";
import { acceptSuggestion, applyLineFix, boundPaste, mappedValues, MAX_IMPORT_LINES, parseCredentialPaste, type ImportLine } from "@/lib/vault/env-import";
import { fieldLabel, STANDARD_FIELD_NAMES, STANDARD_FIELDS, type FieldName } from "@/lib/vault/fields";

type Fill = (values: { name: FieldName; label?: string | null; value: string }[]) => void;

const STATUS_LOOK: Record<ImportLine["status"], { icon: typeof Check; className: string; word: string } | null> = {
  mapped: { icon: Check, className: "text-emerald-700 dark:text-emerald-400", word: "Will be saved" },
  unknown: { icon: HelpCircle, className: "text-amber-700 dark:text-amber-300", word: "Needs a decision" },
  invalid: { icon: CircleSlash, className: "text-red-700 dark:text-red-400", word: "Can't be used" },
  duplicate: { icon: AlertTriangle, className: "text-amber-700 dark:text-amber-300", word: "Duplicate" },
  comment: null,
  blank: null,
};

/**
 * Paste a .env snippet or the console's key block: each line is mapped to a field as you
 * type (in this browser only), what is wrong is said line by line and can be fixed there,
 * and "Fill the form" copies the values into the fields below. Values are never shown.
 */
export function ImportPanel({ fill }: { fill: Fill }) {
  const id = useId();
  const [text, setText] = useState("");
  // Lines of the last paste past MAX_IMPORT_LINES: not kept in the box at all.
  const [cutLines, setCutLines] = useState(0);
  const [fixes, setFixes] = useState<((lines: ImportLine[]) => ImportLine[])[]>([]);
  const [filled, setFilled] = useState<number | null>(null);
  // Reading the paste trails typing (a deferred render), so keystrokes and the paste itself
  // never wait for it; the parser reads at most MAX_IMPORT_LINES bounded lines.
  const deferredText = useDeferredValue(text);
  const isReading = deferredText !== text;
  const paste = useMemo(() => parseCredentialPaste(deferredText), [deferredText]);
  const lines = useMemo(() => fixes.reduce((current, fix) => fix(current), paste.lines), [paste, fixes]);
  const shown = lines.filter((l) => l.status !== "blank" && l.status !== "comment");
  const usable = mappedValues(lines);
  const fix = (change: (lines: ImportLine[]) => ImportLine[]) => setFixes((list) => [...list, change]);

  return (
    <details className="rounded-xl border border-zinc-200 p-4 dark:border-zinc-800" open={text !== ""}>
      <summary className="flex cursor-pointer items-center gap-2 font-semibold">
        <ClipboardPaste className="h-4 w-4" aria-hidden="true" /> Import from a .env or the developer console
      </summary>
      <div className="mt-3 space-y-3">
        <label htmlFor={`${id}-paste`} className={labelClass}>
          Paste here
        </label>
        <textarea
          id={`${id}-paste`}
          rows={5}
          className={cn(inputClass, "font-mono")}
          value={text}
          spellCheck={false}
          autoComplete="off"
          placeholder={"TWITTER_API_KEY=…\nTWITTER_API_KEY_SECRET=…\n\nor the console's block:\nAPI Key\n…"}
          onChange={(e) => {
            const bounded = boundPaste(e.target.value);
            setText(bounded.text);
            setCutLines(bounded.omittedLines);
            setFixes([]);
            setFilled(null);
          }}
        />
        {cutLines + (paste.omittedLines ?? 0) > 0 ? (
          <p role="status" className="text-sm text-amber-800 dark:text-amber-300" data-testid="import-omitted">
            Only the first {MAX_IMPORT_LINES} lines were read: the other {(cutLines + (paste.omittedLines ?? 0)).toLocaleString("en-US")}{" "}
            {cutLines + (paste.omittedLines ?? 0) === 1 ? "line was" : "lines were"} left out. Paste one app&apos;s keys at a time.
          </p>
        ) : null}
        {shown.length > 0 ? (
          <ol className={cn("space-y-2", isReading && "opacity-60")} aria-label="Pasted lines" aria-busy={isReading} data-testid="import-lines">
            {shown.map((line) => {
              const look = STATUS_LOOK[line.status];
              const Icon = look?.icon ?? Check;
              return (
                <li key={line.lineNumber} className="rounded-lg border border-zinc-200 p-2 text-sm dark:border-zinc-800" data-status={line.status}>
                  <div className="flex flex-wrap items-start gap-x-3 gap-y-1">
                    <span className="w-8 shrink-0 text-right font-mono text-xs text-zinc-500">{line.lineNumber}</span>
                    <code className="min-w-0 flex-1 break-all text-xs">{line.raw}</code>
                    {look ? (
                      <span className={cn("inline-flex items-center gap-1 text-xs font-semibold", look.className)}>
                        <Icon className="h-3.5 w-3.5" aria-hidden="true" />
                        {line.status === "mapped" && line.field ? `→ ${fieldLabel(line.field, line.extraLabel)}` : look.word}
                      </span>
                    ) : null}
                  </div>
                  {line.message ? <p className="mt-1 pl-11 text-xs text-zinc-700 dark:text-zinc-300">{line.message}</p> : null}
                  {line.warning ? <p className="mt-1 pl-11 text-xs text-amber-800 dark:text-amber-300">{line.warning}</p> : null}
                  {line.status === "unknown" || line.status === "duplicate" || (line.status === "mapped" && line.fieldSource === "shape") ? (
                    <div className="mt-2 flex flex-wrap items-center gap-2 pl-11">
                      {line.status === "unknown" && line.extraLabel ? (
                        <button type="button" className={buttonClass("secondary", "px-2 py-1 text-xs")} onClick={() => fix((l) => acceptSuggestion(l, line.lineNumber))}>
                          Keep as “{line.extraLabel}”
                        </button>
                      ) : null}
                      <label className="sr-only" htmlFor={`${id}-field-${line.lineNumber}`}>
                        Field for line {line.lineNumber}
                      </label>
                      <select
                        id={`${id}-field-${line.lineNumber}`}
                        className={cn(inputClass, "w-56 py-1 text-xs")}
                        value=""
                        onChange={(e) => {
                          const field = e.target.value as FieldName;
                          if (field) fix((l) => applyLineFix(l, line.lineNumber, { field }));
                        }}
                      >
                        <option value="">Save it as…</option>
                        {STANDARD_FIELD_NAMES.map((name) => (
                          <option key={name} value={name}>
                            {STANDARD_FIELDS[name].label}
                          </option>
                        ))}
                      </select>
                      <button type="button" className={buttonClass("secondary", "px-2 py-1 text-xs")} onClick={() => fix((l) => applyLineFix(l, line.lineNumber, { isLeftOut: true }))}>
                        <X className="h-3.5 w-3.5" aria-hidden="true" /> Leave out
                      </button>
                    </div>
                  ) : null}
                </li>
              );
            })}
          </ol>
        ) : null}
        <div className="flex flex-wrap items-center gap-3">
          <button
            type="button"
            className={buttonClass("primary")}
            disabled={usable.length === 0 || isReading}
            onClick={() => {
              fill(usable.map((v) => ({ name: v.field, label: v.extraLabel ?? null, value: v.value })));
              setFilled(usable.length);
              setText("");
              setCutLines(0);
              setFixes([]);
            }}
          >
            Fill the form with {usable.length === 1 ? "1 value" : `${usable.length} values`}
          </button>
          {filled !== null ? (
            <p role="status" className="text-sm text-emerald-700 dark:text-emerald-400">
              {filled === 1 ? "1 field filled" : `${filled} fields filled`} below. Check them, then save.
            </p>
          ) : null}
        </div>
      </div>
    </details>
  );
}
