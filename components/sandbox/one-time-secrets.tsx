"use client";

import { TriangleAlert } from "lucide-react";
import type { ReactNode } from "react";
import { CopyButton, CopyField } from "@/components/ui/copy-button";
import type { OneTimeSecret } from "@/lib/sandbox/form-types";

/** Credentials shown once, right after they were made, with copy buttons, a .env copy, and (when given) a save to the vault. */
export function OneTimeSecrets({ title, secrets, footer }: { title: string; secrets: OneTimeSecret[]; footer?: ReactNode }) {
  const envText = secrets.map((s) => `${s.envName}=${s.value}`).join("\n");
  return (
    <section className="space-y-3 rounded-xl border border-amber-300 bg-amber-50/60 p-4 dark:border-amber-800 dark:bg-amber-950/40" aria-label={title} data-testid="one-time-secrets">
      <div className="flex gap-2">
        <TriangleAlert className="mt-0.5 h-4 w-4 shrink-0 text-amber-700 dark:text-amber-300" aria-hidden="true" />
        <div>
          <p className="text-sm font-semibold">{title}</p>
          <p className="text-sm text-zinc-700 dark:text-zinc-300">Copy them now: like Twitter&apos;s portal, the sandbox shows secrets only once. If you lose one, regenerate it.</p>
        </div>
      </div>
      <dl className="space-y-2">
        {secrets.map((secret) => (
          <div key={secret.label}>
            <dt className="text-xs font-semibold uppercase tracking-wide text-zinc-600 dark:text-zinc-400">{secret.label}</dt>
            <dd className="mt-1">
              <CopyField value={secret.value} label={secret.label} />
            </dd>
          </div>
        ))}
      </dl>
      <div className="flex flex-wrap items-end gap-3">
        <CopyButton value={envText} label="Copy all as .env lines" text="Copy all as .env" />
        {footer}
      </div>
    </section>
  );
}
