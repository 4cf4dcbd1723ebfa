/**
 * Tables the README shows and the code owns: each is generated from the data the code
 * reads (the policy rules, the permission table, the access table), written between
 * `<!-- name:start -->` and `<!-- name:end -->`, and checked by a test, so the docs cannot
 * drift from the code. Regenerate with `npm run docs:tables`.
 */
import { accessEntries } from "@/lib/guard/access";
import { PERMISSIONS, ROLES, ROLE_LABELS, can, type Permission } from "@/lib/auth/permissions";
import { policyRulesMarkdown } from "@/lib/drafts/rule-table";

const cell = (s: string) => s.replace(/\|/g, "\\|");

/** Roles across, permissions down: ✓ where the role has it. */
export function permissionsMarkdown(): string {
  const head = `| permission | ${ROLES.map((r) => ROLE_LABELS[r]).join(" | ")} |`;
  const rule = `|---|${ROLES.map(() => ":-:").join("|")}|`;
  const rows = (Object.keys(PERMISSIONS) as Permission[]).map((p) => `| ${cell(PERMISSIONS[p].label)} (\`${p}\`) | ${ROLES.map((r) => (can(r, p) ? "✓" : "")).join(" | ")} |`);
  return [head, rule, ...rows].join("\n");
}

/** Every action and route, who may call it, and its rate limit. */
export function accessMarkdown(): string {
  const who = (e: ReturnType<typeof accessEntries>[number][1]) =>
    e.level === "public"
      ? "anyone"
      : e.level === "user"
        ? "signed in"
        : e.level === "token"
          ? "service token (its apps and environments)"
          : `team: \`${e.permission}\` (${ROLE_LABELS[PERMISSIONS[e.permission].minRole].toLowerCase()}+)`;
  const rate = (e: ReturnType<typeof accessEntries>[number][1]) => [e.rate ? `${e.rate.max}/${e.rate.seconds}s ${e.level === "token" ? "per token" : "each"}` : "", e.globalRate ? `${e.globalRate.max}/${e.globalRate.seconds}s in all` : ""].filter(Boolean).join(", ") || "—";
  const rows = accessEntries().map(([id, e]) => `| \`${id}\` | ${e.kind} | ${who(e)}${e.sandbox ? " (sandbox on)" : ""}${e.recentSignIn ? `, signed in within ${e.recentSignIn / 60} min` : ""} | ${rate(e)} | ${cell(e.description)} |`);
  return ["| action or route | kind | who may call it | rate limit | what it does |", "|---|---|---|---|---|", ...rows].join("\n");
}

/** The README's generated tables, by marker name. */
export const README_TABLES: Record<string, () => string> = {
  "policy-rules": policyRulesMarkdown,
  permissions: permissionsMarkdown,
  access: accessMarkdown,
};

/** The tables SECURITY.md shows (a subset of the README's). */
export const SECURITY_TABLES = ["permissions", "access"] as const;

/** SECURITY.md with its generated tables brought up to date. */
export function withSecurityTables(text: string): string {
  return SECURITY_TABLES.reduce((t, name) => withTable(t, name, README_TABLES[name]!()), text);
}

/** Replaces the block between `<!-- name:start -->` and `<!-- name:end -->` in `text`. */
export function withTable(text: string, name: string, markdown: string): string {
  const start = `<!-- ${name}:start -->`;
  const end = `<!-- ${name}:end -->`;
  const from = text.indexOf(start);
  const to = text.indexOf(end);
  if (from < 0 || to < from) throw new Error(`the text has no ${start} … ${end} block`);
  return `${text.slice(0, from + start.length)}\n${markdown}\n${text.slice(to)}`;
}

/** The README with every generated table brought up to date. */
export function withAllTables(readme: string): string {
  return Object.entries(README_TABLES).reduce((text, [name, make]) => withTable(text, name, make()), readme);
}
