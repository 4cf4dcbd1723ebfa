"use client";

import { AlertCircle, PencilLine, RotateCcw, Scissors } from "lucide-react";
import { useState } from "react";
import { CopyButton } from "@/components/ui/copy-button";
import { SHORT_DESCRIPTION_MAX } from "@/lib/drafts/compose";
import { SECTION_TEXT_MAX, type DraftView, type SectionView } from "@/lib/drafts/draft-state";
import { EDITABLE_SECTION_IDS, SECTION_TITLES, type EditableSectionId } from "@/lib/drafts/sections";
import { countWords } from "@/lib/drafts/text-match";
import { cn } from "@/lib/utils";
import { ConfirmDialog } from "./confirm-dialog";

const EMPTY_HINTS: Record<EditableSectionId, string> = {
  core: "Answer “Who is applying” and “Core use case” to fill this section, or write it here.",
  analysis: "Answer “Analysing Tweets and users” to fill this section.",
  engagement: "Answer “Posting and engagement” to fill this section.",
  display: "Answer “Showing content off Twitter” to fill this section.",
  sharing: "Answer “Sharing data” to fill this section.",
  government: "Answer “Government involvement” to fill this section.",
  apps: "Answer “Apps and environments” to fill this section.",
  short: "A one-line summary for the Developer Console’s New App form appears here.",
};

const smallButton = "inline-flex items-center gap-1.5 rounded-md border border-zinc-300 bg-white px-2.5 py-1.5 text-xs font-semibold hover:bg-zinc-50 dark:border-zinc-600 dark:bg-zinc-900 dark:hover:bg-zinc-800";

function SectionCard({ section, onEdit, onRegenerate, onKeep }: { section: SectionView; onEdit: (text: string) => void; onRegenerate: () => void; onKeep: () => void }) {
  const { id, text, isEdited, isStale } = section;
  const title = SECTION_TITLES[id];
  const chars = [...text].length;
  const words = countWords(text);
  const isShort = id === "short";
  const countsId = `draft-${id}-counts`;
  // How much of the last change went past the section's limit (and was left out), if any.
  const [cutChars, setCutChars] = useState(0);
  return (
    <div data-section={id} data-testid="draft-section" className={cn("rounded-lg border p-3 sm:p-4", isStale ? "border-amber-400 dark:border-amber-600" : "border-zinc-200 dark:border-zinc-800")}>
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h3 className="flex items-center gap-2 text-sm font-semibold">
          <label htmlFor={`draft-${id}`}>{title}</label>
          {isEdited ? (
            <span className="inline-flex items-center gap-1 rounded-full bg-violet-100 px-2 py-0.5 text-xs font-medium text-violet-800 dark:bg-violet-950 dark:text-violet-300">
              <PencilLine className="h-3 w-3" aria-hidden="true" />
              Edited
            </span>
          ) : null}
        </h3>
        <div className="flex items-center gap-2">
          {isEdited ? (
            <ConfirmDialog
              trigger={
                <button type="button" className={smallButton}>
                  <RotateCcw className="h-3.5 w-3.5" aria-hidden="true" />
                  Regenerate<span className="sr-only"> {title}</span>
                </button>
              }
              title={`Replace your edits in “${title}”?`}
              description="The section will be written again from your answers. Your edits to it will be lost; other sections keep theirs."
              confirmLabel="Replace my edits"
              onConfirm={onRegenerate}
            />
          ) : null}
          <CopyButton value={text} label={`Copy ${title}`} />
        </div>
      </div>
      {isStale ? (
        <div className="mt-2 flex flex-wrap items-center gap-2 rounded-md bg-amber-50 p-2 text-xs text-amber-900 dark:bg-amber-950/50 dark:text-amber-200" role="status">
          <AlertCircle className="h-4 w-4 shrink-0" aria-hidden="true" />
          <span className="min-w-0 flex-1">Your answers changed since you edited this section. Your text is kept.</span>
          <button type="button" onClick={onKeep} className="font-semibold underline underline-offset-2">
            Keep my edit
          </button>
        </div>
      ) : null}
      <textarea
        id={`draft-${id}`}
        value={text}
        placeholder={EMPTY_HINTS[id]}
        onChange={(e) => {
          const next = e.target.value;
          setCutChars(Math.max(0, next.length - SECTION_TEXT_MAX));
          onEdit(next);
        }}
        aria-describedby={countsId}
        rows={isShort ? 2 : 4}
        // Grows with its text up to a bound, then scrolls: a long paste never makes a page-tall box.
        className="mt-2 block max-h-96 min-h-16 w-full resize-y overflow-y-auto rounded-md border border-transparent bg-zinc-50 px-3 py-2 text-sm leading-relaxed text-zinc-900 [field-sizing:content] placeholder:text-zinc-500 hover:border-zinc-300 focus:border-sky-600 focus:bg-white focus:outline-2 focus:outline-offset-0 focus:outline-sky-600 dark:bg-zinc-900 dark:text-zinc-100 dark:placeholder:text-zinc-400 dark:hover:border-zinc-700 dark:focus:bg-zinc-950 dark:focus:outline-sky-400"
      />
      {cutChars > 0 ? (
        <p className="mt-2 flex items-start gap-2 rounded-md bg-amber-50 p-2 text-xs text-amber-900 dark:bg-amber-950/50 dark:text-amber-200" role="status" data-testid="section-cut">
          <Scissors className="mt-0.5 h-3.5 w-3.5 shrink-0" aria-hidden="true" />
          <span>
            A section holds at most {SECTION_TEXT_MAX.toLocaleString("en-US")} characters: the last {cutChars.toLocaleString("en-US")} characters of what you pasted or typed were left out.
          </span>
        </p>
      ) : null}
      <p id={countsId} className="mt-1 flex justify-end gap-3 text-xs tabular-nums text-zinc-600 dark:text-zinc-400" data-testid="section-counts">
        <span>
          {chars.toLocaleString("en-US")} characters{isShort ? ` of ${SHORT_DESCRIPTION_MAX} suggested` : ""}
        </span>
        <span>{words.toLocaleString("en-US")} words</span>
      </p>
    </div>
  );
}

/** The draft: the short "New App" description and each reviewer section, editable, with live counts. */
export function DraftSections({ view, onEdit, onRegenerate, onKeep }: { view: DraftView; onEdit: (id: EditableSectionId, text: string) => void; onRegenerate: (id: EditableSectionId) => void; onKeep: (id: EditableSectionId) => void }) {
  const order: EditableSectionId[] = ["short", ...EDITABLE_SECTION_IDS.filter((id) => id !== "short")];
  const total = view.text;
  return (
    <div className="space-y-3">
      <p className="text-xs text-zinc-600 dark:text-zinc-400">
        Long description: {[...total].length.toLocaleString("en-US")} characters, {countWords(total).toLocaleString("en-US")} words. Edit any section; sections you have not edited follow your answers as you type.
      </p>
      {order.map((id) => (
        <SectionCard key={id} section={view.sections[id]} onEdit={(t) => onEdit(id, t)} onRegenerate={() => onRegenerate(id)} onKeep={() => onKeep(id)} />
      ))}
    </div>
  );
}
