import { CalendarCheck, History } from "lucide-react";
import Link from "next/link";
import { allGuides } from "@/content/guides/catalog";
import { formatDate } from "@/lib/guides/format-date";
import type { Guide } from "@/lib/guides/types";
import { ConfirmLinks } from "./confirm-links";

/** The guide that follows today's Developer Console, which earlier-portal guides point to. */
function currentGuide(): Guide | null {
  return allGuides().find((g) => g.era === "current") ?? null;
}

/**
 * Says which developer site a guide follows, at the top of its page. An earlier-portal guide
 * points to today's path; a current guide says when it was checked and where to confirm it.
 */
export function PortalNotice({ guide }: { guide: Guide }) {
  if (guide.era === "current") {
    return (
      <div role="note" aria-label="When this guide was checked" className="mt-4 rounded-lg border-l-4 border-emerald-600 bg-emerald-50 px-4 py-3 text-sm leading-6 text-emerald-950 dark:border-emerald-400 dark:bg-emerald-950/40 dark:text-emerald-100" data-testid="portal-notice" data-era={guide.era}>
        <p className="flex flex-wrap items-center gap-x-2 font-semibold">
          <CalendarCheck className="h-4 w-4 shrink-0" aria-hidden="true" />
          Today&rsquo;s Developer Console
          <span className="font-normal text-emerald-800 dark:text-emerald-300">
            · checked <time dateTime={guide.reviewed}>{formatDate(guide.reviewed)}</time>
          </span>
        </p>
        <p className="mt-1">This guide follows the path a newcomer takes today. X changes its console and prices; where this guide and X differ, X is right.</p>
        <ConfirmLinks places={guide.confirmAt} className="mt-1" />
      </div>
    );
  }
  const current = currentGuide();
  return (
    <div role="note" aria-label="Which developer portal this guide follows" className="mt-4 rounded-lg border-l-4 border-sky-600 bg-sky-50 px-4 py-3 text-sm leading-6 text-sky-950 dark:border-sky-400 dark:bg-sky-950/40 dark:text-sky-100" data-testid="portal-notice" data-era={guide.era}>
      <p className="flex items-center gap-2 font-semibold">
        <History className="h-4 w-4 shrink-0" aria-hidden="true" />
        The earlier developer portal
      </p>
      <p className="mt-1">
        This guide follows the earlier developer portal (<span className="wrap-anywhere">developer.twitter.com</span>, before X&rsquo;s pay-per-use Developer Console of February 2026) as its source document describes it, with dated notes on what has changed.
        {current ? (
          <>
            {" "}
            Today&rsquo;s path is the Developer Console guide:{" "}
            <Link href={`/guides/${current.slug}`} className="font-semibold underline underline-offset-2 hover:no-underline">
              {current.title}
            </Link>
            .
          </>
        ) : null}
      </p>
    </div>
  );
}

/** A small label for the guide list: today's console, or the earlier portal. */
export function PortalLabel({ guide }: { guide: Guide }) {
  const isCurrent = guide.era === "current";
  return (
    <p className="mt-2">
      <span
        className={
          isCurrent
            ? "inline-flex items-center gap-1.5 rounded-full bg-emerald-100 px-2.5 py-0.5 text-xs font-semibold text-emerald-900 dark:bg-emerald-950 dark:text-emerald-200"
            : "inline-flex items-center gap-1.5 rounded-full bg-zinc-100 px-2.5 py-0.5 text-xs font-semibold text-zinc-700 dark:bg-zinc-800 dark:text-zinc-300"
        }
        data-testid={`portal-label-${guide.slug}`}
      >
        {isCurrent ? <CalendarCheck className="h-3.5 w-3.5" aria-hidden="true" /> : <History className="h-3.5 w-3.5" aria-hidden="true" />}
        {isCurrent ? "Today’s Developer Console" : "Earlier developer portal"}
      </span>
    </p>
  );
}
