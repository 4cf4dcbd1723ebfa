/**
 * The policy check: runs every rule over a description (and the answers, when given) and
 * returns the findings, most severe first. Pure, synchronous and network-free, shared by
 * the browser (on every keystroke) and the policy-check endpoint.
 */
import type { Answers } from "./answers";
import { RULES, SEVERITIES, type Category, type LintContext, type Rule, type Severity } from "./rules";
import { DRAFT_SECTION_IDS, findSections, type DraftSectionId } from "./sections";
import { analyze, type Sentence } from "./text-match";

export type { Category, Severity } from "./rules";

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
};

export type LintInput = { text: string; answers?: Answers | null };

/** Builds what the rules look at: sentences, sections (by heading) and the answers. */
export function lintContext({ text, answers }: LintInput): LintContext {
  const doc = analyze(text);
  const ranges = findSections(text);
  const isHeading = (s: Sentence) => ranges.some((r) => s.start >= r.headingStart && s.start < r.start);
  const all = ranges.length ? doc.sentences.filter((s) => !isHeading(s)) : doc.sentences;
  const bySection = new Map<DraftSectionId, Sentence[]>();
  for (const id of DRAFT_SECTION_IDS) {
    const own = ranges.filter((r) => r.id === id);
    if (own.length) bySection.set(id, all.filter((s) => own.some((r) => s.start >= r.start && s.start < r.end)));
  }
  const scope = (id: DraftSectionId) => bySection.get(id) ?? all;
  const words = (id: DraftSectionId) => scope(id).reduce((n, s) => n + s.tokens.filter((t) => t.kind === "word" || t.kind === "number").length, 0);
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
    });
  }
  return findings.sort((a, b) => severityRank(a.severity) - severityRank(b.severity));
}
