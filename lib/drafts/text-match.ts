/**
 * A small matching engine for the policy check. Text is split into sentences and tokens;
 * each word token carries its stem, so patterns match every inflection ("sell", "sells",
 * "selling"); concepts are lists of patterns, so paraphrases meet ("sell", "monetise",
 * "make money from"); and each match knows whether a negation governs it ("we do not and
 * will never sell data"). Pure and synchronous: the browser runs it on every keystroke.
 */
import { stem } from "./stemmer";

export type TokenKind = "word" | "number" | "comma" | "break";

export type Token = {
  kind: TokenKind;
  /** Lower-case, accents folded (words); the raw text otherwise. */
  norm: string;
  /** Porter stem of `norm` for words; `norm` otherwise. */
  stem: string;
  /** The value of a number token ("1.5 million" → 1500000). */
  value: number | null;
  start: number;
  end: number;
};

export type Sentence = {
  start: number;
  end: number;
  tokens: Token[];
  /** Matches already found in this sentence, by concept id (rules ask the same question many times). */
  memo: (Match[] | undefined)[];
};
export type TextDoc = { text: string; sentences: Sentence[]; wordCount: number };

const TOKEN_RE =
  /(\d{1,3}(?:[,\u00a0\u202f]\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(k|m|mn|bn)?(?![\p{L}\p{N}])|[\p{L}\p{M}\p{N}]+(?:['’][\p{L}]+)*|[.!?…]+|[;:()[\]{}—–•]|,|\n/giu;
const MULTIPLIER_WORDS: Record<string, number> = { thousand: 1e3, k: 1e3, million: 1e6, millions: 1e6, m: 1e6, mn: 1e6, billion: 1e9, bn: 1e9 };
const ABBREVIATIONS = new Set(["e", "g", "i", "etc", "vs", "approx", "incl", "eg", "ie", "no", "nr", "dr", "mr", "ms", "mrs", "st"]);
const CONTRACTION_BASES: Record<string, string> = { wo: "will", ca: "can", sha: "shall", ai: "is" };
const ID_HEADS = new Set(["tweet", "post", "user", "dm", "message", "account", "author"]);
const ID_TAILS = new Set(["id", "ids", "identifier", "identifiers"]);
const NON_ASCII = /[^\u0000-\u007f]/;

/**
 * Longest text the check reads, in characters: more than the largest saved draft (eight
 * sections of 20,000) and the endpoint's 100 KB body. Anything after it is not read.
 */
export const ANALYZE_MAX_CHARS = 200_000;
/**
 * Longest sentence, in tokens. A "sentence" without stops (a pasted list, a run-on text) is
 * cut into pieces this long, so that no query over one sentence grows with the text.
 */
export const SENTENCE_MAX_TOKENS = 120;

// Work counter: every token a pattern or negation test looks at adds one. Tests bound the
// matcher's worst case by this count instead of by timing (which a busy machine skews).
let steps = 0;
/** Matcher steps taken since the last reset (see resetMatcherSteps). */
export function matcherSteps(): number {
  return steps;
}
/** Starts counting matcher steps from zero. */
export function resetMatcherSteps(): void {
  steps = 0;
}
/** Adds to the work counter (for other linear passes of the check, such as section lookup). */
export function countSteps(n: number): void {
  steps += n;
}

function normalizeWord(raw: string): string {
  const lower = raw.toLowerCase();
  return NON_ASCII.test(lower) ? lower.normalize("NFKD").replace(/\p{M}+/gu, "").replace(/’/g, "'") : lower;
}

function wordToken(norm: string, start: number, end: number): Token {
  return { kind: "word", norm, stem: stem(norm), value: null, start, end };
}

/** Splits a word with an apostrophe: "don't" → do + not, "we'll" → we, "app's" → app. */
function pushWord(tokens: Token[], raw: string, start: number, end: number): void {
  const norm = normalizeWord(raw);
  const apostrophe = norm.search(/['’]/);
  if (apostrophe < 0) {
    if (norm === "cannot") {
      tokens.push(wordToken("can", start, end), wordToken("not", start, end));
      return;
    }
    tokens.push(wordToken(norm, start, end));
    return;
  }
  if (norm.endsWith("n't") || norm.endsWith("n’t")) {
    const base = norm.slice(0, -3);
    tokens.push(wordToken(CONTRACTION_BASES[base] ?? base, start, end), wordToken("not", start, end));
    return;
  }
  tokens.push(wordToken(norm.slice(0, apostrophe), start, end));
}

function parseNumber(digits: string, suffix: string | undefined): number {
  const n = Number(digits.replace(/[,\u00a0\u202f]/g, ""));
  const multiplier = suffix ? (MULTIPLIER_WORDS[suffix.toLowerCase()] ?? 1) : 1;
  return n * multiplier;
}

/** Whether a single newline at `index` separates two sentences (a bullet, a heading). */
function isLineBreakBoundary(text: string, index: number): boolean {
  const lineStart = text.lastIndexOf("\n", index - 1) + 1;
  if (/^\s*(#|[-*•>]\s|\d+[.)]\s)/.test(text.slice(lineStart, lineStart + 8))) return true;
  const next = text.slice(index + 1, index + 12);
  return /^\s*(\n|[-*•#>]|\d+[.)]\s)/.test(next) || next.trim() === "";
}

/**
 * Splits text into sentences of tokens. Never throws; linear in the text's length. Reads at
 * most ANALYZE_MAX_CHARS characters, and cuts sentences at SENTENCE_MAX_TOKENS tokens.
 */
export function analyze(input: string): TextDoc {
  const text = input.length > ANALYZE_MAX_CHARS ? input.slice(0, ANALYZE_MAX_CHARS) : input;
  const sentences: Sentence[] = [];
  let tokens: Token[] = [];
  let wordCount = 0;
  const close = (end: number) => {
    if (tokens.length > 0) sentences.push({ start: tokens[0]!.start, end, tokens, memo: [] });
    tokens = [];
  };
  TOKEN_RE.lastIndex = 0;
  for (let m = TOKEN_RE.exec(text); m !== null; m = TOKEN_RE.exec(text)) {
    const raw = m[0];
    const start = m.index;
    const end = start + raw.length;
    steps += 1;
    if (tokens.length >= SENTENCE_MAX_TOKENS) close(start);
    if (m[1] !== undefined) {
      tokens.push({ kind: "number", norm: raw, stem: raw, value: parseNumber(m[1], m[2]), start, end });
      wordCount += 1;
      continue;
    }
    const first = raw[0]!;
    if (raw === "\n") {
      if (isLineBreakBoundary(text, start)) close(start);
      continue;
    }
    if (first === "," ) {
      tokens.push({ kind: "comma", norm: ",", stem: ",", value: null, start, end });
      continue;
    }
    if (/^[.!?…]/.test(first)) {
      const previous = tokens[tokens.length - 1];
      const isAbbreviation = raw === "." && previous?.kind === "word" && (previous.norm.length === 1 || ABBREVIATIONS.has(previous.norm)) && previous.end === start;
      if (!isAbbreviation) close(end);
      continue;
    }
    if (/^[;:()[\]{}—–•]/.test(first)) {
      tokens.push({ kind: "break", norm: raw, stem: raw, value: null, start, end });
      continue;
    }
    const before = tokens.length;
    // "@helpdesk" is a mention of an account: one token, whatever the handle, so patterns can say "mentions @handle".
    if (start > 0 && text[start - 1] === "@" && !/^mention(s|ed|ing)?$/i.test(raw)) {
      tokens.push({ kind: "word", norm: "@handle", stem: "@handle", value: null, start: start - 1, end });
      wordCount += 1;
      continue;
    }
    pushWord(tokens, raw, start, end);
    wordCount += tokens.length - before;
    const last = tokens[tokens.length - 1]!;
    const previous = tokens[tokens.length - 2];
    // "1.5 million": the multiplier word scales the number before it.
    if (previous?.kind === "number" && previous.value !== null && last.norm in MULTIPLIER_WORDS && !["k", "m", "mn", "bn"].includes(last.norm)) {
      previous.value *= MULTIPLIER_WORDS[last.norm]!;
    }
    // "Tweet IDs" is one thing: share "Tweet IDs" is not share "Tweets".
    if (previous?.kind === "word" && ID_TAILS.has(last.norm) && ID_HEADS.has(previous.stem)) {
      tokens.splice(tokens.length - 2, 2, { kind: "word", norm: `${previous.stem}_id`, stem: `${previous.stem}_id`, value: null, start: previous.start, end: last.end });
    }
  }
  close(text.length);
  return { text, sentences, wordCount };
}

/** Counts words the way a person would (for the per-section counters). */
export function countWords(text: string): number {
  const matches = text.match(/[\p{L}\p{M}\p{N}]+(?:['’.,-][\p{L}\p{N}]+)*/gu);
  return matches ? matches.length : 0;
}

// ---------------------------------------------------------------------------------------
// Concepts and patterns

type Item = { stems: Set<string>; exact: Set<string>; isNumber: boolean };
/**
 * Items to match in order; gaps[k] is how many other tokens may come before item k.
 * `namesNegator`: an item is itself a negation ("posts shown without the author"), so a
 * negator inside the match is its meaning, not a denial of it.
 */
type Pattern = { items: Item[]; gaps: number[]; namesNegator: boolean };

export type Concept = {
  /** A small number, unique per concept: the slot of its matches in each sentence's memo. */
  id: number;
  name: string;
  patterns: Pattern[];
  /** Patterns by the stem or exact word their first item accepts, for a quick first look. */
  byStem: Map<string, Pattern[]>;
  byExact: Map<string, Pattern[]>;
  numberFirst: Pattern[];
};

function indexPatterns(patterns: Pattern[]): Pick<Concept, "byStem" | "byExact" | "numberFirst"> {
  const byStem = new Map<string, Pattern[]>();
  const byExact = new Map<string, Pattern[]>();
  const numberFirst: Pattern[] = [];
  const add = (map: Map<string, Pattern[]>, key: string, p: Pattern) => {
    const list = map.get(key);
    if (list) {
      if (!list.includes(p)) list.push(p);
    } else map.set(key, [p]);
  };
  for (const p of patterns) {
    const first = p.items[0]!;
    for (const st of first.stems) add(byStem, st, p);
    for (const ex of first.exact) add(byExact, ex, p);
    if (first.isNumber) numberFirst.push(p);
  }
  return { byStem, byExact, numberFirst };
}

function compileItem(source: string): Item {
  const item: Item = { stems: new Set(), exact: new Set(), isNumber: false };
  for (const alt of source.split("|")) {
    if (alt === "") continue;
    if (alt === "#") item.isNumber = true;
    else if (alt.startsWith("=")) item.exact.add(normalizeWord(alt.slice(1)));
    else item.stems.add(alt.includes("_") ? alt : stem(normalizeWord(alt)));
  }
  return item;
}

function compilePattern(source: string, defaultGap: number): Pattern {
  const pattern: Pattern = { items: [], gaps: [], namesNegator: false };
  let gap = defaultGap;
  const words = source
    .trim()
    .toLowerCase()
    .split(/\s+/)
    // "read-only", "don't": the tokenizer splits these, so patterns do too.
    .flatMap((w) => (/^~\d+$/.test(w) ? [w] : w.split(/(?<=[a-z])['’-](?=[a-z])/)));
  for (const word of words) {
    if (/^~\d+$/.test(word)) {
      gap = Number(word.slice(1));
      continue;
    }
    const item = compileItem(word);
    // An item of negators only ("without", "no") is part of what the pattern means; a modal
    // that may be "not" ("will|does|not post") is not.
    const words = [...item.stems, ...item.exact];
    if (words.length > 0 && words.every((w) => NEGATORS.has(w) || NEGATORS.has(stem(w)))) pattern.namesNegator = true;
    pattern.items.push(item);
    pattern.gaps.push(pattern.items.length === 1 ? 0 : gap);
    gap = defaultGap;
  }
  return pattern;
}

let nextConceptId = 0;

/**
 * A named concept: a list of patterns, any of which may match. A pattern is words
 * separated by spaces; a word matches any inflection (by stem) unless written `=exact`;
 * `a|b` is either (single words only); `#` is any number. Up to `gap` other tokens may
 * sit between two words of a pattern ("sell the collected data" matches "sell data"),
 * and `~N` before a word sets that gap to N for that word alone.
 */
export function concept(name: string, patterns: readonly string[], options: { gap?: number } = {}): Concept {
  const compiled = patterns.map((p) => compilePattern(p, options.gap ?? 2)).filter((p) => p.items.length > 0);
  return { id: nextConceptId++, name, patterns: compiled, ...indexPatterns(compiled) };
}

function itemMatches(item: Item, token: Token): boolean {
  if (token.kind === "number") return item.isNumber;
  if (token.kind !== "word") return false;
  return item.stems.has(token.stem) || item.exact.has(token.norm);
}

function matchFrom(tokens: Token[], index: number, pattern: Pattern, k: number): number {
  if (k === pattern.items.length) return index;
  const limit = Math.min(tokens.length - 1, index + pattern.gaps[k]!);
  for (let j = index; j <= limit; j++) {
    steps += 1;
    const token = tokens[j]!;
    if (token.kind === "break") return -1;
    if (itemMatches(pattern.items[k]!, token)) {
      const end = matchFrom(tokens, j + 1, pattern, k + 1);
      if (end >= 0) return end;
    }
  }
  return -1;
}

// ---------------------------------------------------------------------------------------
// Negation scope

const NEGATORS = new Set(["not", "no", "never", "without", "neither", "nor", "none", "nothing", "nobody", "nowhere", "refuse", "prohibit", "forbid", "against", "avoid"].map(stem));
const CLAUSE_WORDS = new Set(["but", "however", "although", "though", "whereas", "while", "yet", "except", "unless", "instead"]);
const CONJUNCTIONS = new Set(["and", "or", "so", "then", "but", "while", "whereas", "which", "who"]);
const AUXILIARIES = new Set(["be", "is", "are", "was", "were", "will", "would", "shall", "should", "can", "could", "may", "might", "must", "been", "being", "do", "does", "did", "ever", "at", "all"]);
const LOOKBACK = 8;
const LOOKAHEAD = 3;

function isNegator(tokens: Token[], i: number): boolean {
  const token = tokens[i]!;
  if (token.kind !== "word" || !NEGATORS.has(token.stem)) return false;
  // "No, we do sell…" answers a question; it does not negate what follows.
  const next = tokens[i + 1];
  if (token.norm === "no" && (next === undefined || next.kind === "comma" || next.kind === "break")) return false;
  // "not only… but also" affirms.
  if (token.norm === "not" && next?.norm === "only") return false;
  return true;
}

function isClauseBoundary(tokens: Token[], i: number): boolean {
  const token = tokens[i]!;
  if (token.kind === "break") return true;
  if (token.kind === "word" && CLAUSE_WORDS.has(token.norm)) return true;
  if (token.kind === "comma") {
    const next = tokens[i + 1];
    return next?.kind === "word" && CONJUNCTIONS.has(next.norm);
  }
  return false;
}

/** Whether a negation governs tokens[start..end): "we don't sell", "data is never sold". */
export function isNegated(tokens: Token[], start: number, end: number, namesNegator = false): boolean {
  // A negator inside the match ("sell no data", "does not post") governs it too, unless the
  // pattern spells the negator out itself.
  steps += end - start;
  if (!namesNegator) for (let i = start; i < end; i++) if (isNegator(tokens, i)) return true;
  let words = 0;
  for (let i = start - 1; i >= 0 && words < LOOKBACK; i--) {
    steps += 1;
    if (isClauseBoundary(tokens, i)) break;
    if (tokens[i]!.kind === "comma") continue;
    if (isNegator(tokens, i)) return true;
    words += 1;
  }
  let seen = 0;
  for (let i = end; i < tokens.length && seen <= LOOKAHEAD; i++) {
    steps += 1;
    const token = tokens[i]!;
    if (token.kind !== "word") break;
    if (isNegator(tokens, i) && seen > 0) return true;
    if (!AUXILIARIES.has(token.norm)) break;
    seen += 1;
  }
  return false;
}

// ---------------------------------------------------------------------------------------
// Queries

export type Match = { sentence: Sentence; start: number; end: number; isNegated: boolean };

const EMPTY: Pattern[] = [];
const NO_MATCHES: Match[] = [];

function candidates(c: Concept, token: Token): Pattern[] {
  if (token.kind === "number") return c.numberFirst;
  if (token.kind !== "word") return EMPTY;
  const byStem = c.byStem.get(token.stem);
  const byExact = c.byExact.get(token.norm);
  if (!byExact) return byStem ?? EMPTY;
  if (!byStem) return byExact;
  // Keep the concept's own order, so the first listed pattern wins as it would unindexed.
  steps += c.patterns.length;
  return c.patterns.filter((p) => byStem.includes(p) || byExact.includes(p));
}


/** Every match of a concept in one sentence, earliest first, not overlapping. */
export function matchSentence(sentence: Sentence, c: Concept): Match[] {
  const cached = sentence.memo[c.id];
  if (cached) return cached;
  let out: Match[] | null = null;
  const { tokens } = sentence;
  for (let i = 0; i < tokens.length; i++) {
    steps += 1;
    for (const pattern of candidates(c, tokens[i]!)) {
      const end = matchFrom(tokens, i + 1, pattern, 1);
      if (end < 0) continue;
      (out ??= []).push({ sentence, start: i, end, isNegated: isNegated(tokens, i, end, pattern.namesNegator) });
      i = end - 1;
      break;
    }
  }
  // Most sentences match most concepts nowhere: share one empty list rather than allocate.
  const result = out ?? NO_MATCHES;
  sentence.memo[c.id] = result;
  return result;
}

/** Every match of a concept in the sentences given. */
export function matchAll(sentences: readonly Sentence[], c: Concept): Match[] {
  return sentences.flatMap((s) => matchSentence(s, c));
}

export type Polarity = "affirmed" | "negated" | "any";

const keep = (m: Match, polarity: Polarity) => polarity === "any" || (polarity === "negated" ? m.isNegated : !m.isNegated);

/** Whether the concept occurs with the given polarity. */
export function mentions(sentences: readonly Sentence[], c: Concept, polarity: Polarity = "affirmed"): boolean {
  for (const s of sentences) for (const m of matchSentence(s, c)) if (keep(m, polarity)) return true;
  return false;
}

/**
 * Sentences where `head` occurs with the given polarity and every concept in `with` occurs
 * too (in any polarity: "we sell the data we do not delete" still sells data), none in
 * `unless` does, and none in `unlessAffirmed` occurs un-negated.
 */
export function cooccur(
  sentences: readonly Sentence[],
  head: Concept,
  options: { with?: Concept[]; unless?: Concept[]; unlessAffirmed?: Concept[]; polarity?: Polarity } = {},
): Match[] {
  const polarity = options.polarity ?? "affirmed";
  const out: Match[] = [];
  for (const s of sentences) {
    const hit = matchSentence(s, head).find((m) => keep(m, polarity));
    if (!hit) continue;
    if (options.with && !options.with.every((c) => matchSentence(s, c).length > 0)) continue;
    if (options.unless && options.unless.some((c) => matchSentence(s, c).length > 0)) continue;
    // "with their consent" excuses a sentence; "without their consent" does not.
    if (options.unlessAffirmed && options.unlessAffirmed.some((c) => matchSentence(s, c).some((m) => !m.isNegated))) continue;
    out.push(hit);
  }
  return out;
}

/** Number tokens in a sentence. */
export function numbersIn(sentence: Sentence): number[] {
  return sentence.tokens.filter((t) => t.kind === "number" && t.value !== null).map((t) => t.value!);
}

/** A short quote of the sentence around a match, for a finding's excerpt. */
export function excerpt(text: string, sentence: Sentence, max = 140): string {
  const raw = text.slice(sentence.start, sentence.end).replace(/\s+/g, " ").trim();
  return raw.length <= max ? raw : `${raw.slice(0, max - 1).trimEnd()}…`;
}
