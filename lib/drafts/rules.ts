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
import type { XSourceId } from "@/lib/x/sources";

export const SEVERITIES = ["error", "warning", "info"] as const;
export type Severity = (typeof SEVERITIES)[number];
export const CATEGORIES = ["missing", "vague", "risky", "limits", "consistency"] as const;
export type Category = (typeof CATEGORIES)[number];
/**
 * The part of X's guidelines a rule belongs to: the "allowed or not?" scenario groups of the
 * Developer Guidelines (posting, replies and mentions, Direct Messages, engagement,
 * promotions, data and research), its automation rules, and what reviewers ask of every
 * description. The policy bench reports recall and false alarms per topic.
 */
export const TOPICS = ["review", "posting", "replies", "dms", "engagement", "promotions", "data", "automation"] as const;
export type Topic = (typeof TOPICS)[number];

/** The guideline a rule rests on: a page in lib/x/sources.ts and the heading on that page. */
export type RuleBasis = { source: XSourceId; section: string };

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
  topic: Topic;
  basis: RuleBasis;
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

type AnswerTopic = { section: DraftSectionId; affirm: Concept; deny?: Concept; unless?: Concept; answer: (a: Answers) => "yes" | "no" | "" };

const ANSWER_TOPICS = {
  analysis: { section: "analysis", affirm: C.analysis, answer: (a) => a.analysis.analyses },
  engagement: { section: "engagement", affirm: C.engage, deny: C.engageDeny, answer: (a) => a.engagement.engages },
  display: { section: "display", affirm: C.display, answer: (a) => a.display.displays },
  sharing: { section: "sharing", affirm: C.sharing, answer: (a) => a.sharing.shares },
  government: { section: "government", affirm: C.government, unless: C.governmentFunded, answer: (a) => a.government.involved },
} satisfies Record<string, AnswerTopic>;

const topicStance = (ctx: LintContext, t: AnswerTopic) => stanceOf(ctx.scope(t.section), t.affirm, { deny: t.deny, unless: t.unless });

/** The draft never says yes or no to a topic reviewers ask about. */
function missingTopic(t: AnswerTopic): Rule["match"] {
  return (ctx) => (topicStance(ctx, t).stance === "unstated" ? { section: t.section } : null);
}

/** The draft says the opposite of the answer. */
function contradicts(t: AnswerTopic): Rule["match"] {
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

/** The first sentence where `head` is affirmed (with the other concepts present), quoted. */
function firstQuote(ctx: LintContext, head: Concept, options: Parameters<typeof cooccur>[2] = {}, section?: DraftSectionId): Hit | null {
  const m = cooccur(ctx.all, head, options)[0];
  return m ? quote(ctx, m, section) : null;
}

const writesAutomatically = (a: Answers) => a.engagement.engages === "yes" && (a.engagement.trigger === "automated" || a.engagement.trigger === "both");
const contactsAutomatically = (a: Answers) =>
  (writesAutomatically(a) && a.engagement.actions.includes("reply")) || (a.engagement.sendsDms === "yes" && a.engagement.dmTrigger !== "");


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
    topic: "review",
    basis: { source: "developerPolicy", section: "Set yourself up for success" },
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
    topic: "review",
    basis: { source: "developerPolicy", section: "Set yourself up for success" },
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
    topic: "review",
    basis: { source: "policyFaq", section: "What is a 'use case' for the Twitter API?" },
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
    topic: "review",
    basis: { source: "developerPolicy", section: "Set yourself up for success" },
    match: missingTopic(ANSWER_TOPICS.analysis),
  },
  {
    id: "missing-engagement",
    category: "missing",
    severity: "warning",
    message: "The draft never says whether the App Tweets, Retweets or likes; say so even if it doesn't.",
    guide: GUIDE_LINKS.describeUseCase,
    topic: "review",
    basis: { source: "developerPolicy", section: "Set yourself up for success" },
    match: missingTopic(ANSWER_TOPICS.engagement),
  },
  {
    id: "missing-display",
    category: "missing",
    severity: "warning",
    message: "The draft never says whether Twitter content is shown off Twitter; say so even if it isn't.",
    guide: GUIDE_LINKS.describeUseCase,
    topic: "review",
    basis: { source: "developerPolicy", section: "Set yourself up for success" },
    match: missingTopic(ANSWER_TOPICS.display),
  },
  {
    id: "missing-sharing",
    category: "missing",
    severity: "warning",
    message: "The draft never says whether Tweet IDs or content are shared with anyone; say so even if not.",
    guide: GUIDE_LINKS.sharing,
    topic: "review",
    basis: { source: "developerPolicy", section: "Content redistribution" },
    match: missingTopic(ANSWER_TOPICS.sharing),
  },
  {
    id: "missing-government",
    category: "missing",
    severity: "warning",
    message: "The draft never says whether a government entity is involved; reviewers ask about it directly.",
    guide: GUIDE_LINKS.keepCurrent,
    topic: "review",
    basis: { source: "developerGuidelines", section: "Technical restrictions › Special use cases" },
    match: missingTopic(ANSWER_TOPICS.government),
  },
  {
    id: "missing-apps",
    category: "missing",
    severity: "info",
    message: "Say how many Apps this use case needs and for which environments (development, staging, production).",
    guide: GUIDE_LINKS.oneAppPerUseCase,
    topic: "review",
    basis: { source: "developerPolicy", section: "Set yourself up for success" },
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
    guide: GUIDE_LINKS.handleContent,
    topic: "data",
    basis: { source: "developerPolicy", section: "Content compliance" },
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
    topic: "review",
    basis: { source: "developerPolicy", section: "Set yourself up for success" },
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
    topic: "review",
    basis: { source: "developerPolicy", section: "Set yourself up for success" },
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
    topic: "review",
    basis: { source: "developerPolicy", section: "Public display of Posts" },
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
    guide: GUIDE_LINKS.neverAllowed,
    topic: "data",
    basis: { source: "developerGuidelines", section: "Prohibited activities" },
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
    guide: GUIDE_LINKS.neverAllowed,
    topic: "data",
    basis: { source: "developerGuidelines", section: "Data handling and display requirements › Sensitive data" },
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
    guide: GUIDE_LINKS.neverAllowed,
    topic: "data",
    basis: { source: "restrictedUseCases", section: "Surveillance, privacy, and user protection" },
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
    topic: "data",
    basis: { source: "developerPolicy", section: "Content redistribution" },
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
    topic: "data",
    basis: { source: "restrictedUseCases", section: "Redistribution of X content" },
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
    message: "Government use needs X's Enterprise tier and is reviewed closely: name the entity and exactly what it gets.",
    guide: GUIDE_LINKS.keepCurrent,
    topic: "data",
    basis: { source: "developerGuidelines", section: "Technical restrictions › Special use cases" },
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
    message: "Automated likes, follows, follow-backs and bulk list adds break the Automation Rules; make each one a person's own tap.",
    guide: GUIDE_LINKS.automationRules,
    topic: "engagement",
    basis: { source: "developerGuidelines", section: "Common scenarios: allowed or not? › Engagement" },
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
    topic: "review",
    basis: { source: "restrictedUseCases", section: "Multiple applications" },
    match: (ctx) => {
      const m = cooccur(ctx.all, C.customerApps)[0];
      return m ? quote(ctx, m, "apps") : null;
    },
  },


  // --- today's Developer Guidelines: posting ------------------------------------------------
  {
    id: "risky-duplicate-posting",
    category: "risky",
    severity: "error",
    message: "Posting the same content from several accounts is spam; give each account its own, different content, or use one.",
    guide: GUIDE_LINKS.askFirst,
    topic: "posting",
    basis: { source: "developerGuidelines", section: "Common scenarios: allowed or not? › Content & Posting" },
    match: (ctx) => firstQuote(ctx, C.duplicatePosting, {}, "engagement"),
  },
  {
    id: "risky-trend-manipulation",
    category: "risky",
    severity: "error",
    message: "Posting into trending topics or hashtags to gain reach is trend manipulation; use only tags that fit each post.",
    guide: GUIDE_LINKS.askFirst,
    topic: "posting",
    basis: { source: "developerGuidelines", section: "Common scenarios: allowed or not? › Content & Posting" },
    match: (ctx) => firstQuote(ctx, C.trendManipulation, {}, "engagement"),
  },
  {
    id: "risky-unsolicited-mentions",
    category: "risky",
    severity: "error",
    message: "Automated posts may not @mention people who never engaged with the account; mention only those who asked.",
    guide: GUIDE_LINKS.askFirst,
    topic: "posting",
    basis: { source: "developerGuidelines", section: "Automation rules › Automated actions: what's allowed?" },
    match: (ctx) => firstQuote(ctx, C.mention, { unlessAffirmed: [C.userInitiated] }, "engagement"),
  },

  // --- replies and mentions -----------------------------------------------------------------
  {
    id: "risky-unsolicited-replies",
    category: "risky",
    severity: "error",
    message: "Auto-replies may only answer people who engaged first (mentioned or replied to the account); not keyword or hashtag hits.",
    guide: GUIDE_LINKS.askFirst,
    topic: "replies",
    basis: { source: "developerGuidelines", section: "Common scenarios: allowed or not? › Replies & Mentions" },
    match: (ctx) => {
      const e = ctx.answers?.engagement;
      if (e && e.replyTo === "anyone" && e.actions.includes("reply") && e.trigger !== "user") return { section: "engagement", excerpt: "Your answers: the App replies automatically to people who did not contact it first" };
      return firstQuote(ctx, C.reply, { with: [C.unsolicitedAudience], unlessAffirmed: [C.userInitiated, C.humanWritten] }, "engagement");
    },
  },
  {
    id: "risky-multiple-replies",
    category: "risky",
    severity: "warning",
    message: "An automated account may reply once per interaction; drop follow-up replies and reminders, or let the person ask again.",
    guide: GUIDE_LINKS.askFirst,
    topic: "replies",
    basis: { source: "developerGuidelines", section: "Automation rules › Automated actions: what's allowed?" },
    match: (ctx) => firstQuote(ctx, C.manyReplies, { unlessAffirmed: [C.humanWritten] }, "engagement"),
  },
  {
    id: "risky-ai-content-unapproved",
    category: "risky",
    severity: "warning",
    message: "AI-generated replies or posts need X's approval before launch (Policy Support form); say you have it, or drop the AI.",
    guide: GUIDE_LINKS.askFirst,
    topic: "replies",
    basis: { source: "developerGuidelines", section: "Gray areas explained › AI-Generated Content & Replies" },
    match: (ctx) => {
      const e = ctx.answers?.engagement;
      if (e && e.usesAi === "yes" && !e.aiApproved) return { section: "engagement", excerpt: "Your answers: AI writes posts or replies, and X has not approved it yet" };
      if (e?.aiApproved) return null;
      return firstQuote(ctx, C.aiGenerated, { with: [C.writeOutput], unlessAffirmed: [C.xApproval] }, "engagement");
    },
  },

  // --- Direct Messages ------------------------------------------------------------------------
  {
    id: "risky-unsolicited-dms",
    category: "risky",
    severity: "error",
    message: "Automated DMs go only to people who wrote to you first; no welcome DMs to new followers and no bulk DMs.",
    guide: GUIDE_LINKS.askFirst,
    topic: "dms",
    basis: { source: "developerGuidelines", section: "Common scenarios: allowed or not? › Direct Messages" },
    match: (ctx) => {
      const e = ctx.answers?.engagement;
      if (e && e.sendsDms === "yes" && e.dmTrigger === "app-first") return { section: "engagement", excerpt: "Your answers: the App sends Direct Messages to people who did not write first" };
      return firstQuote(ctx, C.dmUnsolicited, { unlessAffirmed: [C.userInitiated] }, "engagement");
    },
  },
  {
    id: "missing-opt-out",
    category: "missing",
    severity: "warning",
    message: "The App contacts people automatically but never says how they stop it: say that \"stop\" (or a block) ends all contact at once.",
    guide: GUIDE_LINKS.automationRules,
    topic: "dms",
    basis: { source: "developerGuidelines", section: "Automation rules › Requirements for automated accounts" },
    match: (ctx) => {
      if (mentions(ctx.all, C.optOut, "affirmed")) return null;
      if (ctx.answers && contactsAutomatically(ctx.answers) && ctx.answers.engagement.optOut.trim() === "") return { section: "engagement", excerpt: "Your answers: automated replies or messages, with no way to opt out" };
      if (ctx.answers?.engagement.optOut.trim()) return null;
      const m = cooccur(ctx.all, C.automatedContact)[0] ?? cooccur(ctx.all, C.dm, { with: [C.automated] })[0];
      return m ? quote(ctx, m, "engagement") : null;
    },
  },

  // --- engagement and promotions ---------------------------------------------------------------
  {
    id: "risky-selling-engagement",
    category: "risky",
    severity: "error",
    message: "Selling likes, follows, reposts or views, or paying people to engage, is prohibited; charge for your tool, not for engagement.",
    guide: GUIDE_LINKS.automationRules,
    topic: "engagement",
    basis: { source: "developerGuidelines", section: "Prohibited activities" },
    match: (ctx) => firstQuote(ctx, C.sellEngagement, {}, "engagement"),
  },
  {
    id: "risky-giveaway-engagement",
    category: "risky",
    severity: "warning",
    message: "A giveaway that requires follows, reposts or likes to enter can count as manipulation; let people enter by replying instead.",
    guide: GUIDE_LINKS.askFirst,
    topic: "promotions",
    basis: { source: "developerGuidelines", section: "Gray areas explained › Giveaways & Contests" },
    match: (ctx) => firstQuote(ctx, C.engagementEntry, { with: [C.giveaway] }, "engagement"),
  },
  {
    id: "risky-affiliate-links",
    category: "risky",
    severity: "error",
    message: "Affiliate links only go to people who asked for a recommendation, with the relationship disclosed; say both.",
    guide: GUIDE_LINKS.askFirst,
    topic: "promotions",
    basis: { source: "developerGuidelines", section: "Gray areas explained › Affiliate Links & Promotions" },
    match: (ctx) => {
      for (const m of cooccur(ctx.all, C.affiliate)) {
        const s = [m.sentence];
        const unsolicited = mentions(s, C.unsolicitedAudience, "any") && !mentions(s, C.userInitiated, "affirmed");
        if (unsolicited || !mentions(ctx.all, C.disclosure, "affirmed")) return quote(ctx, m, "engagement");
      }
      return null;
    },
  },
  {
    id: "risky-ad-targeting",
    category: "risky",
    severity: "error",
    message: "X content and API data may not be used to target ads outside X; advertise on X through X Ads instead.",
    guide: GUIDE_LINKS.neverAllowed,
    topic: "promotions",
    basis: { source: "developerPolicy", section: "Advertising on X" },
    match: (ctx) => firstQuote(ctx, C.adTargeting, { with: [C.xContent], unless: [C.grok] }, "analysis"),
  },

  // --- data and research --------------------------------------------------------------------
  {
    id: "risky-ai-training",
    category: "risky",
    severity: "error",
    message: "Training or fine-tuning AI or machine-learning models on X content is prohibited (only Grok is excepted); drop the training.",
    guide: GUIDE_LINKS.neverAllowed,
    topic: "data",
    basis: { source: "developerGuidelines", section: "Prohibited activities" },
    match: (ctx) => {
      if (ctx.answers?.analysis.trainsModels === "yes") return { section: "analysis", excerpt: "Your answers: X content trains or fine-tunes a model" };
      return firstQuote(ctx, C.trainModel, { with: [C.aiModel, C.xContent], unless: [C.grok] }, "analysis") ?? firstQuote(ctx, C.trainingData, { with: [C.xContent], unless: [C.grok] }, "analysis");
    },
  },
  {
    id: "risky-scraping",
    category: "risky",
    severity: "error",
    message: "Scraping or browser automation of X means permanent suspension; get every piece of data through the official X API.",
    guide: GUIDE_LINKS.neverAllowed,
    topic: "data",
    basis: { source: "developerGuidelines", section: "Common scenarios: allowed or not? › Data & Research" },
    match: (ctx) => firstQuote(ctx, C.scraping, {}, "analysis"),
  },
  {
    id: "risky-benchmarking",
    category: "risky",
    severity: "error",
    message: "Measuring X itself (its usage, performance or spam, or against rivals) is prohibited; measure your own topic or brand instead.",
    guide: GUIDE_LINKS.neverAllowed,
    topic: "data",
    basis: { source: "developerGuidelines", section: "Technical restrictions" },
    match: (ctx) => firstQuote(ctx, C.benchmark, {}, "analysis"),
  },
  {
    id: "risky-off-x-matching",
    category: "risky",
    severity: "error",
    message: "Matching X accounts to emails, customer records or devices needs each person's opt-in; say how they agree, or drop it.",
    guide: GUIDE_LINKS.handleContent,
    topic: "data",
    basis: { source: "developerGuidelines", section: "Data handling and display requirements › Off-X matching" },
    match: (ctx) => {
      if (ctx.answers?.analysis.matchesOffX === "without-consent") return { section: "analysis", excerpt: "Your answers: X accounts are matched with outside records without opt-in" };
      return firstQuote(ctx, C.offXMatch, { unlessAffirmed: [C.consent] }, "analysis");
    },
  },
  {
    id: "risky-altered-display",
    category: "risky",
    severity: "warning",
    message: "Show X content as posted: no iframes, no edited text, no stripped author, time or attribution; use official embeds.",
    guide: GUIDE_LINKS.handleContent,
    topic: "data",
    basis: { source: "developerGuidelines", section: "Data handling and display requirements › Displaying X content" },
    match: (ctx) => firstQuote(ctx, C.alterDisplay, {}, "display"),
  },
  {
    id: "missing-deletion",
    category: "missing",
    severity: "warning",
    message: "You keep X content: say you delete a post within 24 hours once it is deleted on X or its author asks.",
    guide: GUIDE_LINKS.handleContent,
    topic: "data",
    basis: { source: "developerGuidelines", section: "Data handling and display requirements › Content deletion" },
    match: (ctx) => {
      if (mentions(ctx.all, C.deletionCompliance, "affirmed")) return null;
      const a = ctx.answers?.analysis;
      if (a && a.stored.trim() !== "" && !a.deletesRemoved) return fromAnswer(a.stored, "analysis");
      const stored = cooccur(ctx.all, C.store, { with: [C.xContent] })[0];
      return stored ? quote(ctx, stored, "analysis") : null;
    },
  },
  {
    id: "risky-collecting-passwords",
    category: "risky",
    severity: "error",
    message: "Never ask people for their X password or keep it: let them sign in with X (OAuth) instead.",
    guide: GUIDE_LINKS.neverAllowed,
    topic: "data",
    basis: { source: "developerPolicy", section: "X passwords" },
    match: (ctx) => firstQuote(ctx, C.passwords, {}, "apps"),
  },

  // --- automation rules ---------------------------------------------------------------------------
  {
    id: "missing-automated-label",
    category: "missing",
    severity: "warning",
    message: "An automated account must carry X's Automated label and name its operator in the bio; say that it does.",
    guide: GUIDE_LINKS.automationRules,
    topic: "automation",
    basis: { source: "developerGuidelines", section: "Automation rules › Requirements for automated accounts" },
    match: (ctx) => {
      if (mentions(ctx.all, C.automatedLabel, "affirmed")) return null;
      if (ctx.answers && writesAutomatically(ctx.answers)) return ctx.answers.engagement.isLabelled ? null : { section: "engagement", excerpt: "Your answers: the App writes to X automatically, without the Automated label" };
      return firstQuote(ctx, C.automatedAccount, { unless: [C.deceptiveBot], unlessAffirmed: [C.userInitiated, C.humanWritten] }, "engagement");
    },
  },
  {
    id: "risky-deceptive-bot",
    category: "risky",
    severity: "error",
    message: "A bot must never pass as a person or hide where its links lead; say plainly that it is automated and who runs it.",
    guide: GUIDE_LINKS.automationRules,
    topic: "automation",
    basis: { source: "developerGuidelines", section: "Prohibited activities" },
    match: (ctx) => firstQuote(ctx, C.deceptiveBot, {}, "engagement"),
  },
  {
    id: "risky-rate-limit-circumvention",
    category: "risky",
    severity: "error",
    message: "Getting around rate limits or suspensions (extra Apps, accounts, keys or proxies) is prohibited; work within the limits.",
    guide: GUIDE_LINKS.automationRules,
    topic: "automation",
    basis: { source: "developerGuidelines", section: "Prohibited activities" },
    match: (ctx) => firstQuote(ctx, C.circumvent, {}, "apps"),
  },

  // --- limits -----------------------------------------------------------------------------
  {
    id: "limits-tweet-ids",
    category: "limits",
    severity: "error",
    message: `More than ${formatCount(L.tweetIdsPer30Days)} Tweet IDs to one entity in any 30 days needs Twitter's written permission.`,
    guide: GUIDE_LINKS.sharing,
    topic: "data",
    basis: { source: "developerGuidelines", section: "Technical restrictions" },
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
    topic: "data",
    basis: { source: "developerGuidelines", section: "Technical restrictions" },
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
    topic: "review",
    basis: { source: "developerPolicy", section: "Set yourself up for success" },
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
    topic: "posting",
    basis: { source: "policyFaq", section: "Can I have my App's POST request limit increased…?" },
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
    topic: "review",
    basis: { source: "developerPolicy", section: "Set yourself up for success" },
    match: contradicts(ANSWER_TOPICS.analysis),
  },
  {
    id: "consistency-engagement",
    category: "consistency",
    severity: "error",
    message: "The draft contradicts your answers about posting, replying, Retweeting or liking; the description is binding.",
    guide: GUIDE_LINKS.keepCurrent,
    topic: "review",
    basis: { source: "developerPolicy", section: "Set yourself up for success" },
    match: (ctx) => {
      const whole = contradicts(ANSWER_TOPICS.engagement)(ctx);
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
    topic: "review",
    basis: { source: "developerPolicy", section: "Set yourself up for success" },
    match: contradicts(ANSWER_TOPICS.display),
  },
  {
    id: "consistency-sharing",
    category: "consistency",
    severity: "error",
    message: "The draft and your answers disagree on whether Tweet IDs or content are shared.",
    guide: GUIDE_LINKS.keepCurrent,
    topic: "review",
    basis: { source: "developerPolicy", section: "Set yourself up for success" },
    match: contradicts(ANSWER_TOPICS.sharing),
  },
  {
    id: "consistency-government",
    category: "consistency",
    severity: "error",
    message: "The draft and your answers disagree on whether a government entity is involved.",
    guide: GUIDE_LINKS.keepCurrent,
    topic: "review",
    basis: { source: "developerPolicy", section: "Set yourself up for success" },
    match: contradicts(ANSWER_TOPICS.government),
  },
  {
    id: "consistency-volumes",
    category: "consistency",
    severity: "warning",
    message: "You expect to create posts each month, but your answers say the App does not post.",
    guide: GUIDE_LINKS.describeUseCase,
    topic: "review",
    basis: { source: "developerPolicy", section: "Set yourself up for success" },
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
