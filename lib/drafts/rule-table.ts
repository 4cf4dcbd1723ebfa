/** The policy rules as a Markdown table, for the README (lib/docs/markdown-tables.ts writes it there). */
import { RULES, type Rule } from "./rules";

const cell = (s: string) => s.replace(/\|/g, "\\|");

/** The Markdown table of every rule: id, category, severity, message, guide step. */
export function policyRulesMarkdown(rules: readonly Rule[] = RULES): string {
  const rows = rules.map((r) => `| \`${r.id}\` | ${r.category} | ${r.severity} | ${cell(r.message)} | [${r.guide.replace(/^\/guides\//, "")}](${r.guide}) |`);
  return ["| rule | category | severity | what it means | guide step |", "|---|---|---|---|---|", ...rows].join("\n");
}
