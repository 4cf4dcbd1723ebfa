/**
 * What a vault form sends, as zod schemas shared by the browser (live checks) and the
 * server actions (the real ones).
 */
import { z } from "zod";
import "@/lib/zod-jitless";
import { extraLabelSchema, extraSlug, fieldNameSchema, fieldValueSchema, isStandardField } from "./fields";

export const ENVIRONMENTS = ["development", "staging", "production"] as const;
export type AppEnvironment = (typeof ENVIRONMENTS)[number];

/** Access levels people meet in the portal and console, old and new; free text is allowed too. */
export const ACCESS_LEVELS = ["Pay-per-use", "Free", "Basic", "Pro", "Enterprise", "Essential", "Elevated", "Academic Research"] as const;

const optionalText = (max: number, message: string) =>
  z
    .string()
    .trim()
    .max(max, message)
    .optional()
    .nullable()
    .transform((v) => (v ? v : null));

export const appMetaSchema = z.object({
  name: z.string().trim().min(1, "Name the app (as it is called in the developer portal).").max(60, "An app name can be at most 60 characters."),
  twitterAppId: optionalText(24, "An App ID is at most 24 digits.").refine((v) => v === null || /^\d+$/.test(v), "An App ID is a number, as the portal shows it."),
  environment: z.enum(ENVIRONMENTS, { error: "Choose development, staging or production." }),
  accessLevel: optionalText(40, "An access level is at most 40 characters."),
  notes: optionalText(2000, "Notes can be at most 2,000 characters."),
  apiTarget: z.enum(["twitter", "sandbox"]).default("twitter"),
  rotateBy: z
    .string()
    .optional()
    .nullable()
    .transform((v) => (v ? v : null))
    .refine((v) => v === null || (/^\d{4}-\d{2}-\d{2}$/.test(v) && !Number.isNaN(Date.parse(`${v}T00:00:00Z`))), "Use a date, e.g. 2027-01-31.")
    .transform((v) => (v ? new Date(`${v}T00:00:00Z`) : null)),
});

export type AppMeta = z.output<typeof appMetaSchema>;
export type AppMetaInput = z.input<typeof appMetaSchema>;

/** One field value to store: a standard field, or an extra one named by its label. */
export const fieldWriteSchema = z
  .object({ name: fieldNameSchema, label: extraLabelSchema.optional().nullable(), value: fieldValueSchema })
  .superRefine((f, ctx) => {
    if (isStandardField(f.name)) return;
    if (!f.label || `extra:${extraSlug(f.label)}` !== f.name) ctx.addIssue({ code: "custom", path: ["label"], message: "Name the extra field." });
  })
  .transform((f) => ({ name: f.name, label: isStandardField(f.name) ? null : (f.label ?? null), value: f.value }));

export type FieldWrite = z.output<typeof fieldWriteSchema>;

const uniqueNames = (fields: { name: string }[]) => new Set(fields.map((f) => f.name)).size === fields.length;

export const fieldWritesSchema = z.array(fieldWriteSchema).max(40).refine(uniqueNames, "Each field can appear once.");

/** A cuid-like id from the URL or a form. */
export const idSchema = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, "That item could not be identified. Reload the page.");
