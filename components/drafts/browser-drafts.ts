/**
 * What this browser keeps about drafts besides the drafts themselves: which team draft the
 * helper's draft was saved as (so a reload still saves the next version, not a second
 * draft), and which stored drafts hold typing not yet saved to a team (so sign-out can warn,
 * then forget them all: the next person on this device must not see them).
 */
import { z } from "zod";
import { isEmptyAnswers } from "@/lib/drafts/answers";
import { parseStoredDraft } from "@/lib/drafts/draft-state";

/** Every key a draft is kept under starts with this ("perch-draft", "perch-draft:<id>"). */
export const DRAFT_KEY_PREFIX = "perch-draft";
/** The team draft the helper's browser draft ("perch-draft") was last saved as. */
export const DRAFT_LINK_KEY = "perch-draft-link";
/** For each storage key, the `updatedAt` of the draft as last saved to a team. */
export const DRAFT_SAVED_KEY = "perch-draft-saved";
/** Fired on this page when drafts are cleared, so open editors let go of what they show. */
export const DRAFTS_CLEARED_EVENT = "perch-draft-change";

export type DraftLink = { teamId: string; draftId: string; title: string };

const linkSchema = z.object({ teamId: z.string().min(1).max(64), draftId: z.string().min(1).max(64), title: z.string().max(120) });
const savedSchema = z.record(z.string().max(100), z.string().max(40));

/** The part of the Web Storage API used here (a Map-backed one in tests). */
export type KeyValueStorage = Pick<Storage, "getItem" | "setItem" | "removeItem" | "key" | "length">;

function browserStorage(): KeyValueStorage | null {
  try {
    return typeof window === "undefined" ? null : window.localStorage;
  } catch {
    return null;
  }
}

function readJson(storage: KeyValueStorage, key: string): unknown {
  try {
    const raw = storage.getItem(key);
    return raw === null ? null : (JSON.parse(raw) as unknown);
  } catch {
    return null;
  }
}

function write(storage: KeyValueStorage, key: string, value: unknown): void {
  try {
    storage.setItem(key, JSON.stringify(value));
  } catch {
    // Storage full or blocked: the link lives for this page only.
  }
}

/** The team draft the browser's draft belongs to, or null. */
export function readDraftLink(storage: KeyValueStorage | null = browserStorage()): DraftLink | null {
  if (!storage) return null;
  const parsed = linkSchema.safeParse(readJson(storage, DRAFT_LINK_KEY));
  return parsed.success ? parsed.data : null;
}

/** Remembers (or, with null, forgets) which team draft the browser's draft was saved as. */
export function writeDraftLink(link: DraftLink | null, storage: KeyValueStorage | null = browserStorage()): void {
  if (!storage) return;
  if (link) write(storage, DRAFT_LINK_KEY, link);
  else storage.removeItem(DRAFT_LINK_KEY);
}

function savedMarks(storage: KeyValueStorage): Record<string, string> {
  const parsed = savedSchema.safeParse(readJson(storage, DRAFT_SAVED_KEY));
  return parsed.success ? parsed.data : {};
}

/** Notes that the draft under `storageKey`, as of `updatedAt`, is saved in a team. */
export function markDraftSaved(storageKey: string, updatedAt: string | null, storage: KeyValueStorage | null = browserStorage()): void {
  if (!storage || !updatedAt) return;
  write(storage, DRAFT_SAVED_KEY, { ...savedMarks(storage), [storageKey]: updatedAt });
}

function draftKeys(storage: KeyValueStorage): string[] {
  const keys: string[] = [];
  for (let i = 0; i < storage.length; i++) {
    const key = storage.key(i);
    if (key?.startsWith(DRAFT_KEY_PREFIX)) keys.push(key);
  }
  return keys;
}

/**
 * How many drafts in this browser hold changes not saved to a team: a draft with answers or
 * edits whose last change is not the one last saved.
 */
export function countUnsavedDrafts(storage: KeyValueStorage | null = browserStorage()): number {
  if (!storage) return 0;
  const marks = savedMarks(storage);
  return draftKeys(storage).filter((key) => {
    if (key === DRAFT_LINK_KEY || key === DRAFT_SAVED_KEY) return false;
    const draft = parseStoredDraft(storage.getItem(key));
    const hasWork = !isEmptyAnswers(draft.answers) || Object.keys(draft.edits).length > 0;
    return hasWork && draft.updatedAt !== null && marks[key] !== draft.updatedAt;
  }).length;
}

/** Forgets every draft this browser keeps, with its links: on sign-out. */
export function clearBrowserDrafts(storage: KeyValueStorage | null = browserStorage()): void {
  if (storage) {
    for (const key of draftKeys(storage)) {
      try {
        storage.removeItem(key);
      } catch {
        /* blocked: nothing was kept there */
      }
    }
  }
  if (typeof window !== "undefined") window.dispatchEvent(new Event(DRAFTS_CLEARED_EVENT));
}
