/**
 * Writes an app's credentials as a `.env` file: a header comment, then one `NAME=value`
 * line per field, named by `fieldEnvName`. Pure and deterministic (the export time is a
 * parameter), safe in the browser. Values are quoted only when a `.env` reader or a shell
 * could misread them, in a way `parseCredentialPaste` reads back exactly.
 */
import { extraLabelSchema, fieldEnvName, fieldLabel, fieldValueSchema, isFieldName, isStandardField, type FieldName } from "./fields";

/** One field to export. `label` is used for extra fields only (written as a comment above the line). */
export type ExportField = { name: FieldName; label?: string | null; value: string };

export type ExportEnvInput = {
  appName: string;
  /** The app's environment as the vault names it, e.g. "development" or "production". */
  environment: string;
  /** When the export was made; passed in so the output is deterministic. */
  exportedAt: Date;
  fields: readonly ExportField[];
};

/** Thrown for a field that cannot be exported. The message names the field, never its value. */
export class EnvExportError extends Error {
  override name = "EnvExportError";
}

/**
 * Characters a value may use unquoted. Everything here means the same to dotenv, Docker
 * Compose, bash `source` and Perch's importer. Left out on purpose: `#` (comment), `$`
 * (interpolation), quotes and backslash (escapes), `~` (bash expands it after `=`), spaces.
 */
const BARE_VALUE = /^[A-Za-z0-9_\-.%+/=:@,]+$/;

/** A value as it appears after `NAME=`: bare when safe, else single-quoted (literal), else double-quoted with escapes. */
export function quoteEnvValue(value: string): string {
  if (BARE_VALUE.test(value)) return value;
  // Single quotes are literal in dotenv, Compose and bash: nothing inside is interpreted.
  if (!value.includes("'") && !/[\u0000-\u001f\u007f]/.test(value)) return `'${value}'`;
  const escaped = value.replace(/[\\"$`\n\r\t]/g, (c) => ({ "\\": "\\\\", '"': '\\"', $: "\\$", "`": "\\`", "\n": "\\n", "\r": "\\r", "\t": "\\t" })[c] ?? c);
  return `"${escaped}"`;
}

/** Text for a comment line: no line breaks or control characters (they would end the comment), bounded. */
function commentText(text: string, max = 200): string {
  const flat = text.replace(/[\u0000-\u001f\u007f\u0085\u2028\u2029]+/g, " ").replace(/\s+/g, " ").trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

/** One variable of an app's export: its env name, its value, and the label an extra field has. */
export type EnvVariable = { envName: string; value: string; extraLabel: string | null; shown: string };

/**
 * The variables an app's fields become, in the order given, named as the `.env` export
 * names them (the read API and `perch run` use the same list). Throws `EnvExportError` for
 * an unknown field name, a value `fieldValueSchema` refuses, or two fields with one env name.
 */
export function envVariables(fields: readonly ExportField[]): EnvVariable[] {
  const seen = new Map<string, string>();
  return fields.map((field) => {
    if (!isFieldName(field.name)) throw new EnvExportError("Cannot export a field whose name is not a credential field.");
    const label = isStandardField(field.name) ? fieldLabel(field.name) : extraLabelSchema.safeParse(field.label ?? "").data;
    const shown = label ?? fieldLabel(field.name);
    const envName = fieldEnvName(field.name);
    const other = seen.get(envName);
    if (other !== undefined) throw new EnvExportError(`Cannot export ${shown}: ${other} is also named ${envName}.`);
    seen.set(envName, shown);
    const value = fieldValueSchema.safeParse(field.value);
    if (!value.success) throw new EnvExportError(`Cannot export ${shown}: ${value.error.issues[0]?.message ?? "the value is not valid."}`);
    return { envName, value: value.data, extraLabel: !isStandardField(field.name) && label ? label : null, shown };
  });
}

/**
 * The `.env` text for an app's fields, in the order given. Throws `EnvExportError` for an
 * unknown field name, a value `fieldValueSchema` refuses, or two fields with one env name,
 * so a file that could not be read back the same is never produced.
 */
export function exportEnv({ appName, environment, exportedAt, fields }: ExportEnvInput): string {
  const lines = [`# ${commentText(appName) || "Twitter App"} (${commentText(environment, 40) || "no environment"})`];
  lines.push(`# Exported from Perch at ${exportedAt.toISOString()}. Live credentials: keep this file out of version control.`);
  lines.push("");
  for (const variable of envVariables(fields)) {
    if (variable.extraLabel) lines.push(`# ${commentText(variable.extraLabel, 60)}`);
    lines.push(`${variable.envName}=${quoteEnvValue(variable.value)}`);
  }
  return `${lines.join("\n")}\n`;
}
