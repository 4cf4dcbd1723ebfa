/**
 * A draft as the browser keeps it: the answers, the person's own edits to generated
 * sections, and where they are in the questionnaire. Sections without an edit follow the
 * answers live; an edited section keeps the person's text until they choose to regenerate
 * it, and is marked stale when the answers have changed since the edit.
 */
import { z } from "zod";
import { emptyAnswers, parseAnswers, type Answers } from "./answers";
import { composeDraft, type ComposedDraft } from "./compose";
import { EDITABLE_SECTION_IDS, joinSections, type DraftSections, type EditableSectionId } from "./sections";

/** Longest text kept for one edited section. */
export const SECTION_TEXT_MAX = 20_000;

export type SectionEdit = {
  text: string;
  /** The generated text the edit started from: if the answers now compose something else, the edit is stale. */
  basedOn: string;
};

export type StoredDraft = {
  version: 1;
  answers: Answers;
  edits: Partial<Record<EditableSectionId, SectionEdit>>;
  /** The questionnaire step the person was on. */
  step: string;
  /** ISO time of the last change, or null for a new draft. */
  updatedAt: string | null;
};

export function emptyDraft(): StoredDraft {
  return { version: 1, answers: emptyAnswers(), edits: {}, step: "", updatedAt: null };
}

const editSchema = z.object({ text: z.string().transform((s) => s.slice(0, SECTION_TEXT_MAX)), basedOn: z.string().catch("") });

/**
 * Reads a stored draft from anything (a JSON string from localStorage, a parsed object,
 * junk) without throwing; what is valid is kept, the rest starts empty.
 */
export function parseStoredDraft(input: unknown): StoredDraft {
  let value = input;
  if (typeof value === "string") {
    try {
      value = JSON.parse(value) as unknown;
    } catch {
      return emptyDraft();
    }
  }
  if (typeof value !== "object" || value === null || Array.isArray(value)) return emptyDraft();
  const raw = value as Record<string, unknown>;
  const edits: StoredDraft["edits"] = {};
  if (typeof raw.edits === "object" && raw.edits !== null) {
    for (const id of EDITABLE_SECTION_IDS) {
      const parsed = editSchema.safeParse((raw.edits as Record<string, unknown>)[id]);
      if (parsed.success) edits[id] = parsed.data;
    }
  }
  return {
    version: 1,
    answers: parseAnswers(raw.answers),
    edits,
    step: typeof raw.step === "string" ? raw.step.slice(0, 100) : "",
    updatedAt: typeof raw.updatedAt === "string" && !Number.isNaN(Date.parse(raw.updatedAt)) ? raw.updatedAt : null,
  };
}

export type SectionView = {
  id: EditableSectionId;
  /** What the person sees and exports: their edit, or the generated text. */
  text: string;
  /** What the answers compose right now. */
  generated: string;
  isEdited: boolean;
  /** Edited, and the answers have changed since: regenerating would give something new. */
  isStale: boolean;
};

export type DraftView = {
  sections: Record<EditableSectionId, SectionView>;
  /** The long description, with a heading per non-empty section (what the policy check reads). */
  text: string;
  /** The short "New App" description. */
  short: string;
};

/** What the person sees: each section's text, whether it is edited, and whether stale. */
export function viewDraft(draft: StoredDraft, composed: ComposedDraft = composeDraft(draft.answers)): DraftView {
  const generatedOf = (id: EditableSectionId) => (id === "short" ? composed.short : composed.sections[id]);
  const sections = {} as Record<EditableSectionId, SectionView>;
  for (const id of EDITABLE_SECTION_IDS) {
    const generated = generatedOf(id);
    const edit = draft.edits[id];
    const isEdited = edit !== undefined && edit.text !== generated;
    sections[id] = { id, generated, text: isEdited ? edit.text : generated, isEdited, isStale: isEdited && edit.basedOn !== generated };
  }
  const long = Object.fromEntries(EDITABLE_SECTION_IDS.filter((id) => id !== "short").map((id) => [id, sections[id].text])) as DraftSections;
  return { sections, text: joinSections(long), short: sections.short.text };
}

const touch = (draft: StoredDraft, now: Date): StoredDraft => ({ ...draft, updatedAt: now.toISOString() });

/** The person typed in a section. Typing it back to the generated text removes the edit. */
export function editSection(draft: StoredDraft, id: EditableSectionId, text: string, now = new Date()): StoredDraft {
  const view = viewDraft(draft);
  const generated = view.sections[id].generated;
  const edits = { ...draft.edits };
  if (text === generated) delete edits[id];
  else edits[id] = { text: text.slice(0, SECTION_TEXT_MAX), basedOn: draft.edits[id]?.basedOn ?? generated };
  return touch({ ...draft, edits }, now);
}

/** Throws the person's edit of one section away and follows the answers again. */
export function regenerateSection(draft: StoredDraft, id: EditableSectionId, now = new Date()): StoredDraft {
  if (!draft.edits[id]) return draft;
  const edits = { ...draft.edits };
  delete edits[id];
  return touch({ ...draft, edits }, now);
}

/** Keeps an edited section as it is and stops marking it stale for the current answers. */
export function keepEdit(draft: StoredDraft, id: EditableSectionId, now = new Date()): StoredDraft {
  const edit = draft.edits[id];
  if (!edit) return draft;
  const generated = viewDraft(draft).sections[id].generated;
  return touch({ ...draft, edits: { ...draft.edits, [id]: { ...edit, basedOn: generated } } }, now);
}

/** New answers: generated sections follow them, edited ones are kept. */
export function setAnswers(draft: StoredDraft, answers: Answers, now = new Date()): StoredDraft {
  return touch({ ...draft, answers }, now);
}

/** The sections that carry the person's own edits. */
export function editedSections(draft: StoredDraft): EditableSectionId[] {
  const view = viewDraft(draft);
  return EDITABLE_SECTION_IDS.filter((id) => view.sections[id].isEdited);
}
