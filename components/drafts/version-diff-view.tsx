import type { Cell, DiffDetail, SectionDiff } from "@/lib/drafts/version-diff";
import { cn } from "@/lib/utils";

const CELL = {
  same: "",
  removed: "bg-red-50 dark:bg-red-950/50",
  added: "bg-emerald-50 dark:bg-emerald-950/50",
  empty: "bg-zinc-50 dark:bg-zinc-900/50",
} as const;

function CellText({ cell }: { cell: Cell }) {
  if (!cell.words) return <>{cell.text}</>;
  return (
    <>
      {cell.words.map((w, i) =>
        w.kind === "same" ? (
          <span key={i}>{w.text}</span>
        ) : w.kind === "added" ? (
          <ins key={i} className="bg-emerald-200 no-underline dark:bg-emerald-800">
            {w.text}
          </ins>
        ) : (
          <del key={i} className="bg-red-200 dark:bg-red-800">
            {w.text}
          </del>
        ),
      )}
    </>
  );
}

/** What the view could not compare finely, said plainly (the diff's work is bounded: lib/drafts/version-diff.ts). */
const COARSER: Record<Exclude<DiffDetail, "words">, string> = {
  "some-words": "Some lines are too different to show word by word: those are shown as whole lines.",
  lines: "Too different to show word by word: changed lines are shown whole.",
  whole: "Too different to compare line by line: the older text is all on the left, the newer all on the right.",
};

/** Two versions side by side, section by section, with the changed words marked. */
export function VersionDiffView({ sections, left, right }: { sections: SectionDiff[]; left: string; right: string }) {
  const changed = sections.filter((s) => s.status !== "unchanged");
  if (changed.length === 0) return <p className="text-sm text-zinc-600 dark:text-zinc-400">The two versions have the same text.</p>;
  return (
    <div className="space-y-6" data-testid="version-diff">
      {changed.map((section) => (
        <section key={section.id} aria-labelledby={`diff-${section.id}`} className="overflow-hidden rounded-xl border border-zinc-200 dark:border-zinc-800">
          <h3 id={`diff-${section.id}`} className="flex flex-wrap justify-between gap-2 bg-zinc-50 px-3 py-2 text-sm font-semibold dark:bg-zinc-900">
            <span>{section.title}</span>
            <span className="font-normal text-zinc-600 dark:text-zinc-400">
              +{section.added} / −{section.removed} words
            </span>
          </h3>
          {section.detail !== "words" ? (
            <p className="border-b border-zinc-200 bg-amber-50 px-3 py-2 text-sm text-amber-900 dark:border-zinc-800 dark:bg-amber-950/40 dark:text-amber-200" data-testid="diff-coarser">
              {COARSER[section.detail]}
            </p>
          ) : null}
          <table className="w-full table-fixed text-sm">
            <caption className="sr-only">
              {section.title}: {left} on the left, {right} on the right
            </caption>
            <thead className="sr-only">
              <tr>
                <th scope="col">{left}</th>
                <th scope="col">{right}</th>
              </tr>
            </thead>
            <tbody>
              {section.rows.map((row, i) => (
                <tr key={i} className="align-top">
                  <td className={cn("border-r border-zinc-200 px-3 py-1 whitespace-pre-wrap break-words dark:border-zinc-800", CELL[row.left.kind])}>
                    <CellText cell={row.left} />
                  </td>
                  <td className={cn("px-3 py-1 whitespace-pre-wrap break-words", CELL[row.right.kind])}>
                    <CellText cell={row.right} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      ))}
    </div>
  );
}
