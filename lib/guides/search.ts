/**
 * Client-side search across every guide step. The index is derived from the content at
 * build time (see app/api/guides/search-index/route.ts) and matched in the browser, so
 * searching needs no server and sends nothing anywhere.
 */
import type { Guide, GuideStep } from "./types";
import { inlineToPlainText } from "./inline";

/** One searchable step. Short keys keep the JSON small. */
export type SearchDoc = {
  /** guide slug */
  g: string;
  /** step id */
  s: string;
  /** step number, 1-based */
  n: number;
  /** step title */
  t: string;
  /** everything else a reader sees in the step, as plain text */
  x: string;
};

export type SearchIndex = {
  version: 1;
  guides: { slug: string; title: string }[];
  docs: SearchDoc[];
};

export type SearchResult = {
  guideSlug: string;
  guideTitle: string;
  stepId: string;
  stepNumber: number;
  stepTitle: string;
  href: string;
  /** A short excerpt around the first match, split so matches can be highlighted. */
  snippet: { text: string; isMatch: boolean }[];
  score: number;
};

/**
 * Text a step shows beyond its own fields (the facts about X it lists), supplied by the
 * caller so that this module, which the browser loads, does not carry the facts registry.
 */
export type ExtraStepText = (step: GuideStep) => string[];

function stepText(step: GuideStep, extra: ExtraStepText): string {
  const parts = [
    ...step.body,
    ...step.instructions,
    ...(step.checklist ?? []),
    ...(step.facts ?? []).map((f) => `${f.label}: ${f.value}`),
    step.code ? `${step.code.caption} ${step.code.text}` : "",
    step.changeNote ? `What has changed: ${step.changeNote.text}` : "",
    ...extra(step),
    step.copyValue?.label ?? "",
  ];
  return parts
    .filter(Boolean)
    .map((p) => inlineToPlainText(p))
    .join(" ")
    .replace(/\s+/g, " ")
    .trim();
}

/** Derives the search index from guide content. Pure; run at build time. */
export function buildSearchIndex(guides: readonly Guide[], extra: ExtraStepText = () => []): SearchIndex {
  return {
    version: 1,
    guides: guides.map((g) => ({ slug: g.slug, title: g.title })),
    docs: guides.flatMap((g) => g.steps.map((step, i) => ({ g: g.slug, s: step.id, n: i + 1, t: inlineToPlainText(step.title), x: stepText(step, extra) }))),
  };
}

/** Lower-cases and strips accents so "Évaluer" finds "evaluer". Keeps string length. */
export function fold(text: string): string {
  // Per UTF-16 unit, so indexes into the folded text are indexes into the original.
  // NFD then dropping combining marks maps each accented letter to one base letter.
  return text.split("").map((ch) => ch.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase().charAt(0) || ch).join("");
}

/** Splits a query into lower-case terms of letters and digits. */
export function queryTerms(query: string): string[] {
  const terms = fold(query)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((t) => t.length > 0);
  return [...new Set(terms)].slice(0, 8);
}

type Hit = { at: number; isWordStart: boolean; isWholeWord: boolean };

const isWordChar = (ch: string | undefined) => ch !== undefined && /[\p{L}\p{N}]/u.test(ch);

/** Best occurrence of `term` in folded `text`: whole words beat word starts beat the rest. */
function findTerm(text: string, term: string): Hit | null {
  let best: Hit | null = null;
  let from = 0;
  for (;;) {
    const at = text.indexOf(term, from);
    if (at === -1) return best;
    const isWordStart = !isWordChar(text[at - 1]);
    const isWholeWord = isWordStart && !isWordChar(text[at + term.length]);
    const hit = { at, isWordStart, isWholeWord };
    if (!best || rank(hit) > rank(best)) best = hit;
    if (isWholeWord) return best;
    from = at + 1;
  }
}

const rank = (h: Hit) => (h.isWholeWord ? 2 : h.isWordStart ? 1 : 0);

function snippetOf(text: string, terms: string[], firstAt: number, size = 160): SearchResult["snippet"] {
  const start = Math.max(0, Math.min(firstAt - 40, text.length - size));
  let from = start;
  // Begin on a word boundary unless the excerpt starts the text.
  if (from > 0) {
    const space = text.indexOf(" ", from);
    if (space !== -1 && space < firstAt) from = space + 1;
  }
  let to = Math.min(text.length, from + size);
  if (to < text.length) {
    const space = text.lastIndexOf(" ", to);
    if (space > firstAt) to = space;
  }
  const excerpt = text.slice(from, to);
  const folded = fold(excerpt);
  const marks = new Array<boolean>(excerpt.length).fill(false);
  for (const term of terms) {
    let at = folded.indexOf(term);
    while (at !== -1) {
      if (!isWordChar(folded[at - 1])) marks.fill(true, at, at + term.length);
      at = folded.indexOf(term, at + term.length);
    }
  }
  const pieces: SearchResult["snippet"] = [];
  if (from > 0) pieces.push({ text: "…", isMatch: false });
  let runStart = 0;
  for (let i = 1; i <= excerpt.length; i++) {
    if (i === excerpt.length || marks[i] !== marks[runStart]) {
      pieces.push({ text: excerpt.slice(runStart, i), isMatch: marks[runStart] ?? false });
      runStart = i;
    }
  }
  if (to < text.length) pieces.push({ text: "…", isMatch: false });
  return pieces;
}

/**
 * Finds steps containing every term of `query` (each as a word or the start of one,
 * or anywhere inside a word for terms of four letters or more). Title matches rank
 * first, whole words above prefixes. Returns at most `limit` results, best first.
 */
export function searchGuides(index: SearchIndex, query: string, limit = 8): SearchResult[] {
  const terms = queryTerms(query);
  if (terms.length === 0) return [];
  const titles = new Map(index.guides.map((g) => [g.slug, g.title]));
  const results: SearchResult[] = [];
  for (const doc of index.docs) {
    const title = fold(doc.t);
    const text = fold(doc.x);
    const guideTitle = titles.get(doc.g) ?? doc.g;
    const guideFolded = fold(guideTitle);
    let score = 0;
    let firstAt = -1;
    let isMatch = true;
    for (const term of terms) {
      const inTitle = findTerm(title, term);
      const inText = findTerm(text, term);
      const inGuide = findTerm(guideFolded, term);
      const usable = (h: Hit | null) => h && (h.isWordStart || term.length >= 4);
      if (!usable(inTitle) && !usable(inText) && !usable(inGuide)) {
        isMatch = false;
        break;
      }
      if (usable(inTitle)) score += 10 + 5 * rank(inTitle!);
      if (usable(inText)) {
        score += 3 + 2 * rank(inText!);
        if (firstAt === -1 || inText!.at < firstAt) firstAt = inText!.at;
      }
      if (usable(inGuide)) score += 2;
    }
    if (!isMatch) continue;
    // Earlier steps win ties: they are usually where a newcomer should start.
    score -= doc.n * 0.01;
    results.push({
      guideSlug: doc.g,
      guideTitle,
      stepId: doc.s,
      stepNumber: doc.n,
      stepTitle: doc.t,
      href: `/guides/${doc.g}#${doc.s}`,
      snippet: snippetOf(doc.x, terms, Math.max(firstAt, 0)),
      score,
    });
  }
  return results.sort((a, b) => b.score - a.score).slice(0, limit);
}
