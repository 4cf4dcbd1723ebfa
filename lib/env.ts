/**
 * The only module that reads process.env. Every variable is validated once, when the
 * server starts (instrumentation.ts imports this), with a message naming the bad one.
 *
 * In development, missing local secrets are generated once into .env.local (by
 * `npm run dev` before Next starts, see scripts/prepare-dev.ts) so that the first start
 * needs no configuration; in production the app refuses to start without them.
 */
import { randomBytes } from "node:crypto";
import { isIP } from "node:net";
import { z } from "zod";
import { estimateEntropyBits, textEntropyBits } from "./crypto/entropy";
import { ensureLocalSecrets } from "./local-secrets";

const raw = process.env;
const mode = raw.NODE_ENV === "production" ? "production" : raw.NODE_ENV === "test" ? "test" : "development";
/** `next build` evaluates server modules without a runtime environment: validate at start instead. */
const isBuildPhase = raw.NEXT_PHASE === "phase-production-build";

/** Least estimated entropy (lib/crypto/entropy.ts) of NEXTAUTH_SECRET; `openssl rand -base64 32` gives about 200 bits. */
const MIN_SECRET_BITS = 96;
/** Least estimated entropy of one 32-byte master key; random keys score 140 bits or more. */
const MIN_KEY_BITS = 128;

/** True when a secret is too regular to be random: few distinct characters, a repeated pattern or a sequence. */
function isWeakText(value: string): boolean {
  return new Set(value).size < 8 || textEntropyBits(value) < MIN_SECRET_BITS;
}

/** True when 32 key bytes are too regular to be random (e.g. one byte, or a pattern, repeated). */
function isWeakKey(bytes: Buffer): boolean {
  return new Set(bytes).size < 12 || estimateEntropyBits(bytes) < MIN_KEY_BITS;
}

const masterKeys = z
  .string()
  .regex(
    /^[a-z0-9_-]{1,32}:[A-Za-z0-9+/]{43}=(,[a-z0-9_-]{1,32}:[A-Za-z0-9+/]{43}=)*$/,
    "must be a comma-separated list of id:base64 pairs, each key 32 bytes (newest first)",
  )
  .refine((v) => v.split(",").every((pair) => !isWeakKey(Buffer.from(pair.split(":")[1] ?? "", "base64"))), "a key is not random (too few distinct bytes, or a repeated pattern); generate one with: openssl rand -base64 32")
  .refine((v) => new Set(v.split(",").map((pair) => pair.split(":")[0])).size === v.split(",").length, "key ids must be unique");

const flag = z
  .enum(["0", "1", "true", "false"])
  .optional()
  .transform((v) => (v === undefined ? undefined : v === "1" || v === "true"));

const optionalText = z
  .string()
  .optional()
  .transform((v) => (v?.trim() ? v.trim() : undefined));

const origin = z
  .url("must be an absolute http(s) URL, e.g. https://perch.example.com")
  .refine((v) => /^https?:\/\//.test(v), "must start with http:// or https://")
  .transform((v) => new URL(v).origin);

/** One trusted proxy: an IPv4 or IPv6 address, or a network in CIDR form (10.0.0.0/8, fd00::/8). */
const proxyEntry = z.string().refine((v) => {
  const [address = "", prefix, ...rest] = v.split("/");
  const family = isIP(address);
  if (family === 0 || rest.length > 0) return false;
  return prefix === undefined || (/^\d{1,3}$/.test(prefix) && Number(prefix) <= (family === 4 ? 32 : 128));
}, "each entry must be an IP address or a CIDR network such as 127.0.0.1, ::1 or 10.0.0.0/8");

const trustedProxies = z
  .string()
  .optional()
  .transform((v) => (v ?? "").split(/[\s,]+/).filter(Boolean))
  .pipe(z.array(proxyEntry).max(64, "at most 64 entries"));

const schema = z
  .object({
    NODE_ENV: z.enum(["development", "test", "production"]).default("development"),
    /** This site's public URL. Optional outside production: then each request's own address is used. */
    NEXTAUTH_URL: origin.optional(),
    NEXTAUTH_SECRET: z
      .string()
      .min(32, "must be at least 32 characters (generate one with: openssl rand -base64 32)")
      .refine((v) => !isWeakText(v), "is not random enough (too few distinct characters, or a repeated pattern or sequence); generate one with: openssl rand -base64 32"),
    PERCH_MASTER_KEYS: masterKeys,
    DATABASE_URL: z
      .string()
      .default("file:./data/perch.db")
      .refine((v) => /^(file:|postgres(ql)?:\/\/)/.test(v), "must start with file: (SQLite) or postgresql:// (PostgreSQL)"),
    TWITTER_CLIENT_ID: optionalText,
    TWITTER_CLIENT_SECRET: optionalText,
    TWITTER_AUTHORIZE_URL: z.url().default("https://x.com/i/oauth2/authorize"),
    TWITTER_API_URL: z.url().default("https://api.x.com"),
    PERCH_SANDBOX: flag,
    /** The second, explicit opt-in a production deployment needs before the sandbox turns on. */
    PERCH_SANDBOX_IN_PRODUCTION: flag,
    /**
     * The reverse proxies whose X-Forwarded-For Perch believes (addresses or CIDR networks).
     * Unset: nobody's, and every caller is the address its connection comes from.
     */
    PERCH_TRUSTED_PROXIES: trustedProxies,
  })
  .superRefine((env, ctx) => {
    if (env.NODE_ENV === "production" && !env.NEXTAUTH_URL) {
      ctx.addIssue({ code: "custom", path: ["NEXTAUTH_URL"], message: "is required in production: this site's public URL, e.g. https://perch.example.com" });
    }
    if (Boolean(env.TWITTER_CLIENT_ID) !== Boolean(env.TWITTER_CLIENT_SECRET)) {
      ctx.addIssue({ code: "custom", path: [env.TWITTER_CLIENT_ID ? "TWITTER_CLIENT_SECRET" : "TWITTER_CLIENT_ID"], message: "TWITTER_CLIENT_ID and TWITTER_CLIENT_SECRET must be set together" });
    }
    if (env.NODE_ENV === "production" && env.PERCH_SANDBOX === true && env.PERCH_SANDBOX_IN_PRODUCTION !== true) {
      ctx.addIssue({
        code: "custom",
        path: ["PERCH_SANDBOX_IN_PRODUCTION"],
        message: "must also be 1 to run the Twitter sandbox in production (a shared demo); see the README's \"Running a shared demo\"",
      });
    }
  });

export type Env = z.infer<typeof schema>;

/** Raised when the environment is invalid; the message names each bad variable. */
export class EnvError extends Error {
  constructor(issues: string[]) {
    super(`Invalid environment:\n${issues.map((i) => `  - ${i}`).join("\n")}\nSee .env.example for every variable.`);
    this.name = "EnvError";
  }
}

/** Validates an environment; exported for tests. Never echoes a value back. */
export function parseEnv(source: Record<string, string | undefined>): Env {
  // An empty line in a .env file (`NEXTAUTH_URL=`) means "not set", as the example file shows.
  const given = Object.fromEntries(Object.entries(source).filter(([, value]) => value !== undefined && value.trim() !== ""));
  const result = schema.safeParse(given);
  if (!result.success) {
    throw new EnvError(result.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`));
  }
  return result.data;
}

/** How sign-in and the sandbox are set up, derived from a validated environment. */
export type Modes = {
  /** The sandbox (its portal, consent screen and API) exists in this deployment. */
  isSandbox: boolean;
  /** Who Perch's "Sign in with Twitter" talks to; null when nothing is configured. */
  signIn: "twitter" | "sandbox" | null;
};

/**
 * Outside production the sandbox is on unless Twitter credentials are set (or
 * PERCH_SANDBOX=0), and PERCH_SANDBOX=1 lets a developer sign in through it anyway. In
 * production it needs both opt-ins, and configured credentials always sign in with Twitter.
 */
export function deriveModes(env: Env): Modes {
  const hasTwitter = Boolean(env.TWITTER_CLIENT_ID && env.TWITTER_CLIENT_SECRET);
  if (env.NODE_ENV === "production") {
    const isSandbox = env.PERCH_SANDBOX === true && env.PERCH_SANDBOX_IN_PRODUCTION === true;
    return { isSandbox, signIn: hasTwitter ? "twitter" : isSandbox ? "sandbox" : null };
  }
  const isSandbox = env.PERCH_SANDBOX ?? !hasTwitter;
  return { isSandbox, signIn: isSandbox && (env.PERCH_SANDBOX === true || !hasTwitter) ? "sandbox" : hasTwitter ? "twitter" : null };
}

function load(): Env {
  if (isBuildPhase) {
    // Placeholders so modules can be evaluated during the build; never used to serve.
    // Pages that need the origin read it per request, so none of these is baked in.
    return parseEnv({ ...raw, NEXTAUTH_URL: raw.NEXTAUTH_URL || "http://build.invalid", NEXTAUTH_SECRET: randomBytes(32).toString("base64"), PERCH_MASTER_KEYS: `build:${randomBytes(32).toString("base64")}` });
  }
  // Normally `npm run dev` has done this before Next starts; this covers other entry points.
  if (mode === "development") ensureLocalSecrets(raw, process.cwd());
  const env = parseEnv(raw);
  // next-auth reads these itself. With a configured URL it is authoritative; without one
  // (development only) next-auth follows each request's Host, as Perch does (lib/origin.ts).
  if (env.NEXTAUTH_URL) raw.NEXTAUTH_URL = env.NEXTAUTH_URL;
  else raw.AUTH_TRUST_HOST = "1";
  return env;
}

export const env: Env = load();

const modes = deriveModes(env);

/** True when this deployment serves the built-in Twitter sandbox. */
export const isSandbox: boolean = modes.isSandbox;

/** Who sign-in talks to: Twitter, the sandbox, or nothing (not configured). */
export const signInMode: Modes["signIn"] = modes.signIn;

/** The configured public origin (NEXTAUTH_URL), or null in development when it is not set. */
export const configuredOrigin: string | null = env.NEXTAUTH_URL ?? null;
