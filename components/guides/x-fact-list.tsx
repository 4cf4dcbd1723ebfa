import { formatDate } from "@/lib/guides/format-date";
import { xFact, type XFactId } from "@/lib/x/facts";
import { InlineText } from "./inline-text";

/**
 * Facts about today's X (lib/x/facts.ts), each followed by the documentation page it rests
 * on and the date Perch last checked that page, so a reader can confirm every statement.
 */
export function XFactList({ ids, className }: { ids: readonly XFactId[]; className?: string }) {
  return (
    <ul className={className ?? "mt-1 list-disc space-y-1.5 pl-5"} data-testid="x-facts">
      {ids.map((id) => {
        const fact = xFact(id);
        return (
          <li key={id} data-fact={id}>
            <InlineText text={fact.text} />{" "}
            <span className="text-xs opacity-90">
              (
              <a href={fact.source.url} className="guide-link">
                X docs: {fact.source.title}
              </a>
              , checked <time dateTime={fact.source.checkedOn}>{formatDate(fact.source.checkedOn)}</time>)
            </span>
          </li>
        );
      })}
    </ul>
  );
}

/** A step's own list of facts about today's X, in a labelled box. */
export function XFactsBox({ ids, number }: { ids: readonly XFactId[]; number: number }) {
  if (ids.length === 0) return null;
  return (
    <div
      role="note"
      aria-label={`What X's documentation says (step ${number})`}
      className="break-inside-avoid rounded-lg border-l-4 border-sky-600 bg-sky-50 px-4 py-3 text-sm leading-6 text-sky-950 dark:border-sky-400 dark:bg-sky-950/40 dark:text-sky-100 print:border print:bg-white print:text-black"
    >
      <p className="font-semibold">What X&rsquo;s documentation says</p>
      <XFactList ids={ids} />
    </div>
  );
}
