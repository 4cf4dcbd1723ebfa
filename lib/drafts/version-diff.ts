/**
 * Compares two versions of a draft section by section, for a side-by-side view: rows of
 * lines (removed on the left, added on the right, unchanged on both) and, inside each
 * changed pair of lines, the words that differ. Built on the `diff` package's Myers diff.
 *
 * The work is bounded. A diff of two texts that share nothing costs about n² comparisons
 * (two 10,000-character versions once held the server for 13 s), and the page runs on the
 * server, so one request must never hold the event loop for long. Every comparison the
 * diff makes is counted against one budget per comparison of two versions
 * (`DIFF_LIMITS.comparisons`), and no diff searches past `DIFF_LIMITS.editLength` edits.
 * The cheap view comes first: lines, each section with its own share of the budget. Words
 * inside changed lines come second, in reading order, while budget is left. What does not
 * fit is said plainly (`SectionDiff.detail`) and shown at the coarser level, never guessed.
 */
import { diffArrays } from "diff";
import { EDITABLE_SECTION_IDS, SECTION_TITLES, type EditableSectionId } from "./sections";

export type WordPart = { kind: "same" | "added" | "removed"; text: string };
export type Cell = { kind: "same" | "removed" | "added" | "empty"; text: string; words?: WordPart[] };
export type DiffRow = { left: Cell; right: Cell };
/**
 * How fine the comparison of a changed section could be within the budget:
 * "words" every changed pair of lines has its words marked; "some-words" only some pairs
 * (the rest are shown as whole lines); "lines" no pair has words marked; "whole" even the
 * lines were too different to pair up, so the older text is all on the left and the newer
 * all on the right.
 */
export type DiffDetail = "words" | "some-words" | "lines" | "whole";
export type SectionDiff = {
  id: EditableSectionId;
  title: string;
  status: "unchanged" | "changed" | "added" | "removed";
  rows: DiffRow[];
  /** Counts of words added and removed, for a summary (whole lines where words could not be compared). */
  added: number;
  removed: number;
  detail: DiffDetail;
};

export type VersionSections = Partial<Record<EditableSectionId, string>>;

export const DIFF_LIMITS = {
  /**
   * Token comparisons (lines or words) one comparison of two versions may make, all
   * sections together: tens of milliseconds on this project's machines, even when they are
   * busy (bench/version-diff.ts). A rewrite of a few hundred words still fits.
   */
  comparisons: 250_000,
  /** Longest edit script (lines or words inserted plus removed) any one diff searches for. */
  editLength: 700,
} as const;

/** Counts comparisons and stops a diff when the budget runs out. */
class Budget {
  used = 0;
  constructor(readonly limit: number) {}
  get left() {
    return Math.max(0, this.limit - this.used);
  }
}
class OverBudget extends Error {}

/** A Myers diff of two id sequences, or null when it needs more than `allowance` comparisons or `DIFF_LIMITS.editLength` edits. */
function boundedDiff(a: number[], b: number[], budget: Budget, allowance: number) {
  const stop = Math.min(budget.left, allowance);
  let used = 0;
  // The call that reaches the allowance is counted and stops the diff, so the library
  // calls `comparator` at most `stop` times.
  const comparator = (x: number, y: number) => {
    if (++used >= stop) throw new OverBudget();
    return x === y;
  };
  try {
    return diffArrays(a, b, { comparator, maxEditLength: DIFF_LIMITS.editLength }) ?? null;
  } catch (error) {
    if (error instanceof OverBudget) return null;
    throw error;
  } finally {
    budget.used += used;
  }
}

/** Maps equal strings to equal small integers, so a comparison is one integer test. */
function interner() {
  const ids = new Map<string, number>();
  return (s: string) => {
    let id = ids.get(s);
    if (id === undefined) ids.set(s, (id = ids.size));
    return id;
  };
}

const lines = (text: string) => (text === "" ? [] : text.replace(/\r\n?/g, "\n").split("\n"));
const wordCount = (text: string) => (text.match(/\S+/g) ?? []).length;
/** Words (or single punctuation marks) with the spaces after them; compared without those spaces. */
const tokens = (text: string) => text.match(/(?:[\p{L}\p{M}\p{N}_]+|[^\p{L}\p{M}\p{N}_\s])\s*|\s+/gu) ?? [];

type Changes = NonNullable<ReturnType<typeof boundedDiff>>;

/** Walks a diff's changes over the two token lists, calling back with each run's tokens. */
function walk<T>(changes: Changes, a: T[], b: T[], on: (kind: "same" | "added" | "removed", left: T[], right: T[]) => void) {
  let i = 0;
  let j = 0;
  for (const change of changes) {
    const n = change.count ?? change.value.length;
    if (change.added) on("added", [], b.slice(j, (j += n)));
    else if (change.removed) on("removed", a.slice(i, (i += n)), []);
    else on("same", a.slice(i, (i += n)), b.slice(j, (j += n)));
  }
}

/** The words of two lines marked, or null when they do not fit in the budget. */
function wordParts(a: string, b: string, budget: Budget): { left: WordPart[]; right: WordPart[] } | null {
  const ta = tokens(a);
  const tb = tokens(b);
  const id = interner();
  const changes = boundedDiff(
    ta.map((t) => id(t.trimEnd())),
    tb.map((t) => id(t.trimEnd())),
    budget,
    Infinity,
  );
  if (!changes) return null;
  const left: WordPart[] = [];
  const right: WordPart[] = [];
  const push = (parts: WordPart[], kind: WordPart["kind"], text: string) => {
    if (text === "") return;
    const last = parts.at(-1);
    if (last?.kind === kind) last.text += text;
    else parts.push({ kind, text });
  };
  walk(changes, ta, tb, (kind, l, r) => {
    if (kind !== "added") push(left, kind, l.join(""));
    if (kind !== "removed") push(right, kind, r.join(""));
  });
  return { left, right };
}

const EMPTY: Cell = { kind: "empty", text: "" };

/** Side-by-side rows of lines (no words yet), or null when the lines do not fit in the allowance. */
function lineRows(a: string, b: string, budget: Budget, allowance: number): DiffRow[] | null {
  const la = lines(a);
  const lb = lines(b);
  const id = interner();
  const changes = boundedDiff(la.map(id), lb.map(id), budget, allowance);
  if (!changes) return null;
  const rows: DiffRow[] = [];
  let removed: string[] = [];
  const flush = (added: string[]) => {
    for (let i = 0; i < Math.max(removed.length, added.length); i++) {
      const l = removed[i];
      const r = added[i];
      rows.push({ left: l === undefined ? EMPTY : { kind: "removed", text: l }, right: r === undefined ? EMPTY : { kind: "added", text: r } });
    }
    removed = [];
  };
  walk(changes, la, lb, (kind, l, r) => {
    if (kind === "removed") removed.push(...l);
    else if (kind === "added") flush(r);
    else {
      flush([]);
      for (const line of l) rows.push({ left: { kind: "same", text: line }, right: { kind: "same", text: line } });
    }
  });
  flush([]);
  return rows;
}

/** The older text all on the left and the newer all on the right, line by line, for texts too different to pair up. */
function wholeRows(a: string, b: string): DiffRow[] {
  const la = lines(a);
  const lb = lines(b);
  return Array.from({ length: Math.max(la.length, lb.length) }, (_, i) => ({
    left: la[i] === undefined ? EMPTY : { kind: "removed", text: la[i] },
    right: lb[i] === undefined ? EMPTY : { kind: "added", text: lb[i] },
  }));
}

/** Marks the words of each changed pair of lines while the budget lasts; says how far it got. */
function markWords(rows: DiffRow[], budget: Budget): DiffDetail {
  let pairs = 0;
  let marked = 0;
  for (const row of rows) {
    if (row.left.kind !== "removed" || row.right.kind !== "added") continue;
    pairs++;
    const words = budget.left > 0 ? wordParts(row.left.text, row.right.text, budget) : null;
    if (!words) continue;
    row.left.words = words.left;
    row.right.words = words.right;
    marked++;
  }
  return marked === pairs ? "words" : marked === 0 ? "lines" : "some-words";
}

function countWords(rows: DiffRow[]) {
  let added = 0;
  let removed = 0;
  const count = (cell: Cell, kind: "added" | "removed") =>
    cell.words ? cell.words.reduce((n, w) => n + (w.kind === kind ? wordCount(w.text) : 0), 0) : cell.kind === kind ? wordCount(cell.text) : 0;
  for (const row of rows) {
    removed += count(row.left, "removed");
    added += count(row.right, "added");
  }
  return { added, removed };
}

/** Side-by-side rows for two texts, pairing each removed line with an added one, with their own budget. */
export function diffRows(a: string, b: string, budget = new Budget(DIFF_LIMITS.comparisons)): DiffRow[] {
  const rows = lineRows(a, b, budget, budget.left / 2) ?? wholeRows(a, b);
  markWords(rows, budget);
  return rows;
}

/** What one comparison of two versions cost: token comparisons made, against `DIFF_LIMITS.comparisons`. */
export type DiffWork = { comparisons: number };

/**
 * Section-by-section comparison of two versions (older `a`, newer `b`), in reading order.
 * Bounded: at most `DIFF_LIMITS.comparisons` token comparisons in all (reported in `work`).
 */
export function diffSections(a: VersionSections, b: VersionSections, work?: DiffWork): SectionDiff[] {
  const budget = new Budget(DIFF_LIMITS.comparisons);
  const texts = EDITABLE_SECTION_IDS.map((id) => ({ id, before: (a[id] ?? "").trim(), after: (b[id] ?? "").trim() }));
  // Half the budget for lines, shared equally between the changed sections; the rest for words.
  const changed = texts.filter((t) => t.before !== t.after).length;
  const lineAllowance = Math.floor(DIFF_LIMITS.comparisons / 2 / Math.max(1, changed));
  const sections = texts.map(({ id, before, after }) => {
    const status: SectionDiff["status"] = before === after ? "unchanged" : before === "" ? "added" : after === "" ? "removed" : "changed";
    const lined = status === "unchanged" ? [] : lineRows(before, after, budget, lineAllowance);
    return { id, title: SECTION_TITLES[id], status, rows: lined ?? wholeRows(before, after), whole: lined === null };
  });
  const result = sections.map(({ whole, ...section }): SectionDiff => {
    const detail = whole ? "whole" : markWords(section.rows, budget);
    return { ...section, detail, ...countWords(section.rows) };
  });
  if (work) work.comparisons = budget.used;
  return result;
}
