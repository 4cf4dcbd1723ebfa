"use client";

import { Check, Copy } from "lucide-react";
import { useState } from "react";

const TONES = {
  light: "border-zinc-300 bg-white hover:bg-zinc-50 dark:border-zinc-600 dark:bg-zinc-900 dark:hover:bg-zinc-800",
  /** On a dark surface such as a code block, in either theme. */
  dark: "border-zinc-700 bg-zinc-900 text-zinc-100 hover:bg-zinc-800",
} as const;

/** Copies `value` to the clipboard and says so, visually and to screen readers. */
export function CopyButton({ value, label, text = "Copy", tone = "light", className }: { value: string; label: string; text?: string; tone?: keyof typeof TONES; className?: string }) {
  const [isCopied, setCopied] = useState(false);
  return (
    <button
      type="button"
      className={`inline-flex items-center gap-1.5 rounded-md border px-2.5 py-1.5 text-xs font-semibold ${TONES[tone]} ${className ?? ""}`}
      onClick={() => {
        void navigator.clipboard.writeText(value).then(() => {
          setCopied(true);
          setTimeout(() => setCopied(false), 2000);
        });
      }}
      aria-label={label}
    >
      {isCopied ? <Check className="h-3.5 w-3.5 text-emerald-600" aria-hidden="true" /> : <Copy className="h-3.5 w-3.5" aria-hidden="true" />}
      <span aria-live="polite">{isCopied ? "Copied" : text}</span>
    </button>
  );
}

/** A value shown in monospace with a copy button beside it. */
export function CopyField({ value, label }: { value: string; label: string }) {
  return (
    <div className="flex flex-wrap items-center gap-2 rounded-lg border border-zinc-200 bg-zinc-50 p-2 dark:border-zinc-700 dark:bg-zinc-900">
      <code className="min-w-0 flex-1 break-all px-1 text-sm" data-testid="copy-value">
        {value}
      </code>
      <CopyButton value={value} label={`Copy ${label}`} />
    </div>
  );
}
