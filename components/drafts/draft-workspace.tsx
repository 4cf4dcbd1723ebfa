"use client";

import { Copy, FileDown, FileText, RotateCcw, Trash2 } from "lucide-react";
import { useDeferredValue, useMemo, type ReactNode } from "react";
import { toast } from "sonner";
import { buttonClass } from "@/components/ui/button-link";
import { isEmptyAnswers, parseAnswers, type Answers } from "@/lib/drafts/answers";
import { composeDraft } from "@/lib/drafts/compose";
import { estimateDraftCost } from "@/lib/drafts/cost";
import { editedSections, editSection, keepEdit, regenerateSection, setAnswers, viewDraft, type StoredDraft } from "@/lib/drafts/draft-state";
import { exportFileName, toMarkdown, toPlainText } from "@/lib/drafts/export";
import { lintDraft } from "@/lib/drafts/lint";
import { QUESTION_STEPS } from "@/lib/drafts/questionnaire";
import { SECTION_TITLES } from "@/lib/drafts/sections";
import { ConfirmDialog } from "./confirm-dialog";
import { CostEstimate } from "./cost-estimate";
import { DraftSections } from "./draft-sections";
import { FindingsPanel, findingsSummary } from "./findings-panel";
import { QuestionnaireForm } from "./questionnaire-form";
import { DRAFT_STORAGE_KEY, useDraftStore } from "./use-draft-store";

/**
 * The drafting helper: questionnaire, live draft, policy check and cost estimate.
 *
 * Integration (signed-in teams):
 * - `initialDraft`: a draft to start from (e.g. a saved team version). It is shown instead
 *   of what this browser has stored until the person changes something.
 * - `storageKey`: where this browser autosaves (default "perch-draft"); `null` keeps the
 *   draft in memory only, e.g. when the page saves to the server through `onChange`.
 * - `saveControls`: rendered in the toolbar beside Copy/Download (team save, versions…).
 * - `onChange(draft)`: called after every change with the whole StoredDraft (answers,
 *   edits, step); `viewDraft(draft)` gives the text and `lintDraft` the findings.
 */
export type DraftWorkspaceProps = {
  initialDraft?: StoredDraft;
  storageKey?: string | null;
  saveControls?: ReactNode;
  onChange?: (draft: StoredDraft) => void;
};

function download(name: string, text: string, type: string) {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement("a");
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

function LoadingWorkspace() {
  return (
    <div className="grid gap-6 lg:grid-cols-2" aria-busy="true">
      <p className="sr-only" role="status">
        Loading your draft…
      </p>
      {[0, 1].map((i) => (
        <div key={i} className="space-y-4 rounded-xl border border-zinc-200 p-5 dark:border-zinc-800" aria-hidden="true">
          <div className="h-5 w-40 animate-pulse rounded bg-zinc-200 motion-reduce:animate-none dark:bg-zinc-800" />
          <div className="h-4 w-full animate-pulse rounded bg-zinc-100 motion-reduce:animate-none dark:bg-zinc-900" />
          <div className="h-24 w-full animate-pulse rounded bg-zinc-100 motion-reduce:animate-none dark:bg-zinc-900" />
          <div className="h-24 w-full animate-pulse rounded bg-zinc-100 motion-reduce:animate-none dark:bg-zinc-900" />
        </div>
      ))}
    </div>
  );
}

export function DraftWorkspace({ initialDraft, storageKey = DRAFT_STORAGE_KEY, saveControls, onChange }: DraftWorkspaceProps) {
  const { draft, update, reset } = useDraftStore({ storageKey, initialDraft, onChange });
  if (!draft) return <LoadingWorkspace />;
  return <Workspace draft={draft} update={update} reset={reset} saveControls={saveControls} />;
}

function Workspace({ draft, update, reset, saveControls }: { draft: StoredDraft; update: (change: (d: StoredDraft) => StoredDraft) => void; reset: () => void; saveControls?: ReactNode }) {
  const composed = useMemo(() => composeDraft(draft.answers), [draft.answers]);
  const view = useMemo(() => viewDraft(draft, composed), [draft, composed]);
  // The check trails typing by a render at most, so keystrokes never wait for it.
  const deferredText = useDeferredValue(view.text);
  const deferredAnswers = useDeferredValue(draft.answers);
  const findings = useMemo(() => lintDraft({ text: deferredText, answers: deferredAnswers }), [deferredText, deferredAnswers]);
  const cost = useMemo(() => estimateDraftCost(draft.answers), [draft.answers]);
  const isEmpty = isEmptyAnswers(draft.answers) && editedSections(draft).length === 0;
  const edited = editedSections(draft);
  const title = draft.answers.core.appName.trim() ? `${draft.answers.core.appName.trim()}: use-case description` : "Use-case description";

  const stepId = draft.step || QUESTION_STEPS[0]!.id;
  const setStep = (id: string) => update((d) => ({ ...d, step: id }));
  // Answers pass through the schema's lenient parse: choices in a stable order, limits kept.
  const setAnswersFromForm = (answers: Answers) => update((d) => setAnswers(d, parseAnswers(answers)));

  const copy = () => {
    navigator.clipboard.writeText(toPlainText(view, { title })).then(
      () => toast.success("Copied the whole description to the clipboard"),
      () => toast.error("Could not copy: your browser blocked the clipboard. Download it instead."),
    );
  };

  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-center gap-2 rounded-xl border border-zinc-200 bg-zinc-50 p-3 dark:border-zinc-800 dark:bg-zinc-900/60" role="toolbar" aria-label="Draft actions">
        <button type="button" className={buttonClass("primary", "px-3")} onClick={copy} disabled={isEmpty}>
          <Copy className="h-4 w-4" aria-hidden="true" />
          Copy
        </button>
        <button type="button" className={buttonClass("secondary", "px-3")} onClick={() => download(exportFileName(draft.answers.core.appName, "md"), toMarkdown(view, { title }), "text/markdown;charset=utf-8")} disabled={isEmpty}>
          <FileDown className="h-4 w-4" aria-hidden="true" />
          Markdown
          <span className="sr-only"> download</span>
        </button>
        <button type="button" className={buttonClass("secondary", "px-3")} onClick={() => download(exportFileName(draft.answers.core.appName, "txt"), toPlainText(view, { title }), "text/plain;charset=utf-8")} disabled={isEmpty}>
          <FileText className="h-4 w-4" aria-hidden="true" />
          Text
          <span className="sr-only"> download</span>
        </button>
        {edited.length > 0 ? (
          <ConfirmDialog
            trigger={
              <button type="button" className={buttonClass("secondary", "px-3")}>
                <RotateCcw className="h-4 w-4" aria-hidden="true" />
                Regenerate all
              </button>
            }
            title="Replace all your edits?"
            description={`Every section will be written again from your answers. Your edits to ${edited.map((id) => `“${SECTION_TITLES[id]}”`).join(", ")} will be lost.`}
            confirmLabel="Replace my edits"
            onConfirm={() => update((d) => edited.reduce((acc, id) => regenerateSection(acc, id), d))}
          />
        ) : null}
        {saveControls}
        <a href="#findings-title" className="text-sm font-medium text-sky-700 underline-offset-2 hover:underline lg:hidden dark:text-sky-400">
          {isEmpty ? "Check" : findingsSummary(findings)} ↓
        </a>
        <div className="ml-auto flex items-center gap-3">
          <p className="hidden text-xs text-zinc-600 sm:block dark:text-zinc-400" data-testid="autosave-status">
            {draft.updatedAt ? "Saved in this browser" : "Nothing saved yet"}
          </p>
          <ConfirmDialog
            trigger={
              <button type="button" className={buttonClass("secondary", "px-3")} disabled={isEmpty}>
                <Trash2 className="h-4 w-4" aria-hidden="true" />
                Start over
              </button>
            }
            title="Start over?"
            description="Your answers and every edit in this browser will be deleted. Download the draft first if you want to keep it."
            confirmLabel="Delete and start over"
            onConfirm={() => {
              reset();
              toast.success("Started a new draft");
            }}
          />
        </div>
      </div>

      <div className="grid items-start gap-6 lg:grid-cols-[minmax(0,1fr)_minmax(0,1fr)]">
        <QuestionnaireForm answers={draft.answers} stepId={stepId} onStepChange={setStep} onAnswersChange={setAnswersFromForm} />
        <div className="min-w-0 space-y-6">
          <FindingsPanel findings={findings} isEmptyDraft={isEmpty} />
          <section aria-labelledby="draft-title" className="rounded-xl border border-zinc-200 bg-white p-4 sm:p-5 dark:border-zinc-800 dark:bg-zinc-950">
            <h2 id="draft-title" className="mb-3 text-base font-semibold">
              Your draft
            </h2>
            <DraftSections
              view={view}
              onEdit={(id, text) => update((d) => editSection(d, id, text))}
              onRegenerate={(id) => update((d) => regenerateSection(d, id))}
              onKeep={(id) => update((d) => keepEdit(d, id))}
            />
          </section>
          <CostEstimate cost={cost} />
        </div>
      </div>
    </div>
  );
}
