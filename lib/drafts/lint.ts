/**
 * The policy check: runs every rule over a description (and the answers, when given) and
 * returns the findings, most severe first. Pure, synchronous and network-free, shared by
 * the browser (on every keystroke) and the policy-check endpoint.
 */
import type { Answers } from "./answers";
import { RULES, SEVERITIES, type Category, type LintContext, type Rule, type Severity } from "./rules";
import { findSections, type DraftSectionId } from "./sections";
import { analyze, countSteps, type Sentence } from "./text-match";
import { X_SOURCES, type XSourceId } from "@/lib/x/sources";

export type { Category, Severity } from "./rules";
// The work counter, for benchmarks that load this module on its own (tests import text-match).
export { matcherSteps, resetMatcherSteps } from "./text-match";

export type Finding = {
  /** The rule's id, e.g. "risky-selling-data". */
  rule: string;
  severity: Severity;
  category: Category;
  /** One line: what is wrong and what to do. */
  message: string;
  /** The guide step that explains it, e.g. "/guides/access-levels-and-policy#sharing-tweet-ids-and-content". */
  guide: string;
  /** The sentence (or answer) that triggered it, shortened. */
  excerpt?: string;
  /** The reviewer section it concerns, when known. */
  section?: DraftSectionId;
  /** The guideline the rule rests on: X's page, the heading on it, and when Perch last checked it. */
  basis: FindingBasis;
};

export type FindingBasis = { source: XSourceId; title: string; url: string; section: string; checkedOn: string };

/** Where a rule's basis points, spelled out for a reader. */
export function findingBasis(rule: Pick<Rule, "basis">): FindingBasis {
  const page = X_SOURCES[rule.basis.source];
  return { source: rule.basis.source, title: page.title, url: page.url, section: rule.basis.section, checkedOn: page.checkedOn };
}

export type LintInput = { text: string; answers?: Answers | null };

/** Builds what the rules look at: sentences, sections (by heading) and the answers. */
export function lintContext({ text, answers }: LintInput): LintContext {
  const doc = analyze(text);
  const ranges = findSections(text);
  // One walk over sentences and section ranges together (both in text order), so that a
  // text with thousands of headings costs sentences + headings, not their product.
  const all: Sentence[] = [];
  const bySection = new Map<DraftSectionId, Sentence[]>();
  let r = 0;
  for (const s of doc.sentences) {
    while (r < ranges.length && s.start >= ranges[r]!.end) r += 1;
    countSteps(1);
    const range = ranges[r];
    if (range && s.start >= range.headingStart && s.start < range.start) continue;
    all.push(s);
    if (range && s.start >= range.start) {
      const list = bySection.get(range.id);
      if (list) list.push(s);
      else bySection.set(range.id, [s]);
    }
  }
  for (const range of ranges) if (!bySection.has(range.id)) bySection.set(range.id, []);
  const wordsBySection = new Map<DraftSectionId, number>();
  const scope = (id: DraftSectionId) => bySection.get(id) ?? all;
  const words = (id: DraftSectionId) => {
    let n = wordsBySection.get(id);
    if (n === undefined) {
      n = scope(id).reduce((sum, s) => sum + s.tokens.filter((t) => t.kind === "word" || t.kind === "number").length, 0);
      wordsBySection.set(id, n);
    }
    return n;
  };
  return { text, doc, answers: answers ?? null, all, scope, words };
}

const severityRank = (s: Severity) => SEVERITIES.indexOf(s);

/**
 * Every finding for a description, one per rule, most severe first (rules keep their
 * order within a severity). Never throws on any text.
 */
export function lintDraft(input: LintInput, rules: readonly Rule[] = RULES): Finding[] {
  const ctx = lintContext(input);
  const findings: Finding[] = [];
  for (const rule of rules) {
    const hit = rule.match(ctx);
    if (!hit) continue;
    findings.push({
      rule: rule.id,
      severity: rule.severity,
      category: rule.category,
      message: rule.message,
      guide: rule.guide,
      ...(hit.excerpt ? { excerpt: hit.excerpt } : {}),
      ...(hit.section ? { section: hit.section } : {}),
      basis: findingBasis(rule),
    });
  }
  return findings.sort((a, b) => severityRank(a.severity) - severityRank(b.severity));
}
