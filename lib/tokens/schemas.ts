/**
 * What the token form and the read API accept, as zod schemas (shared by the browser's form
 * and the server).
 */
import { z } from "zod";
import { ENVIRONMENTS, idSchema } from "@/lib/vault/schemas";

export const DEFAULT_TOKEN_DAYS = 90;
export const MAX_TOKEN_DAYS = 365;
/** Apps one token may name (beyond that, choose "every app"). */
export const MAX_TOKEN_APPS = 100;

/** A form field that may come once (a string) or several times (an array), or not at all. */
const many = <T extends z.ZodType>(item: T) => z.preprocess((v: unknown): unknown[] => (v === undefined || v === null || v === "" ? [] : Array.isArray(v) ? (v as unknown[]) : [v]), z.array(item));

export const createTokenSchema = z
  .object({
    teamId: idSchema,
    name: z.string().trim().min(1, "Name the token after what uses it, e.g. “reply bot on fly.io”.").max(60, "A token's name can be at most 60 characters."),
    scope: z.enum(["all", "some"], { error: "Choose every app, or some apps." }),
    appIds: many(idSchema).pipe(z.array(idSchema).max(MAX_TOKEN_APPS, `Choose at most ${MAX_TOKEN_APPS} apps, or every app.`)),
    environments: many(z.enum(ENVIRONMENTS, { error: "Choose development, staging or production." })).pipe(z.array(z.enum(ENVIRONMENTS)).min(1, "Choose at least one environment.")),
    days: z.coerce
      .number({ error: "Say in how many days the token expires." })
      .int("Use a whole number of days.")
      .min(1, "A token lasts at least 1 day.")
      .max(MAX_TOKEN_DAYS, `A token lasts at most ${MAX_TOKEN_DAYS} days (a year).`)
      .default(DEFAULT_TOKEN_DAYS),
  })
  .superRefine((v, ctx) => {
    if (v.scope === "some" && v.appIds.length === 0) ctx.addIssue({ code: "custom", path: ["appIds"], message: "Choose at least one app, or every app." });
  })
  .transform((v) => ({ ...v, appIds: v.scope === "all" ? [] : [...new Set(v.appIds)], environments: [...new Set(v.environments)] }));

export type CreateTokenInput = z.input<typeof createTokenSchema>;

/** The read API's query: which app (its name or id), optionally which environment, and the format. */
export const secretsQuerySchema = z.strictObject({
  app: z.string({ error: "Name the app: ?app=<name or id>." }).trim().min(1, "Name the app: ?app=<name or id>.").max(100, "An app name or id is at most 100 characters."),
  environment: z.enum(ENVIRONMENTS, { error: "The environment is development, staging or production." }).optional(),
  format: z.enum(["json", "dotenv"], { error: "The format is json or dotenv." }).default("json"),
});

/** The credential check's query: the same app selection, no format. */
export const checkQuerySchema = secretsQuerySchema.omit({ format: true });
