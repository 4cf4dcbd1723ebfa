/**
 * Reads pasted credentials — a `.env` snippet, the developer portal's key/secret blocks, or
 * a JSON object — into one entry per line: which field it fills, whether the value is
 * usable, and what is wrong in plain words. Pure and safe in the browser: the import screen
 * maps lines live as the person pastes. Values stay in memory (`value`); what is shown
 * (`raw`, `message`, `warning`) never carries a whole value.
 */
import {
  EXTRA_SLUG,
  MAX_VALUE_LENGTH,
  STANDARD_FIELDS,
  STANDARD_FIELD_NAMES,
  extraLabelSchema,
  extraSlug,
  fieldLabel,
  fieldValueSchema,
  isFieldName,
  isStandardField,
  type FieldName,
  type StandardField,
} from "./fields";

/**
 * - `mapped`: a usable value for a field, named by the paste.
 * - `unknown`: a usable value whose field is only a suggestion (`field`, `extraLabel`) or
 *   missing; the person confirms or chooses.
 * - `invalid`: the line names or holds a credential but cannot be used as it is (`message`).
 * - `duplicate`: a field that an earlier line already fills (`duplicateOf`).
 * - `comment`: nothing to import (a comment, a heading, JSON punctuation, a label whose
 *   value is on another line, a line left out).
 * - `blank`: an empty line.
 */
export type ImportStatus = "mapped" | "unknown" | "invalid" | "duplicate" | "comment" | "blank";

/**
 * How a line's field was decided: `name` (a `.env`/JSON name), `label` (a portal label),
 * `chosen` (by the person, with `applyLineFix`) — these are settled; `suggested` (an
 * unknown name offered as an extra field) and `shape` (a value with no name, guessed from
 * its look) are only suggestions.
 */
export type FieldSource = "name" | "label" | "chosen" | "suggested" | "shape";

export type ImportLine = {
  /** 1-based, as the person sees the pasted text. */
  lineNumber: number;
  /** The line for display, with the value masked (first 3 + •••• + last 4, or •••• when short). */
  raw: string;
  status: ImportStatus;
  field?: FieldName;
  /** The label of an extra field (`field` is `extra:<its slug>`). */
  extraLabel?: string;
  /** The cleaned value: only on lines whose value is usable. Keep it in memory only. */
  value?: string;
  fieldSource?: FieldSource;
  /** What is wrong or what to decide, in plain words; never the value. */
  message?: string;
  /** The value is usable but does not look like this field's (e.g. a swapped key and secret). */
  warning?: string;
  /** For a label on its own line: the line holding its value, and back. */
  pairedWith?: number;
  /** For a duplicate: the line that already fills the field. */
  duplicateOf?: number;
};

export type CredentialPaste = {
  lines: ImportLine[];
  /** True when a one-line JSON object was spread out one pair per line; line numbers refer to that. */
  isExpandedJson?: boolean;
  /** Lines past MAX_IMPORT_LINES, not read at all (a paste that long is not one app's keys). */
  omittedLines?: number;
};

/** The most lines one paste is read for: one app's keys, with comments, fit many times over. */
export const MAX_IMPORT_LINES = 300;
/** The longest line read: a value's limit plus room for a long name, quotes and a comment. Longer lines are refused unread. */
export const MAX_IMPORT_LINE_CHARS = MAX_VALUE_LENGTH + 256;

// ---------- names ----------

/** Portal and library names for the standard fields, beyond the catalogue's labels, env names and aliases. */
const NAME_SYNONYMS: Record<StandardField, readonly string[]> = {
  apiKey: ["Consumer Key", "Consumer API Key", "OAuth Consumer Key", "App Key", "appKey", "consumerKey"],
  apiKeySecret: ["API Secret", "API Secret Key", "Consumer Secret", "Consumer Key Secret", "Consumer API Secret", "Consumer API Key Secret", "OAuth Consumer Secret", "App Secret", "appSecret", "consumerSecret"],
  accessToken: ["OAuth Token", "accessToken"],
  accessTokenSecret: ["Access Secret", "OAuth Token Secret", "Token Secret", "accessSecret", "accessTokenSecret"],
  bearerToken: ["Bearer", "App-only Bearer Token", "App only Access Token", "App Access Token", "bearerToken"],
  clientId: ["Client ID", "OAuth2 Client ID", "OAuth 2 Client ID", "clientId"],
  clientSecret: ["Client Secret", "OAuth2 Client Secret", "OAuth 2 Client Secret", "clientSecret"],
};

/** A name in one spelling: camelCase split (only in names with lower-case letters), upper case, runs of anything else as one `_`. */
function normName(name: string): string {
  const normalized = name.normalize("NFKC");
  return (/[a-z]/.test(normalized) ? normalized.replace(/([a-z0-9])([A-Z])/g, "$1_$2") : normalized)
    .toUpperCase()
    .replace(/[^A-Z0-9]+/g, "_")
    .replace(/^_+|_+$/g, "");
}

const PREFIXES = ["TWITTER_", "X_"] as const;

/** Drops one `TWITTER_` or `X_` prefix. */
function stripPrefix(normalized: string): string {
  for (const prefix of PREFIXES) {
    if (normalized.startsWith(prefix) && normalized.length > prefix.length) return normalized.slice(prefix.length);
  }
  return normalized;
}

function buildNameTable(): Map<string, StandardField> {
  const table = new Map<string, StandardField>();
  for (const field of STANDARD_FIELD_NAMES) {
    const { env, aliases, label } = STANDARD_FIELDS[field];
    for (const name of [env, label, ...aliases, ...NAME_SYNONYMS[field]]) {
      for (const key of [normName(name), stripPrefix(normName(name))]) {
        const other = table.get(key);
        if (other && other !== field) throw new Error(`Credential name ${key} would mean both ${other} and ${field}.`);
        table.set(key, field);
      }
    }
  }
  return table;
}

const NAME_TABLE = buildNameTable();

/**
 * The standard field a `.env` name, JSON key or portal label means — case-insensitive, with
 * or without a `TWITTER_`/`X_` prefix (`TWITTER_API_KEY`, `consumer_key`, "API Key Secret",
 * "OAuth 2.0 Client ID", `appSecret`) — or null.
 */
export function standardFieldForName(name: string): StandardField | null {
  const key = normName(name);
  if (!key) return null;
  return NAME_TABLE.get(key) ?? NAME_TABLE.get(stripPrefix(key)) ?? null;
}

const ACRONYMS = new Map([
  ["id", "ID"],
  ["url", "URL"],
  ["uri", "URI"],
  ["api", "API"],
]);

function humanize(words: readonly string[]): string {
  return words
    .filter(Boolean)
    .map((word, i) => {
      const lower = word.toLowerCase();
      const acronym = ACRONYMS.get(lower);
      if (acronym) return acronym;
      return i === 0 ? lower.charAt(0).toUpperCase() + lower.slice(1) : lower;
    })
    .join(" ");
}

/**
 * The extra field an unknown name suggests: `TWITTER_ADS_ACCOUNT_ID` → "Ads account ID"
 * (`extra:ads-account-id`), so that an exported extra field reads back as itself. Null when
 * the name has no letters or digits to make a slug from.
 */
function extraSuggestion(name: string): { field: FieldName; extraLabel: string } | null {
  let label = humanize(stripPrefix(normName(name)).split("_"));
  const slug = extraSlug(label).replace(/-+$/, "");
  if (!slug || !EXTRA_SLUG.test(slug)) return null;
  // A long name is cut to the slug's 40 characters; the label then follows the slug.
  if (extraSlug(label) !== slug || label.length > 60) label = humanize(slug.split("-"));
  return { field: `extra:${slug}`, extraLabel: label };
}

// ---------- value shapes ----------

const INVISIBLE = /[\u0080-\u009f\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069]/;
const ACCESS_TOKEN_SHAPE = /^\d{1,20}-[A-Za-z0-9]{8,}$/;
const BEARER_SHAPE = /^A{8,}/;

function isClientIdShaped(value: string): boolean {
  if (!/^[A-Za-z0-9_-]{16,64}$/.test(value) || value.length % 4 === 1) return false;
  const base64 = value.replace(/-/g, "+").replace(/_/g, "/");
  try {
    return /:1:ci$/.test(atob(base64 + "===".slice((base64.length + 3) % 4)));
  } catch {
    return false;
  }
}

/** The standard field a value with no name most likely is, from Twitter's known formats. */
export function guessFieldByShape(value: string): StandardField | null {
  if (ACCESS_TOKEN_SHAPE.test(value)) return "accessToken";
  if (BEARER_SHAPE.test(value)) return "bearerToken";
  if (isClientIdShaped(value)) return "clientId";
  return null;
}

function withArticle(label: string): string {
  return /^[AEIOU]/.test(label) ? `an ${label}` : `a ${label}`;
}

/**
 * A warning when a value does not look like the field it is filed under (Twitter's formats
 * are known: an Access Token is `<user id>-<letters and digits>`, a Bearer Token starts with
 * a run of A's, a Client ID decodes to `…:1:ci`, secrets are 45–50 characters). Never refuses.
 */
export function shapeWarning(field: FieldName, value: string): string | undefined {
  // fieldValueSchema refuses whitespace and C0 controls; these pass it, and come along with copies from web pages.
  if (INVISIBLE.test(value)) return "This value holds an invisible character (such as a zero-width space), which copies from web pages often carry: copy it again from the portal.";
  if (!isStandardField(field)) return undefined;
  if (field === "accessToken" && !ACCESS_TOKEN_SHAPE.test(value)) {
    return "An Access Token usually looks like 1234567890-AbCd…: the account's numeric id, a dash, then letters and digits. Check that this is not the Access Token Secret.";
  }
  if (field === "bearerToken" && !BEARER_SHAPE.test(value)) {
    return "A Bearer Token usually starts with a run of A's (AAAAAAAA…). Check that this is not another key.";
  }
  const guess = guessFieldByShape(value);
  if (guess && guess !== field) return `This looks like ${withArticle(STANDARD_FIELDS[guess].label)}, not ${withArticle(STANDARD_FIELDS[field].label)}.`;
  if (field === "clientId" && !isClientIdShaped(value)) {
    return "An OAuth 2.0 Client ID is usually 34 letters and digits ending in a pattern that decodes to “:1:ci”. Check that this is not the API Key or the Client Secret.";
  }
  if (field === "apiKey" && value.length > 35) {
    return `An API Key is usually 25 characters; this one has ${value.length}, like a secret. Check that this is not the API Key Secret.`;
  }
  if ((field === "apiKeySecret" || field === "accessTokenSecret" || field === "clientSecret") && value.length < 35) {
    return `${withArticle(STANDARD_FIELDS[field].label).replace(/^a/, "A")} is usually 45–50 characters; this one has ${value.length}. Check that this is not a key or an id.`;
  }
  return undefined;
}

// ---------- masking ----------

/** A value as the import screen shows it: first 3 + •••• + last 4 when 16 or longer, else ••••. */
export function maskValue(value: string): string {
  const chars = [...value];
  return chars.length >= 16 ? `${chars.slice(0, 3).join("")}••••${chars.slice(-4).join("")}` : "••••";
}

/** Masks anything credential-like (16+ key characters with letters and digits) in text that holds no known value, e.g. a commented-out line. */
function maskTokens(text: string): string {
  return text.replace(/[A-Za-z0-9%_\-+/=]{16,}/g, (run) => (/[0-9]/.test(run) && /[A-Za-z]/.test(run) ? maskValue(run) : run));
}

const MAX_RAW = 300;

function bounded(text: string): string {
  const chars = [...text];
  return chars.length > MAX_RAW ? `${chars.slice(0, MAX_RAW - 1).join("")}…` : text;
}

/** The line for display: the value's span masked, and the value or anything credential-like elsewhere on the line (a comment) too. */
function displayLine(line: string, span?: { start: number; end: number; value?: string }): string {
  if (!span) return bounded(maskTokens(line));
  const value = span.value ?? line.slice(span.start, span.end);
  const shown = maskValue(value);
  const around = (text: string) => maskTokens(value.length >= 8 ? text.split(value).join(shown) : text);
  return bounded(`${around(line.slice(0, span.start))}${span.end > span.start ? shown : ""}${around(line.slice(span.end))}`);
}

// ---------- one line ----------

type NameInfo = { field?: FieldName; extraLabel?: string; fieldSource: FieldSource };

/** What one line says, before labels are paired with their values and duplicates found. */
type Draft =
  | { kind: "blank"; raw: string }
  | { kind: "comment"; raw: string; text?: string; message?: string }
  | { kind: "pair"; raw: string; name: NameInfo; value?: string; error?: string }
  | { kind: "label"; raw: string; field: StandardField }
  | { kind: "lone"; raw: string; value?: string; error?: string }
  | { kind: "prose"; raw: string; error: string }
  | { kind: "invalid"; raw: string; message: string };

function nameInfo(name: string, source: "name" | "label"): NameInfo {
  const field = standardFieldForName(name);
  if (field) return { field, fieldSource: source };
  const suggestion = extraSuggestion(name);
  return suggestion ? { ...suggestion, fieldSource: "suggested" } : { fieldSource: "suggested" };
}

/** Checks a value with the catalogue's rules; the message never repeats the value. */
function checkValue(text: string): { value: string } | { error: string } {
  if (text.trim() === "") return { error: "There is no value on this line." };
  const parsed = fieldValueSchema.safeParse(text);
  return parsed.success ? { value: parsed.data } : { error: parsed.error.issues[0]?.message ?? "This value cannot be used." };
}

type ValueRead = { text: string; start: number; end: number } | { error: string; start: number; end: number };

const AFTER_QUOTE = /^\s*(?:#.*)?$/;
const DOUBLE_QUOTE_ESCAPES = new Map(Object.entries({ n: "\n", r: "\r", t: "\t", '"': '"', "'": "'", "\\": "\\", $: "$", "`": "`" }));

/**
 * A `.env` value starting at `start`: double quotes (with `\n \r \t \" \\ \$` escapes),
 * single quotes or backticks (literal), or bare up to a ` #` comment. `isSpaced` says
 * whitespace came before it, so a `#` there starts a comment.
 */
function readEnvValue(line: string, start: number, isSpaced: boolean): ValueRead {
  const quote = line[start];
  if (quote === '"' || quote === "'" || quote === "`") {
    let text = "";
    for (let i = start + 1; i < line.length; i++) {
      const c = line[i] ?? "";
      if (c === quote) {
        if (!AFTER_QUOTE.test(line.slice(i + 1))) return { error: "There is text after the closing quote: remove it, or start a comment with a space and #.", start, end: line.length };
        // The span is inside the quotes, so the display keeps them.
        return { text, start: start + 1, end: i };
      }
      if (c === "\\" && quote === '"' && i + 1 < line.length) {
        const next = line[i + 1] ?? "";
        text += DOUBLE_QUOTE_ESCAPES.get(next) ?? `\\${next}`;
        i++;
      } else {
        text += c;
      }
    }
    return { error: "The quote before the value is never closed on this line.", start, end: line.length };
  }
  if (isSpaced && quote === "#") return { text: "", start, end: start };
  const comment = /\s#/.exec(line.slice(start));
  const end = comment ? start + comment.index : line.length;
  const text = line.slice(start, end).trimEnd();
  return { text, start, end: start + text.length };
}

// Patterns here are unambiguous (no two ways to split a run of the same characters), so each
// line is read in time linear in its length: `\s*,?\s*$` on a long run of spaces and
// `[ \t]*(?::|\t)[ \t]*` on a long run of tabs were quadratic.
/** Exported for the test that it accepts what the old pattern did. */
export const JSON_AFTER_VALUE = /^\s*(?:,\s*)?$/;

/** A JSON value after `"name":` — a string or a number; anything else is not a credential. */
function readJsonValue(line: string, start: number): ValueRead {
  const rest = line.slice(start);
  const string = /^"(?:[^"\\]|\\.)*"/.exec(rest);
  if (string) {
    if (!JSON_AFTER_VALUE.test(rest.slice(string[0].length))) return { error: "There is text after the value: one \"NAME\": \"value\" pair per line.", start, end: line.length };
    try {
      return { text: JSON.parse(string[0]) as string, start: start + 1, end: start + string[0].length - 1 };
    } catch {
      return { error: "This is not a valid JSON string: check the backslashes.", start, end: start + string[0].length };
    }
  }
  const number = /^-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?(?=\s*(?:,\s*)?$)/.exec(rest);
  if (number) return { text: number[0], start, end: start + number[0].length };
  if (/^[[{]/.test(rest)) return { error: "A nested object or list is not a credential value.", start, end: line.length };
  if (/^"/.test(rest)) return { error: "The quote before the value is never closed on this line.", start, end: line.length };
  return { error: "A JSON value here must be a string in double quotes.", start, end: line.length };
}

function pairDraft(line: string, name: NameInfo, read: ValueRead): Draft {
  if ("error" in read) return { kind: "pair", raw: displayLine(line, read), name, error: read.error };
  const checked = checkValue(read.text);
  const raw = displayLine(line, { ...read, value: "value" in checked ? checked.value : read.text });
  return "value" in checked ? { kind: "pair", raw, name, value: checked.value } : { kind: "pair", raw, name, error: checked.error };
}

const ENV_LINE = /^(\s*(?:(?:export|set)\s+)?)([A-Za-z_][A-Za-z0-9_.-]*)(\s*)=(\s*)/;
const JSON_PAIR = /^\s*("(?:[^"\\]|\\.)*")\s*:\s*/;
const JSON_PUNCTUATION = /^[\s{}[\],]+$/;
// "Label: value" or "Label<tab>value". The separator is spaces/tabs then a colon, or spaces
// then the first tab, then spaces/tabs: one way to match any run, so a long run is linear.
/** Exported for the test that it accepts what the old pattern did. */
export const GENERIC_LABEL = /^(\s*)([A-Za-z][A-Za-z0-9 ._()/-]{0,39}?)(?:[ \t]*:| *\t)[ \t]*(\S+)\s*$/;
const MAX_LABEL_CHARS = 40;

/** A known label (or env name) at the start of the line, longest first: "Access Token Secret: …", "API Key\t…", "Bearer Token AAAA…", "API Key". */
function readKnownLabel(line: string): Draft | null {
  const indent = /^\s*/.exec(line)?.[0].length ?? 0;
  const limit = Math.min(line.length, indent + MAX_LABEL_CHARS + 1);
  for (let end = limit; end > indent; end--) {
    if (end < line.length && !/[\s:=]/.test(line[end] ?? "")) continue;
    const field = standardFieldForName(line.slice(indent, end));
    if (!field) continue;
    const separator = /^[ \t]*(?:[:=][ \t]*|\t[ \t]*)?/.exec(line.slice(end))?.[0] ?? "";
    const start = end + separator.length;
    const rest = line.slice(start).trimEnd();
    if (rest === "") return { kind: "label", raw: displayLine(line), field };
    // "Access token was regenerated" is prose: a label followed by only spaces takes one token.
    if (!/[:=\t]/.test(separator) && /\s/.test(rest)) continue;
    return pairDraft(line, { field, fieldSource: "label" }, { text: rest, start, end: start + rest.length });
  }
  return null;
}

function readLine(line: string): Draft {
  if (line.length > MAX_IMPORT_LINE_CHARS) {
    return { kind: "invalid", raw: bounded(maskTokens(line.slice(0, MAX_RAW))), message: `This line has ${line.length.toLocaleString("en-US")} characters, more than any credential line (${MAX_IMPORT_LINE_CHARS.toLocaleString("en-US")}): it was not read.` };
  }
  const trimmed = line.trim();
  if (trimmed === "") return { kind: "blank", raw: "" };
  if (trimmed.startsWith("#")) return { kind: "comment", raw: displayLine(line), text: trimmed.replace(/^#+\s*/, "") };
  if (JSON_PUNCTUATION.test(trimmed)) return { kind: "comment", raw: displayLine(line) };
  if (trimmed.startsWith("{") && trimmed.endsWith("}")) {
    return { kind: "invalid", raw: displayLine(line), message: "This line holds a whole JSON object: paste it with one \"NAME\": \"value\" pair per line." };
  }
  const env = ENV_LINE.exec(line);
  if (env) {
    const [whole, , key = "", before = "", after = ""] = env;
    return pairDraft(line, nameInfo(key, "name"), readEnvValue(line, whole.length, after.length > 0 || before.length > 0));
  }
  const json = JSON_PAIR.exec(line);
  if (json) {
    let key: string;
    try {
      key = JSON.parse(json[1] ?? '""') as string;
    } catch {
      return { kind: "invalid", raw: displayLine(line), message: "This name is not a valid JSON string." };
    }
    return pairDraft(line, nameInfo(key, "name"), readJsonValue(line, json[0].length));
  }
  const labelled = readKnownLabel(line);
  if (labelled) return labelled;
  const generic = GENERIC_LABEL.exec(line);
  if (generic && !/^https?$/i.test(generic[2] ?? "")) {
    const value = generic[3] ?? "";
    const start = line.lastIndexOf(value);
    return pairDraft(line, nameInfo(generic[2] ?? "", "label"), { text: value, start, end: start + value.length });
  }
  if (!/\s/.test(trimmed)) {
    const start = line.indexOf(trimmed);
    const checked = checkValue(trimmed);
    const raw = displayLine(line, { start, end: start + trimmed.length });
    return "value" in checked ? { kind: "lone", raw, value: checked.value } : { kind: "lone", raw, error: checked.error };
  }
  if (trimmed.includes("=")) return { kind: "invalid", raw: displayLine(line), message: "This is not a NAME=value line: a name has only letters, digits and underscores, with no spaces." };
  const checked = checkValue(trimmed);
  return { kind: "prose", raw: displayLine(line), error: "error" in checked ? checked.error : "This line cannot be read as a value." };
}

// ---------- the whole paste ----------

/** A one-line JSON object of strings and numbers, spread out one pair per line; otherwise null. */
function expandOneLineJson(text: string): string | null {
  const trimmed = text.trim();
  if (!trimmed.startsWith("{") || /[\r\n]/.test(trimmed)) return null;
  let parsed: unknown;
  try {
    parsed = JSON.parse(trimmed);
  } catch {
    return null;
  }
  if (!parsed || typeof parsed !== "object" || Array.isArray(parsed)) return null;
  const values = Object.values(parsed as Record<string, unknown>);
  if (values.length < 2 || !values.every((v) => typeof v === "string" || typeof v === "number")) return null;
  return JSON.stringify(parsed, null, 2);
}

function splitLines(text: string): string[] {
  const lines = text.replace(/^\uFEFF/, "").split(/\r\n|\r|\n/);
  // A final line break ends the last line; it does not start another.
  if (lines.length > 1 && lines[lines.length - 1] === "") lines.pop();
  return lines.length === 1 && lines[0] === "" ? [] : lines;
}

/**
 * The first `maxLines` lines of a paste (with their line breaks) and how many lines came
 * after them: what the import box keeps, so a 1 MB paste never sits in the page. Linear.
 */
export function boundPaste(text: string, maxLines = MAX_IMPORT_LINES): { text: string; omittedLines: number } {
  let breaks = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    // \r\n, \r and \n each end a line, as splitLines reads them.
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) {
      breaks++;
      if (breaks === maxLines) {
        const rest = text.slice(i + 1);
        if (rest === "") return { text, omittedLines: 0 };
        return { text: text.slice(0, i + 1), omittedLines: splitLines(rest).length };
      }
    }
  }
  return { text, omittedLines: 0 };
}

/**
 * Maps pasted text to one entry per line. Accepts `.env` lines (`NAME=value`,
 * `export NAME=value`, quotes with escapes, `#` comments, inline comments after a space,
 * spaces around `=`, CRLF, a BOM), the portal's blocks (a label line then the value on the
 * next line, `Label: value`, `Label<tab>value`, `Label value`), JSON objects (one pair per
 * line, or a one-line object which is spread out first), and bare values (field guessed from
 * their shape). Never throws.
 */
export function parseCredentialPaste(text: string): CredentialPaste {
  const expanded = expandOneLineJson(text);
  const all = splitLines(expanded ?? text);
  const omittedLines = Math.max(0, all.length - MAX_IMPORT_LINES);
  const source = omittedLines > 0 ? all.slice(0, MAX_IMPORT_LINES) : all;
  const drafts = source.map(readLine);
  const lines: ImportLine[] = [];
  let pendingLabel: number | null = null;

  const closePendingLabel = () => {
    if (pendingLabel === null) return;
    const label = lines[pendingLabel];
    if (label) {
      label.status = "invalid";
      label.message = "No value follows this label: put the value on the next line, or after a colon.";
    }
    pendingLabel = null;
  };

  drafts.forEach((draft, index) => {
    const lineNumber = index + 1;
    const base = { lineNumber, raw: draft.raw };
    const text = source[index] ?? "";
    if (draft.kind === "blank") {
      lines.push({ ...base, status: "blank" });
      return;
    }
    const label = pendingLabel === null ? undefined : lines[pendingLabel];
    if (label?.field && (draft.kind === "lone" || draft.kind === "prose")) {
      // The portal's block: the label on one line, its value on the next.
      label.status = "comment";
      label.message = `Names the value on line ${lineNumber}.`;
      label.pairedWith = lineNumber;
      pendingLabel = null;
      const value = draft.kind === "lone" ? draft.value : undefined;
      // Prose is shown as written, except when it turns out to be a value.
      const start = text.length - text.trimStart().length;
      base.raw = displayLine(text, { start, end: text.trimEnd().length, ...(value !== undefined ? { value } : {}) });
      lines.push(
        value !== undefined
          ? { ...base, status: "mapped", field: label.field, fieldSource: "label", value, pairedWith: label.lineNumber }
          : { ...base, status: "invalid", field: label.field, fieldSource: "label", message: draft.error, pairedWith: label.lineNumber },
      );
      return;
    }
    closePendingLabel();
    switch (draft.kind) {
      case "comment":
        lines.push({ ...base, status: "comment", ...(draft.message ? { message: draft.message } : {}) });
        return;
      case "invalid":
        lines.push({ ...base, status: "invalid", message: draft.message });
        return;
      case "prose":
        lines.push({ ...base, status: "comment", message: "Not a credential line: left out." });
        return;
      case "label":
        pendingLabel = lines.length;
        lines.push({ ...base, status: "invalid", field: draft.field, fieldSource: "label" });
        return;
      case "lone":
        lines.push(draft.value !== undefined ? { ...base, status: "unknown", fieldSource: "shape", value: draft.value } : { ...base, status: "invalid", message: draft.error });
        return;
      case "pair": {
        const name = { ...draft.name };
        // An exported extra field's label is the comment line right above it.
        const previous = drafts[index - 1];
        if (name.fieldSource === "suggested" && name.field && previous?.kind === "comment" && previous.text) {
          const label = extraLabelSchema.safeParse(previous.text);
          if (label.success && `extra:${extraSlug(label.data)}` === name.field) name.extraLabel = label.data;
        }
        const info = { ...(name.field ? { field: name.field } : {}), ...(name.extraLabel ? { extraLabel: name.extraLabel } : {}), fieldSource: name.fieldSource };
        lines.push(draft.value !== undefined ? { ...base, ...info, status: "unknown", value: draft.value } : { ...base, ...info, status: "invalid", message: draft.error });
        return;
      }
    }
  });
  closePendingLabel();
  return { lines: resolveLines(lines), ...(expanded ? { isExpandedJson: true } : {}), ...(omittedLines > 0 ? { omittedLines } : {}) };
}

// ---------- statuses across lines ----------

const SETTLED: readonly FieldSource[] = ["name", "label", "chosen"];

function nameOf(field: FieldName, extraLabel?: string): string {
  return fieldLabel(field, extraLabel);
}

/**
 * Works out each usable line's status from its field and value: the first settled line for
 * a field is `mapped`, later ones `duplicate`; suggestions are `unknown`, a shape guess is
 * dropped when a settled line fills that field. Also the warnings. Lines without a usable
 * value are left as they are.
 */
function resolveLines(input: readonly ImportLine[]): ImportLine[] {
  const lines = input.map((line) => {
    if (line.value === undefined) return { ...line };
    const { duplicateOf: _d, warning: _w, message: _m, ...rest } = line;
    if (rest.fieldSource === "shape") delete rest.field;
    return { ...rest };
  });
  const claimed = new Map<FieldName, ImportLine>();
  for (const line of lines) {
    if (line.value === undefined || !line.field || !SETTLED.includes(line.fieldSource ?? "shape")) continue;
    const first = claimed.get(line.field);
    if (first) {
      line.status = "duplicate";
      line.duplicateOf = first.lineNumber;
      line.message = `${nameOf(line.field, line.extraLabel)} is already on line ${first.lineNumber}; this line is left out.${first.value === line.value ? "" : " The two values differ: keep the line you want."}`;
    } else {
      line.status = "mapped";
      claimed.set(line.field, line);
    }
  }
  for (const line of lines) {
    if (line.value === undefined || SETTLED.includes(line.fieldSource ?? "shape")) continue;
    if (line.fieldSource === "shape") {
      const guess = guessFieldByShape(line.value);
      if (guess && !claimed.has(guess)) line.field = guess;
    }
    const first = line.field ? claimed.get(line.field) : undefined;
    if (line.field && first && line.fieldSource === "suggested") {
      line.status = "duplicate";
      line.duplicateOf = first.lineNumber;
      line.message = `${nameOf(line.field, line.extraLabel)} is already on line ${first.lineNumber}; this line is left out.${first.value === line.value ? "" : " The two values differ: keep the line you want."}`;
      continue;
    }
    line.status = "unknown";
    if (line.field) claimed.set(line.field, line);
    if (line.fieldSource === "shape") {
      line.message = line.field
        ? `This value has no name. It looks like ${withArticle(nameOf(line.field))}: confirm it, or choose a field.`
        : "This value has no name: choose which field it is, or leave the line out.";
    } else {
      line.message = line.field
        ? `“${line.extraLabel ?? nameOf(line.field)}” is not one of Twitter's credentials: add it as an extra field, choose a field, or leave the line out.`
        : "This name cannot name a field: choose a field, or leave the line out.";
    }
  }
  // Warnings: a value unlike its field, or the same value under two fields.
  const firstWithValue = new Map<string, ImportLine>();
  for (const line of lines) {
    if (line.value === undefined || !line.field) continue;
    const notes: string[] = [];
    const shape = shapeWarning(line.field, line.value);
    if (shape) notes.push(shape);
    const same = firstWithValue.get(line.value);
    if (same && same.field !== line.field && same.field) notes.push(`The same value as line ${same.lineNumber} (${nameOf(same.field, same.extraLabel)}).`);
    if (!same) firstWithValue.set(line.value, line);
    if (notes.length > 0) line.warning = notes.join(" ");
  }
  return lines;
}

// ---------- fixing lines ----------

/** A person's fix to one line: choose its field (and an extra field's label), give a new value, or leave it out. */
export type LineFix = { field?: FieldName; extraLabel?: string; value?: string; isLeftOut?: boolean };

/**
 * The lines with one line fixed, every status recomputed (a fix can end or start a
 * duplicate). A given field is settled (`chosen`); a given value is checked like a pasted
 * one. An extra field needs a label: `extraLabel`, or the one the line suggested. Unknown
 * line numbers leave the lines as they were.
 */
export function applyLineFix(lines: readonly ImportLine[], lineNumber: number, fix: LineFix): ImportLine[] {
  const index = lines.findIndex((l) => l.lineNumber === lineNumber);
  const line = lines[index];
  if (!line) return lines.map((l) => ({ ...l }));
  const fixed: ImportLine = { lineNumber: line.lineNumber, raw: line.raw, status: "invalid" };
  if (fix.isLeftOut) {
    fixed.status = "comment";
    fixed.message = "Left out.";
  } else {
    let field = fix.field ?? line.field;
    let extraLabel = line.extraLabel;
    if (fix.extraLabel !== undefined) {
      const label = extraLabelSchema.safeParse(fix.extraLabel);
      if (label.success) {
        extraLabel = label.data;
        if (fix.field === undefined) field = `extra:${extraSlug(label.data)}`;
      } else {
        fixed.message = label.error.issues[0]?.message;
      }
    }
    const isChosen = fix.field !== undefined || fix.extraLabel !== undefined;
    if (field && !isFieldName(field)) {
      fixed.message ??= "That is not a credential field.";
      field = undefined;
    } else if (field && !isStandardField(field) && (!extraLabel || `extra:${extraSlug(extraLabel)}` !== field)) {
      fixed.message ??= "Name the extra field.";
    }
    if (field) fixed.field = field;
    if (field && !isStandardField(field) && extraLabel) fixed.extraLabel = extraLabel;
    const source = isChosen ? "chosen" : line.fieldSource;
    if (source) fixed.fieldSource = source;
    if (line.pairedWith !== undefined) fixed.pairedWith = line.pairedWith;
    if (fix.value !== undefined) {
      const checked = checkValue(fix.value);
      if ("value" in checked) fixed.value = checked.value;
      else fixed.message ??= checked.error;
    } else if (line.value !== undefined) {
      fixed.value = line.value;
    } else {
      fixed.message ??= line.status === "invalid" && line.message ? line.message : "Enter the value.";
    }
    // Anything wrong with the fix keeps the line invalid, holding no value.
    if (fixed.message) delete fixed.value;
    else fixed.status = "unknown";
  }
  const next = lines.map((l, i) => (i === index ? fixed : { ...l }));
  return resolveLines(next);
}

/** Settles an `unknown` line's suggested field as it is (the "Add as extra field" / "Yes, it is" button). */
export function acceptSuggestion(lines: readonly ImportLine[], lineNumber: number): ImportLine[] {
  const line = lines.find((l) => l.lineNumber === lineNumber);
  if (!line?.field || line.value === undefined) return lines.map((l) => ({ ...l }));
  return applyLineFix(lines, lineNumber, { field: line.field, ...(line.extraLabel ? { extraLabel: line.extraLabel } : {}) });
}

/** The values to save: one per `mapped` line, in order. */
export function mappedValues(lines: readonly ImportLine[]): { field: FieldName; extraLabel?: string; value: string }[] {
  return lines.flatMap((line) =>
    line.status === "mapped" && line.field && line.value !== undefined ? [{ field: line.field, ...(line.extraLabel ? { extraLabel: line.extraLabel } : {}), value: line.value }] : [],
  );
}
