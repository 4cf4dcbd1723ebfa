import { ArrowLeft, ArrowRight, CalendarCheck, Clock, ListOrdered } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { GuideProgress } from "@/components/guides/guide-progress";
import { GuideStep } from "@/components/guides/guide-step";
import { GuideToc } from "@/components/guides/guide-toc";
import { PortalNotice } from "@/components/guides/portal-notice";
import { PrintButton } from "@/components/guides/print-button";
import { buttonClass } from "@/components/ui/button-link";
import { ProgressSync } from "@/components/guides/progress-sync";
import { allGuides, findGuide, guideOutlines, neighbourGuides } from "@/content/guides/catalog";
import { formatDate } from "@/lib/guides/format-date";
import { inlineToPlainText } from "@/lib/guides/inline";

// Every guide is prerendered at build time; an unknown slug is a 404, never a render.
export const dynamicParams = false;

export function generateStaticParams(): { slug: string }[] {
  return allGuides().map((g) => ({ slug: g.slug }));
}

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const guide = findGuide((await params).slug);
  return guide ? { title: guide.title, description: guide.summary } : {};
}

export default async function GuidePage({ params }: Props) {
  const guide = findGuide((await params).slug);
  if (!guide) notFound();
  const outlines = guideOutlines();
  const outline = outlines.find((o) => o.slug === guide.slug)!;
  const { previous, next } = neighbourGuides(guide.slug);
  const tocSteps = guide.steps.map((s) => ({ id: s.id, title: inlineToPlainText(s.title) }));

  return (
    <div>
      <ProgressSync outlines={outlines} />
      <p className="mb-4 text-sm print:hidden">
        <Link href="/guides" className="inline-flex items-center gap-1 rounded text-zinc-600 hover:text-zinc-900 hover:underline dark:text-zinc-400 dark:hover:text-white">
          <ArrowLeft className="h-4 w-4" aria-hidden="true" /> All guides
        </Link>
      </p>

      <div className="grid gap-x-10 lg:grid-cols-[15.5rem_minmax(0,1fr)]">
        <div className="mb-8 max-w-3xl lg:col-start-2 lg:row-start-1">
          <h1 className="text-3xl font-bold tracking-tight text-balance sm:text-4xl">{guide.title}</h1>
          <p className="mt-3 text-lg text-zinc-600 dark:text-zinc-400">{guide.summary}</p>
          <PortalNotice guide={guide} />
          <dl className="mt-4 flex flex-wrap gap-x-5 gap-y-1 text-sm text-zinc-600 dark:text-zinc-400">
            <div className="flex items-center gap-1.5">
              <Clock className="h-4 w-4" aria-hidden="true" />
              <dt className="sr-only">Time to complete</dt>
              <dd>About {guide.minutes} minutes</dd>
            </div>
            <div className="flex items-center gap-1.5">
              <ListOrdered className="h-4 w-4" aria-hidden="true" />
              <dt className="sr-only">Steps</dt>
              <dd>{guide.steps.length} steps</dd>
            </div>
            <div className="flex items-center gap-1.5">
              <CalendarCheck className="h-4 w-4" aria-hidden="true" />
              <dt>Reviewed</dt>
              <dd>
                <time dateTime={guide.reviewed}>{formatDate(guide.reviewed)}</time>
              </dd>
            </div>
          </dl>
          <div className="mt-5 flex flex-wrap items-end gap-4 print:hidden">
            <GuideProgress outline={outline} className="w-full max-w-sm" showSyncStatus />
            <PrintButton className={buttonClass("secondary", "px-3 py-1.5 print:hidden")} />
          </div>
        </div>

        <aside className="mb-8 lg:col-start-1 lg:row-span-2 lg:row-start-1 lg:mb-0 print:hidden">
          <div className="lg:sticky lg:top-6 lg:max-h-[calc(100vh-3rem)] lg:overflow-y-auto lg:pb-4">
            <GuideToc guide={guide.slug} steps={tocSteps} />
          </div>
        </aside>

        <div className="min-w-0 max-w-3xl lg:col-start-2">
          <div className="space-y-12">
            {guide.steps.map((step, i) => (
              <GuideStep key={step.id} guide={guide} step={step} number={i + 1} />
            ))}
          </div>

          <nav aria-label="More guides" className="mt-16 grid gap-3 border-t border-zinc-200 pt-8 sm:grid-cols-2 dark:border-zinc-800">
            {previous ? (
              <Link href={`/guides/${previous.slug}`} className="group rounded-xl border border-zinc-200 p-4 hover:border-sky-600 dark:border-zinc-800 dark:hover:border-sky-500">
                <span className="flex items-center gap-1 text-xs font-semibold uppercase tracking-wide text-zinc-600 dark:text-zinc-400">
                  <ArrowLeft className="h-3.5 w-3.5" aria-hidden="true" /> Previous guide
                </span>
                <span className="mt-1 block font-semibold group-hover:text-sky-700 dark:group-hover:text-sky-300">{previous.title}</span>
              </Link>
            ) : (
              <span className="hidden sm:block" />
            )}
            {next ? (
              <Link href={`/guides/${next.slug}`} className="group rounded-xl border border-zinc-200 p-4 text-right hover:border-sky-600 dark:border-zinc-800 dark:hover:border-sky-500">
                <span className="flex items-center justify-end gap-1 text-xs font-semibold uppercase tracking-wide text-zinc-600 dark:text-zinc-400">
                  Next guide <ArrowRight className="h-3.5 w-3.5" aria-hidden="true" />
                </span>
                <span className="mt-1 block font-semibold group-hover:text-sky-700 dark:group-hover:text-sky-300">{next.title}</span>
              </Link>
            ) : (
              <Link href="/guides" className="group rounded-xl border border-zinc-200 p-4 text-right hover:border-sky-600 dark:border-zinc-800 dark:hover:border-sky-500">
                <span className="flex items-center justify-end gap-1 text-xs font-semibold uppercase tracking-wide text-zinc-600 dark:text-zinc-400">
                  That was the last guide <ArrowRight className="h-3.5 w-3.5" aria-hidden="true" />
                </span>
                <span className="mt-1 block font-semibold group-hover:text-sky-700 dark:group-hover:text-sky-300">Back to all guides</span>
              </Link>
            )}
          </nav>
        </div>
      </div>
    </div>
  );
}
