/**
 * The questionnaire's answers: one zod 4 schema with limits and defaults, a strict parse
 * for inputs that should be rejected with field errors (the policy-check endpoint), and a
 * lenient parse that never throws and keeps whatever it can (old or hand-edited
 * localStorage data, drafts saved by an older version).
 */
import { z } from "zod";
import "@/lib/zod-jitless";

/** Longest free-text answer, in characters (a long answer is a few paragraphs). */
export const LONG_TEXT_MAX = 2000;
/** Longest one-line answer (names, roles, periods). */
export const SHORT_TEXT_MAX = 200;
/** Largest number accepted for a volume or a count (a trillion: beyond any real plan). */
export const NUMBER_MAX = 1_000_000_000_000;

export const ACCOUNT_TYPES = ["professional", "hobbyist", "academic"] as const;
export const ENGAGEMENT_ACTIONS = ["post", "reply", "retweet", "like"] as const;
export const ENGAGEMENT_TRIGGERS = ["user", "automated", "both"] as const;
export const DISPLAY_LEVELS = ["row", "aggregate", "both"] as const;
export const SHARED_KINDS = ["ids", "objects", "both"] as const;
export const ENVIRONMENTS = ["development", "staging", "production"] as const;
/** Whom automated replies go to: only people who engaged with the account first, or anyone. */
export const REPLY_AUDIENCES = ["engaged-first", "anyone"] as const;
/** Who writes first in a Direct Message conversation. */
export const DM_TRIGGERS = ["user-first", "app-first"] as const;
/** Whether X accounts are matched with records from outside X, and on what terms. */
export const OFF_X_MATCHING = ["no", "with-consent", "without-consent"] as const;

export type AccountType = (typeof ACCOUNT_TYPES)[number];
export type EngagementAction = (typeof ENGAGEMENT_ACTIONS)[number];
export type EngagementTrigger = (typeof ENGAGEMENT_TRIGGERS)[number];
export type DisplayLevel = (typeof DISPLAY_LEVELS)[number];
export type SharedKind = (typeof SHARED_KINDS)[number];
export type Environment = (typeof ENVIRONMENTS)[number];
/** "" means not answered yet. */
export type YesNo = "yes" | "no" | "";

const longText = z.string().max(LONG_TEXT_MAX, `At most ${LONG_TEXT_MAX} characters`).default("");
const shortText = z.string().max(SHORT_TEXT_MAX, `At most ${SHORT_TEXT_MAX} characters`).default("");
const yesNo = z.enum(["yes", "no", ""]).default("");
const count = z.number().int("A whole number").min(0, "Zero or more").max(NUMBER_MAX, "Too large").nullable().default(null);
const optionalEnum = <const T extends readonly [string, ...string[]]>(values: T) => z.enum([...values, ""] as [...T, ""]).default("");
const enumSet = <const T extends readonly [string, ...string[]]>(values: T) =>
  z
    .array(z.enum(values))
    .max(values.length)
    .default([])
    // A set, in the questionnaire's order: the same choices always compare and compose alike.
    .transform((list) => values.filter((v) => list.includes(v)) as T[number][]);

/** Field schemas by section; the answers schema and the lenient parser are built from these. */
export const SECTION_SCHEMAS = {
  applicant: z.strictObject({
    accountType: optionalEnum(ACCOUNT_TYPES),
    isLearner: z.boolean().default(false),
    organisation: shortText,
    role: shortText,
  }),
  core: z.strictObject({
    appName: shortText,
    problem: longText,
    audience: longText,
    goal: longText,
    purpose: longText,
    examples: longText,
  }),
  learning: z.strictObject({
    projects: longText,
  }),
  analysis: z.strictObject({
    analyses: yesNo,
    what: longText,
    methods: longText,
    stored: longText,
    retention: shortText,
    deletesRemoved: z.boolean().default(false),
    dataUse: longText,
    trainsModels: yesNo,
    matchesOffX: optionalEnum(OFF_X_MATCHING),
  }),
  engagement: z.strictObject({
    engages: yesNo,
    actions: enumSet(ENGAGEMENT_ACTIONS),
    trigger: optionalEnum(ENGAGEMENT_TRIGGERS),
    replyTo: optionalEnum(REPLY_AUDIENCES),
    details: longText,
    sendsDms: yesNo,
    dmTrigger: optionalEnum(DM_TRIGGERS),
    usesAi: yesNo,
    aiApproved: z.boolean().default(false),
    isLabelled: z.boolean().default(false),
    optOut: shortText,
  }),
  display: z.strictObject({
    displays: yesNo,
    where: longText,
    level: optionalEnum(DISPLAY_LEVELS),
  }),
  sharing: z.strictObject({
    shares: yesNo,
    what: optionalEnum(SHARED_KINDS),
    recipients: longText,
    idsPer30Days: count,
    objectsPerPersonPerDay: count,
    frequency: shortText,
    isAcademicNonCommercial: z.boolean().default(false),
  }),
  government: z.strictObject({
    involved: yesNo,
    details: longText,
  }),
  apps: z.strictObject({
    environments: enumSet(ENVIRONMENTS),
    appCount: count,
    notes: longText,
  }),
  volumes: z.strictObject({
    postsRead: count,
    usersRead: count,
    postsCreated: count,
    postsCreatedWithUrl: count,
  }),
} as const;

export type AnswerSectionId = keyof typeof SECTION_SCHEMAS;
export const ANSWER_SECTION_IDS = Object.keys(SECTION_SCHEMAS) as AnswerSectionId[];

/**
 * The answers as the API accepts them: every section and field optional (defaults fill
 * the gaps), unknown keys refused so a typo in a script is reported instead of ignored.
 */
export const answersSchema = z.strictObject({
  applicant: SECTION_SCHEMAS.applicant.default(() => SECTION_SCHEMAS.applicant.parse({})),
  core: SECTION_SCHEMAS.core.default(() => SECTION_SCHEMAS.core.parse({})),
  learning: SECTION_SCHEMAS.learning.default(() => SECTION_SCHEMAS.learning.parse({})),
  analysis: SECTION_SCHEMAS.analysis.default(() => SECTION_SCHEMAS.analysis.parse({})),
  engagement: SECTION_SCHEMAS.engagement.default(() => SECTION_SCHEMAS.engagement.parse({})),
  display: SECTION_SCHEMAS.display.default(() => SECTION_SCHEMAS.display.parse({})),
  sharing: SECTION_SCHEMAS.sharing.default(() => SECTION_SCHEMAS.sharing.parse({})),
  government: SECTION_SCHEMAS.government.default(() => SECTION_SCHEMAS.government.parse({})),
  apps: SECTION_SCHEMAS.apps.default(() => SECTION_SCHEMAS.apps.parse({})),
  volumes: SECTION_SCHEMAS.volumes.default(() => SECTION_SCHEMAS.volumes.parse({})),
});

export type Answers = z.output<typeof answersSchema>;
/** What a caller may send: any subset of the sections and fields. */
export type AnswersInput = z.input<typeof answersSchema>;

/** A fresh, empty set of answers. */
export function emptyAnswers(): Answers {
  return answersSchema.parse({});
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

/** Makes a near-miss value valid where that loses nothing the person meant. */
function coerce(value: unknown, fallback: unknown): unknown {
  if (typeof fallback === "string") {
    if (typeof value === "number" && Number.isFinite(value)) return String(value);
    // Too long: keep the start rather than drop the answer.
    if (typeof value === "string") return value.slice(0, LONG_TEXT_MAX);
    return value;
  }
  if (fallback === null) {
    const n = typeof value === "string" ? Number(value.replace(/[\s,_]/g, "")) : value;
    if (typeof n === "number" && Number.isFinite(n)) return Math.min(NUMBER_MAX, Math.max(0, Math.round(n)));
    return value;
  }
  if (Array.isArray(fallback) && Array.isArray(value)) return [...new Set(value.filter((v) => typeof v === "string"))];
  return value;
}

/**
 * Reads answers from anything (stored JSON, an older version's shape, junk) without
 * throwing: each field that is valid is kept, a near miss is repaired (a too-long text is
 * cut, "1,000" becomes 1000), and anything else falls back to its default.
 */
export function parseAnswers(input: unknown): Answers {
  const result = emptyAnswers();
  if (!isRecord(input)) return result;
  for (const sectionId of ANSWER_SECTION_IDS) {
    const raw = input[sectionId];
    if (!isRecord(raw)) continue;
    const schema = SECTION_SCHEMAS[sectionId];
    const target = result[sectionId] as Record<string, unknown>;
    for (const [field, fieldSchema] of Object.entries(schema.shape) as [string, z.ZodType][]) {
      if (!(field in raw)) continue;
      const value = raw[field];
      let parsed = fieldSchema.safeParse(value);
      if (!parsed.success) {
        const fallback = target[field];
        let repaired = coerce(value, fallback);
        // A list: keep each valid choice, drop the rest.
        if (Array.isArray(repaired)) repaired = repaired.filter((item) => fieldSchema.safeParse([item]).success);
        // A cut string must respect the field's own (possibly shorter) limit.
        if (typeof repaired === "string" && typeof fallback === "string") {
          const maxLength = (fieldSchema as z.ZodDefault<z.ZodString>).unwrap().maxLength;
          if (maxLength !== null) repaired = repaired.slice(0, maxLength);
        }
        parsed = fieldSchema.safeParse(repaired);
      }
      if (parsed.success) target[field] = parsed.data;
    }
  }
  return result;
}

/** True when no question has been answered yet. */
export function isEmptyAnswers(answers: Answers): boolean {
  return JSON.stringify(answers) === JSON.stringify(emptyAnswers());
}
