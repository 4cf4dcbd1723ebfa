/**
 * Compares two versions of a draft section by section, for a side-by-side view: rows of
 * lines (removed on the left, added on the right, unchanged on both) and, inside each
 * changed pair of lines, the words that differ. Built on the `diff` package.
 */
import { diffArrays, diffWords } from "diff";
import { EDITABLE_SECTION_IDS, SECTION_TITLES, type EditableSectionId } from "./sections";

export type WordPart = { kind: "same" | "added" | "removed"; text: string };
export type Cell = { kind: "same" | "removed" | "added" | "empty"; text: string; words?: WordPart[] };
export type DiffRow = { left: Cell; right: Cell };
export type SectionDiff = {
  id: EditableSectionId;
  title: string;
  status: "unchanged" | "changed" | "added" | "removed";
  rows: DiffRow[];
  /** Counts of words added and removed, for a summary. */
  added: number;
  removed: number;
};

export type VersionSections = Partial<Record<EditableSectionId, string>>;

const lines = (text: string) => (text === "" ? [] : text.replace(/\r\n?/g, "\n").split("\n"));
const wordCount = (text: string) => (text.match(/\S+/g) ?? []).length;

function wordParts(a: string, b: string): { left: WordPart[]; right: WordPart[] } {
  const left: WordPart[] = [];
  const right: WordPart[] = [];
  for (const change of diffWords(a, b)) {
    if (change.added) right.push({ kind: "added", text: change.value });
    else if (change.removed) left.push({ kind: "removed", text: change.value });
    else {
      left.push({ kind: "same", text: change.value });
      right.push({ kind: "same", text: change.value });
    }
  }
  return { left, right };
}

/** Side-by-side rows for two texts, pairing each removed line with an added one. */
export function diffRows(a: string, b: string): DiffRow[] {
  const rows: DiffRow[] = [];
  const empty: Cell = { kind: "empty", text: "" };
  let removed: string[] = [];
  const flush = (added: string[]) => {
    const n = Math.max(removed.length, added.length);
    for (let i = 0; i < n; i++) {
      const l = removed[i];
      const r = added[i];
      if (l !== undefined && r !== undefined) {
        const words = wordParts(l, r);
        rows.push({ left: { kind: "removed", text: l, words: words.left }, right: { kind: "added", text: r, words: words.right } });
      } else if (l !== undefined) rows.push({ left: { kind: "removed", text: l }, right: empty });
      else if (r !== undefined) rows.push({ left: empty, right: { kind: "added", text: r } });
    }
    removed = [];
  };
  for (const change of diffArrays(lines(a), lines(b))) {
    if (change.removed) {
      removed.push(...change.value);
    } else if (change.added) {
      flush(change.value);
    } else {
      flush([]);
      for (const line of change.value) rows.push({ left: { kind: "same", text: line }, right: { kind: "same", text: line } });
    }
  }
  flush([]);
  return rows;
}

/** Section-by-section comparison of two versions (older `a`, newer `b`), in reading order. */
export function diffSections(a: VersionSections, b: VersionSections): SectionDiff[] {
  return EDITABLE_SECTION_IDS.map((id) => {
    const before = (a[id] ?? "").trim();
    const after = (b[id] ?? "").trim();
    const status: SectionDiff["status"] = before === after ? "unchanged" : before === "" ? "added" : after === "" ? "removed" : "changed";
    let added = 0;
    let removedWords = 0;
    if (status !== "unchanged") {
      for (const change of diffWords(before, after)) {
        if (change.added) added += wordCount(change.value);
        else if (change.removed) removedWords += wordCount(change.value);
      }
    }
    return { id, title: SECTION_TITLES[id], status, rows: diffRows(before, after), added, removed: removedWords };
  });
}
