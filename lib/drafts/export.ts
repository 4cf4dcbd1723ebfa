/**
 * Exports a draft as Markdown or plain text, the short "New App" description first (it
 * goes into its own field in the Developer Console), then the long description.
 */
import { DRAFT_SECTION_IDS, SECTION_TITLES, type DraftSectionId } from "./sections";

export type ExportableDraft = { sections: Record<DraftSectionId, { text: string }>; short: string };
export type ExportOptions = { title?: string };

const DEFAULT_TITLE = "Use-case description";

/** Markdown: a title, the short description, then one "##" section per non-empty section. */
export function toMarkdown(draft: ExportableDraft, options: ExportOptions = {}): string {
  const parts = [`# ${options.title?.trim() || DEFAULT_TITLE}`];
  if (draft.short.trim()) parts.push(`## ${SECTION_TITLES.short}\n\n${draft.short.trim()}`);
  for (const id of DRAFT_SECTION_IDS) {
    const text = draft.sections[id].text.trim();
    if (text) parts.push(`## ${SECTION_TITLES[id]}\n\n${text}`);
  }
  return `${parts.join("\n\n")}\n`;
}

const underline = (title: string, char: string) => `${title}\n${char.repeat(Math.max(3, [...title].length))}`;

/** Plain text: the same structure with underlined headings, ready to paste into a form. */
export function toPlainText(draft: ExportableDraft, options: ExportOptions = {}): string {
  const parts = [underline(options.title?.trim() || DEFAULT_TITLE, "=")];
  if (draft.short.trim()) parts.push(`${underline(SECTION_TITLES.short, "-")}\n${draft.short.trim()}`);
  for (const id of DRAFT_SECTION_IDS) {
    const text = draft.sections[id].text.trim();
    if (text) parts.push(`${underline(SECTION_TITLES[id], "-")}\n${text}`);
  }
  return `${parts.join("\n\n")}\n`;
}

/** A safe file name from the App's name: "crumb-replies-use-case.md". */
export function exportFileName(appName: string, extension: "md" | "txt"): string {
  const slug = appName
    .normalize("NFKD")
    .replace(/\p{M}+/gu, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60)
    .replace(/-+$/, "");
  return `${slug ? `${slug}-` : ""}use-case.${extension}`;
}
