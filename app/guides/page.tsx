import { BookOpen, Clock, ListOrdered } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { GuideProgress } from "@/components/guides/guide-progress";
import { GuideSearch } from "@/components/guides/guide-search";
import { PortalLabel } from "@/components/guides/portal-notice";
import { ProgressSync } from "@/components/guides/progress-sync";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { allGuides, guideOutlines } from "@/content/guides/catalog";

export const metadata: Metadata = {
  title: "Guides",
  description: "Step-by-step guides through the Twitter (X) developer portal, with a drawing of every screen.",
};

export default function GuidesPage() {
  const guides = allGuides();
  const outlines = guideOutlines();
  const stepCount = guides.reduce((n, g) => n + g.steps.length, 0);
  return (
    <>
      <ProgressSync outlines={outlines} />
      <PageHeader
        title="Guides"
        description="X's developer sites, one screen at a time: every step has a drawing with numbered markers that match its instructions. The first guide follows today's Developer Console; the others follow the earlier developer portal, with dated notes on what has changed. Tick steps as you go; your progress is kept in this browser, and in your account when you are signed in."
      />
      {guides.length === 0 ? (
        <EmptyState icon={BookOpen} title="No guides yet">
          <p>Guides are on their way. Check back soon.</p>
        </EmptyState>
      ) : (
        <div className="grid gap-10 lg:grid-cols-[minmax(0,1fr)_20rem]">
          <div className="lg:order-2">
            <div className="lg:sticky lg:top-6">
              <GuideSearch stepCount={stepCount} />
            </div>
          </div>
          <ol className="space-y-4 lg:order-1" aria-label="Guides, in the order to follow them">
            {guides.map((guide, i) => {
              const outline = outlines[i]!;
              return (
                <li key={guide.slug} className="relative rounded-xl border border-zinc-200 p-5 transition-colors focus-within:border-sky-600 hover:border-zinc-300 sm:p-6 dark:border-zinc-800 dark:focus-within:border-sky-500 dark:hover:border-zinc-700">
                  <div className="flex items-start gap-4">
                    <span className="hidden h-9 w-9 shrink-0 items-center justify-center rounded-full bg-sky-100 text-sm font-bold text-sky-800 sm:flex dark:bg-sky-950 dark:text-sky-300" aria-hidden="true">
                      {i + 1}
                    </span>
                    <div className="min-w-0 flex-1">
                      <h2 className="text-lg font-semibold tracking-tight">
                        <Link href={`/guides/${guide.slug}`} className="rounded after:absolute after:inset-0 after:rounded-xl hover:text-sky-700 focus-visible:outline-none dark:hover:text-sky-300">
                          {guide.title}
                        </Link>
                      </h2>
                      <p className="mt-1.5 text-zinc-600 dark:text-zinc-400">{guide.summary}</p>
                      <PortalLabel guide={guide} />
                      <p className="mt-3 flex flex-wrap gap-x-4 gap-y-1 text-sm text-zinc-600 dark:text-zinc-400">
                        <span className="inline-flex items-center gap-1.5">
                          <Clock className="h-4 w-4" aria-hidden="true" /> About {guide.minutes} min
                        </span>
                        <span className="inline-flex items-center gap-1.5">
                          <ListOrdered className="h-4 w-4" aria-hidden="true" /> {guide.steps.length} steps
                        </span>
                      </p>
                      <GuideProgress outline={outline} className="mt-4 max-w-md" />
                    </div>
                  </div>
                </li>
              );
            })}
          </ol>
        </div>
      )}
    </>
  );
}
