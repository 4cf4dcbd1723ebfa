/**
 * The draft's structure, in the order reviewers read it, and the text model that finds
 * those sections again in any text (a draft composed here, or a description pasted into
 * the policy-check endpoint with headings like "## Analysis" or "Data sharing:").
 */

export const DRAFT_SECTION_IDS = ["core", "analysis", "engagement", "display", "sharing", "government", "apps"] as const;
export type DraftSectionId = (typeof DRAFT_SECTION_IDS)[number];

/** The short description for the Developer Console's "New App" form, kept beside the long one. */
export const SHORT_SECTION_ID = "short" as const;
export type EditableSectionId = DraftSectionId | typeof SHORT_SECTION_ID;
export const EDITABLE_SECTION_IDS: readonly EditableSectionId[] = [...DRAFT_SECTION_IDS, SHORT_SECTION_ID];

export const SECTION_TITLES: Record<EditableSectionId, string> = {
  core: "Core use case",
  analysis: "Analysis of Tweets and users",
  engagement: "Posting and engagement",
  display: "Displaying content off Twitter",
  sharing: "Data sharing",
  government: "Government involvement",
  apps: "Apps and environments",
  short: "App description (New App form)",
};

/** Other headings people use for the same sections, lower case. */
const HEADING_ALIASES: Record<DraftSectionId, string[]> = {
  core: ["core use case", "use case", "core purpose", "purpose", "overview", "summary", "description", "about", "intended use", "business purpose"],
  analysis: ["analysis", "analyses", "analysis of tweets and users", "analysis of tweets", "data analysis", "data processing", "processing"],
  engagement: ["posting and engagement", "engagement", "posting", "tweeting, retweeting and liking", "tweeting retweeting and liking", "interactions", "automation"],
  display: ["displaying content off twitter", "display", "displaying content", "display of content", "off-twitter display", "off twitter display"],
  sharing: ["data sharing", "sharing", "sharing data", "sharing tweet ids and content", "sharing content"],
  government: ["government involvement", "government", "government use"],
  apps: ["apps and environments", "apps", "environments", "applications"],
};

const normalizeHeading = (s: string) =>
  s
    .toLowerCase()
    .replace(/[*_`#]+/g, "")
    .replace(/^\s*(\d+[.)]|[ivx]+[.)])\s*/, "")
    .replace(/[:.\s]+$/, "")
    .replace(/\s+/g, " ")
    .trim();

const HEADING_LOOKUP = new Map<string, DraftSectionId>();
for (const id of DRAFT_SECTION_IDS) {
  HEADING_LOOKUP.set(normalizeHeading(SECTION_TITLES[id]), id);
  for (const alias of HEADING_ALIASES[id]) HEADING_LOOKUP.set(normalizeHeading(alias), id);
}

/** The section a heading line names, if any ("## Data sharing", "3. Analysis:", "GOVERNMENT"). */
export function sectionForHeading(line: string): DraftSectionId | null {
  if (line.length > 80) return null;
  return HEADING_LOOKUP.get(normalizeHeading(line)) ?? null;
}

/** A section's body (start..end) and where its heading line starts. */
export type SectionRange = { id: DraftSectionId; headingStart: number; start: number; end: number };

/**
 * Finds the reviewer sections in a text by their heading lines. Text before the first
 * heading belongs to no section. Returns [] for text without headings; a section named
 * twice keeps both ranges.
 */
export function findSections(text: string): SectionRange[] {
  const ranges: SectionRange[] = [];
  let offset = 0;
  let current: SectionRange | null = null;
  for (const line of text.split("\n")) {
    const lineEnd = offset + line.length;
    // A heading is a short line of its own: "## Analysis", "Analysis:" or "**Analysis**".
    const id = line.trim() !== "" && line.length <= 80 ? sectionForHeading(line) : null;
    if (id) {
      if (current) current.end = offset;
      current = { id, headingStart: offset, start: Math.min(lineEnd + 1, text.length), end: text.length };
      ranges.push(current);
    }
    offset = lineEnd + 1;
  }
  return ranges;
}

/** The draft's sections as text (empty sections included). */
export type DraftSections = Record<DraftSectionId, string>;

/** Joins sections into one description with a heading each, skipping empty ones. */
export function joinSections(sections: Partial<DraftSections>, options: { headingPrefix?: string } = {}): string {
  const prefix = options.headingPrefix ?? "## ";
  return DRAFT_SECTION_IDS.filter((id) => (sections[id] ?? "").trim() !== "")
    .map((id) => `${prefix}${SECTION_TITLES[id]}\n\n${sections[id]!.trim()}`)
    .join("\n\n");
}

/**
 * Splits a text with section headings back into sections (the inverse of joinSections).
 * Text before the first heading, or all of it when there is none, goes to "core".
 */
export function sectionsFromText(text: string): DraftSections {
  const out = Object.fromEntries(DRAFT_SECTION_IDS.map((id) => [id, ""])) as DraftSections;
  const ranges = findSections(text);
  const firstHeading = ranges[0]?.headingStart ?? text.length;
  const preamble = text.slice(0, firstHeading).trim();
  if (preamble) out.core = preamble;
  for (const r of ranges) {
    const body = text.slice(r.start, r.end).trim();
    if (body) out[r.id] = out[r.id] ? `${out[r.id]}\n\n${body}` : body;
  }
  return out;
}
