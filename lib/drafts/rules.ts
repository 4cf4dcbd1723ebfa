/**
 * The policy check's rules, as data: an id, a category, a severity, a one-line reason, the
 * guide step that explains it, and a matcher over the text (and the answers, when given).
 * Matchers are built from the concepts in concepts.ts, so they survive paraphrase,
 * inflection and case, and they skip negated statements ("we never sell data").
 */
import type { Answers } from "./answers";
import { C } from "./concepts";
import { formatCount } from "./format";
import { GUIDE_LINKS, type GuideLink } from "./guide-links";
import { POLICY_LIMITS } from "./policy-limits";
import type { DraftSectionId } from "./sections";
import { cooccur, excerpt, matchSentence, mentions, numbersIn, type Concept, type Match, type Sentence, type TextDoc } from "./text-match";

export const SEVERITIES = ["error", "warning", "info"] as const;
export type Severity = (typeof SEVERITIES)[number];
export const CATEGORIES = ["missing", "vague", "risky", "limits", "consistency"] as const;
export type Category = (typeof CATEGORIES)[number];

/** What a matcher sees: the analysed text, its sections, and the answers if any. */
export type LintContext = {
  text: string;
  doc: TextDoc;
  answers: Answers | null;
  /** All sentences, heading lines left out. */
  all: Sentence[];
  /** The sentences of one reviewer section, or all of them when the text has no such heading. */
  scope: (id: DraftSectionId) => Sentence[];
  /** Words in one section's scope. */
  words: (id: DraftSectionId) => number;
};

export type Hit = { excerpt?: string; section?: DraftSectionId };

export type Rule = {
  id: string;
  category: Category;
  severity: Severity;
  /** One line: what is wrong and what to do. */
  message: string;
  guide: GuideLink;
  /** The first place the rule applies, or null. */
  match: (ctx: LintContext) => Hit | null;
};

// ---------------------------------------------------------------------------------------
// Matcher helpers

const quote = (ctx: LintContext, m: Match | undefined, section?: DraftSectionId): Hit => (m ? { excerpt: excerpt(ctx.text, m.sentence), section } : { section });
const fromAnswer = (text: string, section?: DraftSectionId): Hit => ({ excerpt: `Your answer: ${text}`, section });

type Stance = "affirmed" | "denied" | "unstated";

/** Whether the sentences say yes, say no, or say nothing about a topic. */
function stanceOf(sentences: Sentence[], affirm: Concept, options: { deny?: Concept; unless?: Concept } = {}): { stance: Stance; match?: Match } {
  let denied: Match | undefined;
  for (const s of sentences) {
    if (options.unless && matchSentence(s, options.unless).length > 0) continue;
    for (const m of matchSentence(s, affirm)) {
      if (!m.isNegated) return { stance: "affirmed", match: m };
      denied ??= m;
    }
    if (!denied && options.deny) denied = matchSentence(s, options.deny)[0];
  }
  return denied ? { stance: "denied", match: denied } : { stance: "unstated" };
}

type Topic = { section: DraftSectionId; affirm: Concept; deny?: Concept; unless?: Concept; answer: (a: Answers) => "yes" | "no" | "" };

const TOPICS = {
  analysis: { section: "analysis", affirm: C.analysis, answer: (a) => a.analysis.analyses },
  engagement: { section: "engagement", affirm: C.engage, deny: C.engageDeny, answer: (a) => a.engagement.engages },
  display: { section: "display", affirm: C.display, answer: (a) => a.display.displays },
  sharing: { section: "sharing", affirm: C.sharing, answer: (a) => a.sharing.shares },
  government: { section: "government", affirm: C.government, unless: C.governmentFunded, answer: (a) => a.government.involved },
} satisfies Record<string, Topic>;

const topicStance = (ctx: LintContext, t: Topic) => stanceOf(ctx.scope(t.section), t.affirm, { deny: t.deny, unless: t.unless });

/** The draft never says yes or no to a topic reviewers ask about. */
function missingTopic(t: Topic): Rule["match"] {
  return (ctx) => (topicStance(ctx, t).stance === "unstated" ? { section: t.section } : null);
}

/** The draft says the opposite of the answer. */
function contradicts(t: Topic): Rule["match"] {
  return (ctx) => {
    if (!ctx.answers) return null;
    const answer = t.answer(ctx.answers);
    if (answer === "") return null;
    const { stance, match } = topicStance(ctx, t);
    if ((answer === "yes" && stance === "denied") || (answer === "no" && stance === "affirmed")) return quote(ctx, match, t.section);
    return null;
  };
}

/** The largest number in a sentence, scaled to a 30-day window by the period it names. */
function perThirtyDays(s: Sentence): number {
  const max = Math.max(0, ...numbersIn(s));
  if (mentions([s], C.perDay, "any")) return max * 30;
  if (mentions([s], C.perWeek, "any")) return (max * 30) / 7;
  if (mentions([s], C.perYear, "any")) return max / 12;
  return max;
}

const ACTION_CONCEPTS = { post: C.actionPost, reply: C.actionReply, retweet: C.actionRetweet, like: C.actionLike } as const;
const ACTION_LABELS = { post: "posting", reply: "replying", retweet: "Retweeting", like: "liking" } as const;

const L = POLICY_LIMITS;

// ---------------------------------------------------------------------------------------
// The rules

export const RULES: Rule[] = [
  // --- missing ----------------------------------------------------------------------------
  {
    id: "missing-core",
    category: "missing",
    severity: "error",
    message: "The core use case is missing or too thin: say what problem the App solves, for whom, and why.",
    guide: GUIDE_LINKS.describeUseCase,
    match: (ctx) => {
      const a = ctx.answers?.core;
      if (a && !a.problem.trim() && !a.goal.trim() && !a.purpose.trim()) return { section: "core" };
      return ctx.words("core") < 30 ? { section: "core" } : null;
    },
  },
  {
    id: "missing-audience",
    category: "missing",
    severity: "warning",
    message: "No user story: say who uses the App and what they do with it.",
    guide: GUIDE_LINKS.describeUseCase,
    match: (ctx) => {
      if (ctx.answers) return ctx.answers.core.audience.trim() === "" ? { section: "core" } : null;
      return mentions(ctx.scope("core"), C.audience, "any") ? null : { section: "core" };
    },
  },
  {
    id: "missing-learner-projects",
    category: "missing",
    severity: "warning",
    message: "As a learner, name the projects or areas you plan to explore instead of a finished product.",
    guide: GUIDE_LINKS.describeUseCase,
    match: (ctx) => {
      if (ctx.answers) return ctx.answers.applicant.isLearner && ctx.answers.learning.projects.trim() === "" ? { section: "core" } : null;
      const learner = cooccur(ctx.all, C.learner)[0];
      return learner && !mentions(ctx.all, C.project, "any") ? quote(ctx, learner, "core") : null;
    },
  },
  {
    id: "missing-analysis",
    category: "missing",
    severity: "warning",
    message: "The draft never says whether you analyse Tweets or users; say so even if you don't.",
    guide: GUIDE_LINKS.describeUseCase,
    match: missingTopic(TOPICS.analysis),
  },
  {
    id: "missing-engagement",
    category: "missing",
    severity: "warning",
    message: "The draft never says whether the App Tweets, Retweets or likes; say so even if it doesn't.",
    guide: GUIDE_LINKS.describeUseCase,
    match: missingTopic(TOPICS.engagement),
  },
  {
    id: "missing-display",
    category: "missing",
    severity: "warning",
    message: "The draft never says whether Twitter content is shown off Twitter; say so even if it isn't.",
    guide: GUIDE_LINKS.describeUseCase,
    match: missingTopic(TOPICS.display),
  },
  {
    id: "missing-sharing",
    category: "missing",
    severity: "warning",
    message: "The draft never says whether Tweet IDs or content are shared with anyone; say so even if not.",
    guide: GUIDE_LINKS.sharing,
    match: missingTopic(TOPICS.sharing),
  },
  {
    id: "missing-government",
    category: "missing",
    severity: "warning",
    message: "The draft never says whether a government entity is involved; reviewers ask about it directly.",
    guide: GUIDE_LINKS.keepCurrent,
    match: missingTopic(TOPICS.government),
  },
  {
    id: "missing-apps",
    category: "missing",
    severity: "info",
    message: "Say how many Apps this use case needs and for which environments (development, staging, production).",
    guide: GUIDE_LINKS.oneAppPerUseCase,
    match: (ctx) => {
      if (ctx.answers) {
        const { environments, appCount } = ctx.answers.apps;
        return environments.length === 0 && appCount === null ? { section: "apps" } : null;
      }
      return mentions(ctx.scope("apps"), C.appsDeclared, "any") ? null : { section: "apps" };
    },
  },
  {
    id: "missing-retention",
    category: "missing",
    severity: "warning",
    message: "You store Twitter data but never say for how long; give a retention period or when it is deleted.",
    guide: GUIDE_LINKS.enforcement,
    match: (ctx) => {
      const stored = cooccur(ctx.all, C.store)[0];
      if (!stored) return null;
      // The period belongs with the storage: in the analysis section, or in the same sentence.
      return mentions([...ctx.scope("analysis"), stored.sentence], C.duration, "any") ? null : quote(ctx, stored, "analysis");
    },
  },

  // --- vague ------------------------------------------------------------------------------
  {
    id: "vague-filler",
    category: "vague",
    severity: "warning",
    message: "A filler phrase (\"various purposes\", \"etc.\") tells the reviewer nothing: name the specific thing instead.",
    guide: GUIDE_LINKS.review,
    match: (ctx) => {
      const m = cooccur(ctx.all, C.filler)[0];
      return m ? quote(ctx, m) : null;
    },
  },
  {
    id: "vague-analysis-method",
    category: "vague",
    severity: "warning",
    message: "An analysis or research is named without a method: say which technique, model or tool you use.",
    guide: GUIDE_LINKS.describeUseCase,
    match: (ctx) => {
      const scope = ctx.scope("analysis");
      const claim = cooccur(scope, C.analysis)[0];
      if (!claim) return null;
      return mentions(scope, C.method, "any") ? null : quote(ctx, claim, "analysis");
    },
  },
  {
    id: "vague-display",
    category: "vague",
    severity: "warning",
    message: "Display is mentioned without where and how: name the page or product, and say row level or aggregated.",
    guide: GUIDE_LINKS.describeUseCase,
    match: (ctx) => {
      const scope = ctx.scope("display");
      const shown = cooccur(scope, C.display)[0];
      if (!shown) return null;
      return mentions(scope, C.displayWhere, "any") && mentions(scope, C.displayHow, "any") ? null : quote(ctx, shown, "display");
    },
  },

  // --- risky ------------------------------------------------------------------------------
  {
    id: "risky-tracking-individuals",
    category: "risky",
    severity: "error",
    message: "Tracking or profiling specific people goes against users' expectations of privacy and is restricted.",
    guide: GUIDE_LINKS.enforcement,
    match: (ctx) => {
      const m = cooccur(ctx.all, C.track)[0];
      return m ? quote(ctx, m) : null;
    },
  },
  {
    id: "risky-sensitive-traits",
    category: "risky",
    severity: "error",
    message: "Inferring people's health, politics, religion, sexual orientation or ethnicity is a restricted use.",
    guide: GUIDE_LINKS.enforcement,
    match: (ctx) => {
      const m = cooccur(ctx.all, C.infer, { with: [C.sensitiveTrait] })[0];
      return m ? quote(ctx, m) : null;
    },
  },
  {
    id: "risky-surveillance",
    category: "risky",
    severity: "error",
    message: "Surveillance, or monitoring protesters, activists or journalists, is not an allowed use of Twitter data.",
    guide: GUIDE_LINKS.enforcement,
    match: (ctx) => {
      const m = cooccur(ctx.all, C.surveillance)[0];
      return m ? quote(ctx, m) : null;
    },
  },
  {
    id: "risky-selling-data",
    category: "risky",
    severity: "error",
    message: "Selling or licensing Twitter data to others is not allowed; say what you charge for instead.",
    guide: GUIDE_LINKS.sharing,
    match: (ctx) => {
      const m = cooccur(ctx.all, C.sell)[0];
      return m ? quote(ctx, m) : null;
    },
  },
  {
    id: "risky-redistributing-content",
    category: "risky",
    severity: "error",
    message: "Third parties may get only Tweet IDs and user IDs, not full content (small manual downloads aside).",
    guide: GUIDE_LINKS.sharing,
    match: (ctx) => {
      const m = cooccur(ctx.all, C.distribute, { with: [C.fullContent, C.thirdParty], unless: [C.onlyIds, C.manualDownload] })[0];
      if (m) return quote(ctx, m, "sharing");
      const s = ctx.answers?.sharing;
      if (s?.shares === "yes" && (s.what === "objects" || s.what === "both") && /\b(api|automat|feed|stream|webhook)/i.test(s.recipients)) return fromAnswer(s.recipients, "sharing");
      return null;
    },
  },
  {
    id: "risky-government",
    category: "risky",
    severity: "warning",
    message: "Government use is defined in the Developer Agreement and reviewed closely: name the entity and exactly what it gets.",
    guide: GUIDE_LINKS.keepCurrent,
    match: (ctx) => {
      if (ctx.answers?.government.involved === "yes") return { section: "government", excerpt: "Your answer: a government entity is involved" };
      const m = cooccur(ctx.all, C.government, { unless: [C.governmentFunded] })[0];
      return m ? quote(ctx, m, "government") : null;
    },
  },
  {
    id: "risky-automated-engagement",
    category: "risky",
    severity: "error",
    message: "Automated likes, follows and bulk actions break the Automation Rules; make each one a person's action.",
    guide: GUIDE_LINKS.terms,
    match: (ctx) => {
      const e = ctx.answers?.engagement;
      if (e?.engages === "yes" && e.actions.includes("like") && (e.trigger === "automated" || e.trigger === "both")) return { section: "engagement", excerpt: "Your answers: the App likes Tweets automatically" };
      const m = cooccur(ctx.all, C.automatedEngagement)[0];
      return m ? quote(ctx, m, "engagement") : null;
    },
  },
  {
    id: "risky-customer-apps",
    category: "risky",
    severity: "error",
    message: "Customers must authorise your one App with OAuth, never register their own Apps or hand you their keys.",
    guide: GUIDE_LINKS.oneAppPerUseCase,
    match: (ctx) => {
      const m = cooccur(ctx.all, C.customerApps)[0];
      return m ? quote(ctx, m, "apps") : null;
    },
  },

  // --- limits -----------------------------------------------------------------------------
  {
    id: "limits-tweet-ids",
    category: "limits",
    severity: "error",
    message: `More than ${formatCount(L.tweetIdsPer30Days)} Tweet IDs to one entity in any 30 days needs Twitter's written permission.`,
    guide: GUIDE_LINKS.sharing,
    match: (ctx) => {
      const s = ctx.answers?.sharing;
      const isAcademic = s?.isAcademicNonCommercial || (mentions(ctx.all, C.academic, "affirmed") && mentions(ctx.all, C.academicNonCommercial, "any"));
      if (isAcademic) return null;
      if (s?.shares === "yes" && (s.idsPer30Days ?? 0) > L.tweetIdsPer30Days) return fromAnswer(`${formatCount(s.idsPer30Days!)} Tweet IDs per recipient in 30 days`, "sharing");
      for (const m of cooccur(ctx.all, C.distribute, { with: [C.tweetIds] })) {
        if (perThirtyDays(m.sentence) > L.tweetIdsPer30Days) return quote(ctx, m, "sharing");
      }
      return null;
    },
  },
  {
    id: "limits-objects-per-day",
    category: "limits",
    severity: "error",
    message: `At most ${formatCount(L.objectsPerPersonPerDay)} full Tweet or user objects per person per day, and only by manual download.`,
    guide: GUIDE_LINKS.sharing,
    match: (ctx) => {
      const s = ctx.answers?.sharing;
      if (s?.shares === "yes" && (s.objectsPerPersonPerDay ?? 0) > L.objectsPerPersonPerDay) return fromAnswer(`${formatCount(s.objectsPerPersonPerDay!)} objects per person per day`, "sharing");
      for (const m of cooccur(ctx.all, C.deliver, { with: [C.fullObjects, C.perDay], unless: [C.onlyIds] })) {
        if (Math.max(0, ...numbersIn(m.sentence)) > L.objectsPerPersonPerDay) return quote(ctx, m, "sharing");
      }
      return null;
    },
  },
  {
    id: "limits-apps-per-use-case",
    category: "limits",
    severity: "error",
    message: "One App per use case: only separate development, staging and production Apps are allowed beyond that.",
    guide: GUIDE_LINKS.oneAppPerUseCase,
    match: (ctx) => {
      const a = ctx.answers?.apps;
      if (a && a.appCount !== null && (a.appCount > L.environments.length || (a.environments.length > 0 && a.appCount > a.environments.length))) {
        return fromAnswer(`${formatCount(a.appCount)} Apps for ${a.environments.length ? a.environments.join(", ") : "this use case"}`, "apps");
      }
      for (const m of cooccur(ctx.all, C.manyApps, { unless: [C.environments] })) {
        const count = Math.max(0, ...numbersIn(m.sentence));
        // "2 apps" could be development and production; a word like "several" or a count above three cannot.
        if (count === 0 || count > L.environments.length) return quote(ctx, m, "apps");
      }
      return null;
    },
  },
  {
    id: "limits-account-posts",
    category: "limits",
    severity: "warning",
    message: `An account can post at most ${formatCount(L.accountPostsPerDay)} Tweets a day, Retweets and replies included.`,
    guide: GUIDE_LINKS.postLimits,
    match: (ctx) => {
      for (const m of cooccur(ctx.all, C.actionPost, { with: [C.perDay] })) {
        if (Math.max(0, ...numbersIn(m.sentence)) > L.accountPostsPerDay) return quote(ctx, m, "engagement");
      }
      return null;
    },
  },

  // --- consistency ------------------------------------------------------------------------
  {
    id: "consistency-analysis",
    category: "consistency",
    severity: "error",
    message: "The draft and your answers disagree on whether you analyse Tweets or users; the description is binding.",
    guide: GUIDE_LINKS.keepCurrent,
    match: contradicts(TOPICS.analysis),
  },
  {
    id: "consistency-engagement",
    category: "consistency",
    severity: "error",
    message: "The draft contradicts your answers about posting, replying, Retweeting or liking; the description is binding.",
    guide: GUIDE_LINKS.keepCurrent,
    match: (ctx) => {
      const whole = contradicts(TOPICS.engagement)(ctx);
      if (whole || !ctx.answers || ctx.answers.engagement.engages !== "yes") return whole;
      // Action by action: an answer says "likes" while the draft says it never likes, or the reverse.
      const scope = ctx.scope("engagement");
      const declared = ctx.answers.engagement.actions;
      for (const action of Object.keys(ACTION_CONCEPTS) as (keyof typeof ACTION_CONCEPTS)[]) {
        const { stance, match } = stanceOf(scope, ACTION_CONCEPTS[action]);
        if (declared.includes(action) && stance === "denied") return quote(ctx, match, "engagement");
        if (declared.length > 0 && !declared.includes(action) && stance === "affirmed") return { ...quote(ctx, match, "engagement"), excerpt: `${quote(ctx, match).excerpt ?? ""} (your answers leave out ${ACTION_LABELS[action]})` };
      }
      return null;
    },
  },
  {
    id: "consistency-display",
    category: "consistency",
    severity: "error",
    message: "The draft and your answers disagree on whether Twitter content is shown off Twitter.",
    guide: GUIDE_LINKS.keepCurrent,
    match: contradicts(TOPICS.display),
  },
  {
    id: "consistency-sharing",
    category: "consistency",
    severity: "error",
    message: "The draft and your answers disagree on whether Tweet IDs or content are shared.",
    guide: GUIDE_LINKS.keepCurrent,
    match: contradicts(TOPICS.sharing),
  },
  {
    id: "consistency-government",
    category: "consistency",
    severity: "error",
    message: "The draft and your answers disagree on whether a government entity is involved.",
    guide: GUIDE_LINKS.keepCurrent,
    match: contradicts(TOPICS.government),
  },
  {
    id: "consistency-volumes",
    category: "consistency",
    severity: "warning",
    message: "You expect to create posts each month, but your answers say the App does not post.",
    guide: GUIDE_LINKS.describeUseCase,
    match: (ctx) => {
      const a = ctx.answers;
      if (!a || !a.volumes.postsCreated || a.engagement.engages !== "no") return null;
      return fromAnswer(`${formatCount(a.volumes.postsCreated)} posts created per month`, "engagement");
    },
  },
];

/** A rule by id. */
export function ruleById(id: string): Rule | undefined {
  return RULES.find((r) => r.id === id);
}
