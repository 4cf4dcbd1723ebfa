import { AlertTriangle, CheckCircle2, OctagonAlert } from "lucide-react";
import Link from "next/link";
import type { DraftSummary } from "@/lib/drafts/saved-drafts";

const when = new Intl.DateTimeFormat("en", { dateStyle: "medium", timeZone: "UTC" });

/** A team's drafts with their open findings (from each one's latest version). */
export function DraftList({ teamId, drafts }: { teamId: string; drafts: DraftSummary[] }) {
  return (
    <ul className="divide-y divide-zinc-200 rounded-xl border border-zinc-200 dark:divide-zinc-800 dark:border-zinc-800" aria-label="Drafts">
      {drafts.map((d) => (
        <li key={d.id} className="flex flex-col gap-1 p-4 sm:flex-row sm:items-center sm:justify-between" data-testid="draft">
          <div className="min-w-0">
            <Link href={`/vault/${teamId}/drafts/${d.id}`} className="font-semibold break-words text-sky-800 hover:underline dark:text-sky-300">
              {d.title}
            </Link>
            <p className="text-sm text-zinc-600 dark:text-zinc-400">
              Version {d.latestVersion} · {when.format(d.updatedAt)}
              {d.vaultApp ? ` · for ${d.vaultApp.name}` : ""}
            </p>
          </div>
          <p className="flex items-center gap-3 text-sm" data-testid="draft-findings">
            {d.openErrors === 0 && d.openWarnings === 0 ? (
              <span className="inline-flex items-center gap-1 text-emerald-700 dark:text-emerald-400">
                <CheckCircle2 className="h-4 w-4" aria-hidden="true" /> No findings
              </span>
            ) : null}
            {d.openErrors > 0 ? (
              <span className="inline-flex items-center gap-1 text-red-700 dark:text-red-400">
                <OctagonAlert className="h-4 w-4" aria-hidden="true" /> {d.openErrors} {d.openErrors === 1 ? "problem" : "problems"}
              </span>
            ) : null}
            {d.openWarnings > 0 ? (
              <span className="inline-flex items-center gap-1 text-amber-700 dark:text-amber-300">
                <AlertTriangle className="h-4 w-4" aria-hidden="true" /> {d.openWarnings} {d.openWarnings === 1 ? "warning" : "warnings"}
              </span>
            ) : null}
          </p>
        </li>
      ))}
    </ul>
  );
}
