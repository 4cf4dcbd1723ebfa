/** zod schemas for everything a browser or client sends to the sandbox. */
import { z } from "zod";
import { textEntropyBits } from "@/lib/crypto/entropy";
import { hasInvisibleOrBidi } from "@/lib/text/display-name";

/** Least estimated entropy of a practice password (lib/crypto/entropy.ts): refuses "aaaaaaaaaa", "1234567890", "hunter2hunter2". */
const MIN_PASSWORD_BITS = 30;
import { checkCallbackUrl, MAX_CALLBACK_URLS } from "@/lib/x/callback-url";

/** An optional password for a practice account (to use it from another browser too). */
const practicePassword = z
  .string()
  .optional()
  .transform((v) => (v ? v : undefined))
  .pipe(
    z
      .string()
      .min(10, "A password needs at least 10 characters (or leave it empty).")
      .max(200, "A password can be at most 200 characters.")
      .refine((v) => textEntropyBits(v) >= MIN_PASSWORD_BITS, "This password is too easy to guess (a repeated pattern or a sequence). Try a few unrelated words.")
      .optional(),
  );

/** A practice account's display name, @username (Twitter's limits) and optional password. */
export const sandboxUserInput = z.object({
  password: practicePassword,
  // NFKC first, so the length and the checks see what will be shown.
  name: z
    .string()
    .transform((v) => v.normalize("NFKC").trim())
    .pipe(
      z
        .string()
        .min(1, "Enter a name.")
        .max(50, "A name can be at most 50 characters.")
        .refine((v) => !hasInvisibleOrBidi(v), "A name can't contain invisible or text-direction characters (such as U+202E, which reverses the text after it)."),
    ),
  username: z
    .string()
    .trim()
    .transform((v) => v.replace(/^@/, ""))
    .pipe(
      z
        .string()
        .min(1, "Enter a username.")
        .max(15, "A username can be at most 15 characters.")
        .regex(/^[A-Za-z0-9_]+$/, "Use only letters, numbers and underscores."),
    ),
});
export type SandboxUserInput = z.infer<typeof sandboxUserInput>;

/**
 * A callback URL as X's rules allow it (lib/x/callback-url.ts), and one the sandbox can
 * send a browser to: http(s), with no #fragment or user:password (RFC 6749 section 3.1.2).
 */
const callbackUrl = z.string().superRefine((value, ctx) => {
  const refused = checkCallbackUrl(value).findings.find((f) => f.level === "refused");
  if (refused) {
    ctx.addIssue({ code: "custom", message: `${value.slice(0, 80)}: ${refused.message}` });
    return;
  }
  const url = new URL(value.trim());
  if ((url.protocol !== "http:" && url.protocol !== "https:") || url.hash || url.username || url.password) {
    ctx.addIssue({ code: "custom", message: "Each callback URL must be an absolute http(s) URL without a #fragment." });
  }
});

/** A new sandbox App: a name, its type of client, and its callback URLs (one per line in the form). */
export const sandboxAppInput = z.object({
  clientType: z.enum(["confidential", "public"], { error: "Choose the type of app." }).default("confidential"),
  name: z.string().trim().min(1, "Enter an app name.").max(32, "An app name can be at most 32 characters."),
  callbackUrls: z
    .string()
    .transform((text) => [...new Set(text.split(/\r?\n/).map((line) => line.trim()).filter(Boolean))])
    .pipe(z.array(callbackUrl).min(1, "Add at least one callback URL.").max(MAX_CALLBACK_URLS, `An app can have at most ${MAX_CALLBACK_URLS} callback URLs, as on X.`)),
});
export type SandboxAppInput = z.infer<typeof sandboxAppInput>;

/** The query of an authorization request (every field a string when present). */
export const authorizeQuery = z.object({
  response_type: z.string().max(64).optional(),
  client_id: z.string().max(128).optional(),
  redirect_uri: z.string().max(2048).optional(),
  scope: z.string().max(1024).optional(),
  state: z.string().max(500).optional(),
  code_challenge: z.string().max(128).optional(),
  code_challenge_method: z.string().max(16).optional(),
});
export type AuthorizeQuery = z.infer<typeof authorizeQuery>;

/** A sandbox id as it appears in a form (cuid or numeric user id). */
export const sandboxId = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, "That item could not be identified. Reload the page.");

/** A @username, as typed to sign in to a practice account from another browser. */
export const sandboxUsername = sandboxUserInput.shape.username;
