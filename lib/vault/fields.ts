/**
 * The credential fields a vault app can hold: Twitter's standard set, in the order the
 * developer portal shows them, plus named extra fields (e.g. an Ads account id). Safe to
 * import anywhere (no secrets here, only names).
 */
import { z } from "zod";
import "@/lib/zod-jitless";

export const STANDARD_FIELDS = {
  apiKey: { label: "API Key", env: "TWITTER_API_KEY", aliases: ["CONSUMER_KEY", "API_KEY", "TWITTER_CONSUMER_KEY", "X_API_KEY", "APP_KEY"], isSecret: false },
  apiKeySecret: { label: "API Key Secret", env: "TWITTER_API_KEY_SECRET", aliases: ["CONSUMER_SECRET", "API_SECRET", "API_KEY_SECRET", "TWITTER_CONSUMER_SECRET", "TWITTER_API_SECRET", "X_API_SECRET", "X_API_KEY_SECRET", "APP_SECRET"], isSecret: true },
  accessToken: { label: "Access Token", env: "TWITTER_ACCESS_TOKEN", aliases: ["ACCESS_TOKEN", "X_ACCESS_TOKEN"], isSecret: true },
  accessTokenSecret: { label: "Access Token Secret", env: "TWITTER_ACCESS_TOKEN_SECRET", aliases: ["ACCESS_TOKEN_SECRET", "ACCESS_SECRET", "TWITTER_ACCESS_SECRET", "X_ACCESS_TOKEN_SECRET", "X_ACCESS_SECRET"], isSecret: true },
  bearerToken: { label: "Bearer Token", env: "TWITTER_BEARER_TOKEN", aliases: ["BEARER_TOKEN", "X_BEARER_TOKEN"], isSecret: true },
  clientId: { label: "OAuth 2.0 Client ID", env: "TWITTER_CLIENT_ID", aliases: ["CLIENT_ID", "OAUTH2_CLIENT_ID", "X_CLIENT_ID"], isSecret: false },
  clientSecret: { label: "OAuth 2.0 Client Secret", env: "TWITTER_CLIENT_SECRET", aliases: ["CLIENT_SECRET", "OAUTH2_CLIENT_SECRET", "X_CLIENT_SECRET"], isSecret: true },
} as const satisfies Record<string, { label: string; env: string; aliases: readonly string[]; isSecret: boolean }>;

export type StandardField = keyof typeof STANDARD_FIELDS;
export const STANDARD_FIELD_NAMES = Object.keys(STANDARD_FIELDS) as StandardField[];

/** A field's stored name: a standard field, or `extra:<slug>` for a named extra one. */
export type FieldName = StandardField | `extra:${string}`;

/** Extra-field slugs: lower-case letters, digits and dashes, as the stored name's tail. */
export const EXTRA_SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const MAX_EXTRA_LABEL = 60;

/** The most extra fields one app may hold. */
export const MAX_EXTRA_FIELDS = 20;
/** The longest value a field may hold (Twitter's are under 120 characters; extra fields may be longer). */
export const MAX_VALUE_LENGTH = 4096;

export function isStandardField(name: string): name is StandardField {
  return Object.hasOwn(STANDARD_FIELDS, name);
}

/** The slug of an extra field's label: "Ads account id" → "ads-account-id". */
export function extraSlug(label: string): string {
  return label
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .slice(0, 40)
    .replace(/^-+|-+$/g, "");
}

/** Every .env name a standard field is known by (its own, its aliases, with a TWITTER_ prefix). */
const STANDARD_ENV_NAMES = new Set(Object.values(STANDARD_FIELDS).flatMap((f) => [f.env, ...f.aliases, ...f.aliases.map((a) => `TWITTER_${a}`)]));

/** True for a stored field name: standard, or `extra:` with a valid slug. */
export function isFieldName(name: string): name is FieldName {
  return isStandardField(name) || (name.startsWith("extra:") && EXTRA_SLUG.test(name.slice(6)));
}

/** The words for a field: its standard label, or the extra field's own label. */
export function fieldLabel(name: FieldName, extraLabel?: string | null): string {
  return isStandardField(name) ? STANDARD_FIELDS[name].label : (extraLabel ?? name.slice(6));
}

/** The .env variable name for a field: TWITTER_… for standard ones, TWITTER_<SLUG> for extras. */
export function fieldEnvName(name: FieldName): string {
  return isStandardField(name) ? STANDARD_FIELDS[name].env : `TWITTER_${name.slice(6).toUpperCase().replace(/-/g, "_")}`;
}

/** zod: a stored field name. */
export const fieldNameSchema = z.string().max(50).refine(isFieldName, "That is not a credential field.");

/** zod: an extra field's label (its slug must be usable). */
export const extraLabelSchema = z
  .string()
  .trim()
  .min(1, "Name the field.")
  .max(MAX_EXTRA_LABEL, `A field name can be at most ${MAX_EXTRA_LABEL} characters.`)
  .refine((label) => extraSlug(label).length > 0, "Use some letters or digits in the field name.")
  // Exported as TWITTER_<SLUG>, such a field would read back as the standard one.
  .refine((label) => !STANDARD_ENV_NAMES.has(fieldEnvName(`extra:${extraSlug(label)}`)), "That is one of the standard fields above: use it instead.");

/** zod: a credential value. Surrounding whitespace is dropped (a copy often carries it); inner whitespace is refused. */
export const fieldValueSchema = z
  .string()
  .trim()
  .min(1, "Enter a value, or leave the field out.")
  .max(MAX_VALUE_LENGTH, `A value can be at most ${MAX_VALUE_LENGTH} characters.`)
  .refine((v) => !/[\s\u0000-\u001f\u007f-\u009f\u00ad\u200b-\u200f\u2028-\u202e\u2060-\u2064\ufeff]/.test(v), "A credential has no spaces, line breaks, control or invisible characters: check what was copied.");

/** What the masked view shows of a value: its last four characters when it is long enough to keep them unguessable. */
export function valueHint(value: string): string {
  return value.length >= 16 ? value.slice(-4) : "";
}
