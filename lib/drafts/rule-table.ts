/** The policy rules as a Markdown table, for the README (lib/docs/markdown-tables.ts writes it there). */
import { X_SOURCES } from "@/lib/x/sources";
import { RULES, type Rule } from "./rules";

const cell = (s: string) => s.replace(/\|/g, "\\|");

/** The Markdown table of every rule: id, category, topic, severity, message, the guideline it rests on (checked when), guide step. */
export function policyRulesMarkdown(rules: readonly Rule[] = RULES): string {
  const rows = rules.map((r) => {
    const page = X_SOURCES[r.basis.source];
    return `| \`${r.id}\` | ${r.category} | ${r.topic} | ${r.severity} | ${cell(r.message)} | [${cell(page.title)}](${page.url}) › ${cell(r.basis.section)} (checked ${page.checkedOn}) | [${r.guide.replace(/^\/guides\//, "")}](${r.guide}) |`;
  });
  return ["| rule | category | topic | severity | what it means | rests on | guide step |", "|---|---|---|---|---|---|---|", ...rows].join("\n");
}
