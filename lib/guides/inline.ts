/**
 * The small inline markup guide text uses: `code` and **bold** (bold may contain code).
 * Parsing yields plain tokens that React renders as text, so content can never inject
 * HTML. A marker without its closing partner stays literal text.
 */

export type InlinePlain = { type: "text"; value: string } | { type: "code"; value: string };
export type InlineToken = InlinePlain | { type: "bold"; children: InlinePlain[] };

/** Splits text into text and code tokens; an unclosed backtick stays literal. */
function parseCode(text: string): InlinePlain[] {
  const tokens: InlinePlain[] = [];
  let buffer = "";
  let i = 0;
  while (i < text.length) {
    const ch = text[i];
    if (ch === "`") {
      const end = text.indexOf("`", i + 1);
      if (end > i + 1) {
        if (buffer) tokens.push({ type: "text", value: buffer });
        buffer = "";
        tokens.push({ type: "code", value: text.slice(i + 1, end) });
        i = end + 1;
        continue;
      }
    }
    buffer += ch;
    i += 1;
  }
  if (buffer) tokens.push({ type: "text", value: buffer });
  return tokens;
}

/** Index of the next `**` at or after `from` that is not inside a code span, or -1. */
function findBoldMarker(text: string, from: number): number {
  let i = from;
  while (i < text.length - 1) {
    if (text[i] === "`") {
      const end = text.indexOf("`", i + 1);
      // A closed code span is skipped whole; a lone backtick is ordinary text.
      if (end > i + 1) {
        i = end + 1;
        continue;
      }
    }
    if (text[i] === "*" && text[i + 1] === "*") return i;
    i += 1;
  }
  return -1;
}

/** Parses guide inline markup into tokens. Never throws; unknown syntax is text. */
export function parseInline(text: string): InlineToken[] {
  const tokens: InlineToken[] = [];
  let cursor = 0;
  while (cursor < text.length) {
    const open = findBoldMarker(text, cursor);
    const close = open === -1 ? -1 : findBoldMarker(text, open + 2);
    if (open === -1 || close === -1) {
      tokens.push(...parseCode(text.slice(cursor)));
      break;
    }
    if (close === open + 2) {
      // Nothing between the markers: the first "**" is literal; the second may open bold.
      tokens.push(...parseCode(text.slice(cursor, open + 2)));
      cursor = open + 2;
      continue;
    }
    if (open > cursor) tokens.push(...parseCode(text.slice(cursor, open)));
    tokens.push({ type: "bold", children: parseCode(text.slice(open + 2, close)) });
    cursor = close + 2;
  }
  return mergeText(tokens);
}

/** Joins neighbouring text tokens so the output is canonical. */
function mergeText(tokens: InlineToken[]): InlineToken[] {
  const out: InlineToken[] = [];
  for (const token of tokens) {
    const last = out[out.length - 1];
    if (token.type === "text" && last?.type === "text") out[out.length - 1] = { type: "text", value: last.value + token.value };
    else out.push(token);
  }
  return out;
}

/** The text a reader sees, without markup (for search and alt-like uses). */
export function inlineToPlainText(text: string): string {
  return parseInline(text)
    .map((t) => (t.type === "bold" ? t.children.map((c) => c.value).join("") : t.value))
    .join("");
}
