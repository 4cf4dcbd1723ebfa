import Link from "next/link";
import type { XErrorEntry } from "@/lib/x/errors";
import { xSource } from "@/lib/x/sources";

const linkClass = "font-medium text-sky-700 underline underline-offset-2 hover:text-sky-900 dark:text-sky-400 dark:hover:text-sky-300";

/** The catalogue's explanation of one error: meaning, cause, fix, the guide step and the page it rests on. */
export function ErrorExplanation({ entry, headingLevel = 3 }: { entry: XErrorEntry; headingLevel?: 3 | 4 }) {
  const source = xSource(entry.source);
  const Heading = headingLevel === 3 ? "h3" : "h4";
  return (
    <div className="space-y-2 text-sm">
      <Heading className="text-base font-semibold">{entry.title}</Heading>
      <dl className="grid gap-x-4 gap-y-1.5 sm:grid-cols-[8rem_1fr]">
        <dt className="font-medium text-zinc-600 dark:text-zinc-400">Looks like</dt>
        <dd className="min-w-0 break-words">
          {entry.recognise}
          {entry.isWordingReported ? <span className="block text-xs text-zinc-600 dark:text-zinc-400">X&rsquo;s pages describe this error; the exact wording above is what X is reported to answer.</span> : null}
        </dd>
        <dt className="font-medium text-zinc-600 dark:text-zinc-400">What it means</dt>
        <dd className="min-w-0">{entry.meaning}</dd>
        <dt className="font-medium text-zinc-600 dark:text-zinc-400">Likely cause</dt>
        <dd className="min-w-0">{entry.cause}</dd>
        <dt className="font-medium text-zinc-600 dark:text-zinc-400">Fix</dt>
        <dd className="min-w-0">{entry.fix}</dd>
      </dl>
      <p className="flex flex-wrap gap-x-4 gap-y-1">
        <Link href={entry.guide} className={linkClass}>
          The guide step that shows the fix
        </Link>
        <a href={source.url} className={linkClass} rel="noopener noreferrer" target="_blank">
          X&rsquo;s page: {source.title}
          <span className="sr-only"> (opens in a new tab)</span>
        </a>
        <span className="text-zinc-600 dark:text-zinc-400">checked {source.checkedOn}</span>
      </p>
    </div>
  );
}
