/**
 * Guide progress as plain data and the rules for combining it (merge, tick, prune,
 * summarise, read the browser's stored copy). Pure, so it is shared by the browser store
 * (components/guides/progress-browser-store.ts), the server actions and the database
 * functions (progress-db.ts). An entry means "this step is done"; a step that is not done
 * has no entry.
 */
export type ProgressEntry = { guide: string; step: string; doneAt: string };

/** What one guide contributes to progress: its slug and its step ids, in order. */
export type GuideOutline = { slug: string; title: string; stepIds: string[] };

export const progressKey = (guide: string, step: string): string => `${guide}\u0000${step}`;

// Hand-written checks rather than zod: this module ships to the browser, and zod would
// add ~30 KB of JavaScript to every page that shows progress. The server actions
// validate with zod as well.
const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;
const isId = (v: unknown): v is string => typeof v === "string" && v.length > 0 && v.length <= 100;

/** True for a well-formed entry (ids of sane length, an ISO date-time that parses). */
export function isProgressEntry(value: unknown): value is ProgressEntry {
  if (typeof value !== "object" || value === null) return false;
  const { guide, step, doneAt } = value as Record<string, unknown>;
  return isId(guide) && isId(step) && typeof doneAt === "string" && ISO_DATE_TIME.test(doneAt) && !Number.isNaN(Date.parse(doneAt));
}

function earlier(a: string, b: string): string {
  const ta = Date.parse(a);
  const tb = Date.parse(b);
  if (ta !== tb) return ta < tb ? a : b;
  // Same instant written two ways: pick one deterministically.
  return a < b ? a : b;
}

/**
 * The union of two progress lists: a step done in either is done in the result, with
 * the earlier completion time. Commutative, associative and idempotent; the output is
 * sorted, so equal inputs give identical outputs.
 */
export function mergeEntries(a: readonly ProgressEntry[], b: readonly ProgressEntry[]): ProgressEntry[] {
  const byKey = new Map<string, ProgressEntry>();
  for (const entry of [...a, ...b]) {
    const key = progressKey(entry.guide, entry.step);
    const seen = byKey.get(key);
    byKey.set(key, seen ? { guide: entry.guide, step: entry.step, doneAt: earlier(seen.doneAt, entry.doneAt) } : { guide: entry.guide, step: entry.step, doneAt: entry.doneAt });
  }
  return [...byKey.entries()].sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0)).map(([, e]) => e);
}

/** Marks one step done (keeping an earlier completion time) or not done. */
export function setEntry(entries: readonly ProgressEntry[], change: { guide: string; step: string; isDone: boolean; now: Date }): ProgressEntry[] {
  const rest = entries.filter((e) => !(e.guide === change.guide && e.step === change.step));
  if (!change.isDone) return mergeEntries(rest, []);
  const existing = entries.find((e) => e.guide === change.guide && e.step === change.step);
  return mergeEntries(rest, [existing ?? { guide: change.guide, step: change.step, doneAt: change.now.toISOString() }]);
}

/** Keeps only entries for steps that exist in `outlines` (content can rename steps). */
export function pruneEntries(entries: readonly ProgressEntry[], outlines: readonly GuideOutline[]): ProgressEntry[] {
  const known = new Set(outlines.flatMap((g) => g.stepIds.map((s) => progressKey(g.slug, s))));
  return entries.filter((e) => known.has(progressKey(e.guide, e.step)));
}

/** The set of done step ids of one guide. */
export function doneStepIds(entries: readonly ProgressEntry[] | null, guide: string): Set<string> {
  return new Set((entries ?? []).filter((e) => e.guide === guide).map((e) => e.step));
}

export type GuideProgressSummary = { done: number; total: number; nextStepId: string | null };

/** How far someone is in a guide: done steps that still exist, and the first step left. */
export function summarizeGuide(entries: readonly ProgressEntry[] | null, outline: GuideOutline): GuideProgressSummary {
  const done = doneStepIds(entries, outline.slug);
  return {
    done: outline.stepIds.filter((id) => done.has(id)).length,
    total: outline.stepIds.length,
    nextStepId: outline.stepIds.find((id) => !done.has(id)) ?? null,
  };
}

/** The browser store's saved shape. `owner` is the account whose progress it mirrors. */
export type StoredProgress = { version: 1; owner: string | null; entries: ProgressEntry[] };

export const EMPTY_PROGRESS: StoredProgress = { version: 1, owner: null, entries: [] };

/**
 * Reads the stored JSON defensively: anything unreadable becomes empty progress, and
 * malformed entries are dropped one by one rather than losing the rest.
 */
export function parseStoredProgress(raw: string | null): StoredProgress {
  if (!raw) return EMPTY_PROGRESS;
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    return EMPTY_PROGRESS;
  }
  if (typeof json !== "object" || json === null) return EMPTY_PROGRESS;
  const { version, owner, entries } = json as Record<string, unknown>;
  if (version !== 1 || !Array.isArray(entries)) return EMPTY_PROGRESS;
  const valid = entries
    .slice(0, 5000)
    .filter(isProgressEntry)
    .map((e) => ({ guide: e.guide, step: e.step, doneAt: e.doneAt }));
  const isOwner = typeof owner === "string" && owner.length > 0 && owner.length <= 200;
  return { version: 1, owner: isOwner ? owner : null, entries: mergeEntries(valid, []) };
}
