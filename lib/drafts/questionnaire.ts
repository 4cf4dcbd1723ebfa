/**
 * The questionnaire as data: steps, and in each step the questions, with the reason
 * reviewers ask (from the developer-policy FAQ) and the guide step that explains it.
 * The form, the composer's tests and the link checks all read this one list.
 */
import type { AnswerSectionId, Answers } from "./answers";
import { GUIDE_LINKS, type GuideLink } from "./guide-links";

export type Option = { value: string; label: string; hint?: string };

/** Which answer a question fills: a section and one of that section's fields. */
type Target = { [S in AnswerSectionId]: { section: S; field: keyof Answers[S] & string } }[AnswerSectionId];

type Base = Target & {
  label: string;
  /** Why reviewers ask: shown under the question. */
  help: string;
  guide: GuideLink;
  placeholder?: string;
  /** Not answering it is fine (the draft simply leaves it out). */
  isOptional?: boolean;
  /** When the question applies; absent means always. */
  appliesWhen?: (answers: Answers) => boolean;
};

export type Question =
  | (Base & { kind: "text" | "textarea"; maxLength: number })
  | (Base & { kind: "choice" | "multi"; options: Option[] })
  | (Base & { kind: "yesno" })
  | (Base & { kind: "boolean" })
  | (Base & { kind: "number"; unit: string });

export type QuestionStep = {
  id: string;
  title: string;
  /** One sentence on what this step covers. */
  intro: string;
  guide: GuideLink;
  questions: Question[];
  appliesWhen?: (answers: Answers) => boolean;
};

const SHORT = 200;
const LONG = 2000;

const isLearner = (a: Answers) => a.applicant.isLearner;
const analyses = (a: Answers) => a.analysis.analyses === "yes";
const engages = (a: Answers) => a.engagement.engages === "yes";
const displays = (a: Answers) => a.display.displays === "yes";
const shares = (a: Answers) => a.sharing.shares === "yes";
const sharesObjects = (a: Answers) => shares(a) && (a.sharing.what === "objects" || a.sharing.what === "both");
const government = (a: Answers) => a.government.involved === "yes";
const stores = (a: Answers) => a.analysis.stored.trim() !== "";
const replies = (a: Answers) => engages(a) && a.engagement.actions.includes("reply");
const automated = (a: Answers) => engages(a) && (a.engagement.trigger === "automated" || a.engagement.trigger === "both");
const sendsDms = (a: Answers) => a.engagement.sendsDms === "yes";
const writes = (a: Answers) => engages(a) || sendsDms(a);
const contactsAutomatically = (a: Answers) => (automated(a) && a.engagement.actions.includes("reply")) || sendsDms(a);

export const QUESTION_STEPS: QuestionStep[] = [
  {
    id: "applicant",
    title: "Who is applying",
    intro: "Reviewers read your answers differently for a company, a hobby project and academic research.",
    guide: GUIDE_LINKS.useType,
    questions: [
      {
        section: "applicant",
        field: "accountType",
        kind: "choice",
        label: "What kind of use is this?",
        help: "The sign-up asks the same: Professional if it is part of your job, Academic only for academic research, Hobbyist for everything else.",
        guide: GUIDE_LINKS.useType,
        options: [
          { value: "professional", label: "Professional", hint: "Part of your job or your company's product" },
          { value: "hobbyist", label: "Hobbyist", hint: "A personal project, learning or exploring" },
          { value: "academic", label: "Academic", hint: "Academic research at an institution" },
        ],
      },
      {
        section: "applicant",
        field: "isLearner",
        kind: "boolean",
        label: "I'm a student, learning to code, or just getting started with the API",
        help: "Reviewers then want to hear about the projects or areas you plan to explore rather than a finished product.",
        guide: GUIDE_LINKS.describeUseCase,
      },
      {
        section: "applicant",
        field: "organisation",
        kind: "text",
        maxLength: SHORT,
        label: "Organisation",
        help: "Who stands behind the App. Reviewers weigh a company's product, a university lab and a personal project differently.",
        guide: GUIDE_LINKS.useType,
        placeholder: "e.g. Crumb & Co. bakery software, or your university and lab",
        isOptional: true,
        appliesWhen: (a) => a.applicant.accountType !== "hobbyist",
      },
      {
        section: "applicant",
        field: "role",
        kind: "text",
        maxLength: SHORT,
        label: "Your role",
        help: "Your role tells the reviewer why you are the one asking, and who answers for the App.",
        guide: GUIDE_LINKS.useType,
        placeholder: "e.g. lead developer, PhD student, support manager",
        isOptional: true,
      },
    ],
  },
  {
    id: "core",
    title: "Core use case",
    intro: "The heart of the review: what problem the App solves, for whom, and why.",
    guide: GUIDE_LINKS.describeUseCase,
    questions: [
      {
        section: "core",
        field: "appName",
        kind: "text",
        maxLength: SHORT,
        label: "Name of the App or project",
        help: "A name lets the description, the App in the portal and any sample work point at the same thing.",
        guide: GUIDE_LINKS.oneAppPerUseCase,
        placeholder: "e.g. Crumb Replies",
        isOptional: true,
      },
      {
        section: "core",
        field: "problem",
        kind: "textarea",
        maxLength: LONG,
        label: "What problem does it solve?",
        help: "Reviewers ask for the problem first: a concrete problem is the clearest sign of a genuine use case.",
        guide: GUIDE_LINKS.describeUseCase,
        placeholder: "e.g. small bakeries miss customer questions sent to them on X because nobody watches the account all day",
      },
      {
        section: "core",
        field: "audience",
        kind: "textarea",
        maxLength: LONG,
        label: "Who is it for? (the user story)",
        help: "The FAQ asks for a user story: who uses the App, and what they do with it.",
        guide: GUIDE_LINKS.describeUseCase,
        placeholder: "e.g. the owner of a bakery who signs in with their X account and answers questions from one inbox",
      },
      {
        section: "core",
        field: "goal",
        kind: "textarea",
        maxLength: LONG,
        label: "What is the goal?",
        help: "The outcome you want tells reviewers how much data and access you really need.",
        guide: GUIDE_LINKS.describeUseCase,
        placeholder: "e.g. every customer question gets an answer within a working day",
      },
      {
        section: "core",
        field: "purpose",
        kind: "textarea",
        maxLength: LONG,
        label: "What is the business purpose?",
        help: "Reviewers want the intent behind the App. It need not be commercial: teaching, research and public good count.",
        guide: GUIDE_LINKS.describeUseCase,
        placeholder: "e.g. a paid subscription for bakeries; or coursework for a university module",
      },
      {
        section: "core",
        field: "examples",
        kind: "textarea",
        maxLength: LONG,
        label: "Links to mock-ups, screenshots or sample work",
        help: "Illustrations and sample output make a review much easier, so the FAQ asks for them where possible.",
        guide: GUIDE_LINKS.describeUseCase,
        placeholder: "e.g. https://example.com/crumb-replies-mockup.png",
        isOptional: true,
      },
    ],
  },
  {
    id: "learning",
    title: "What you want to learn",
    intro: "For students and people learning to code, the review looks at the projects you have in mind.",
    guide: GUIDE_LINKS.describeUseCase,
    appliesWhen: isLearner,
    questions: [
      {
        section: "learning",
        field: "projects",
        kind: "textarea",
        maxLength: LONG,
        label: "Which projects or areas will you explore?",
        help: "Learners are asked for potential projects or areas of focus instead of a finished product, so name them.",
        guide: GUIDE_LINKS.describeUseCase,
        placeholder: "e.g. a bot that replies with the weather; counting hashtags during a football match",
      },
    ],
  },
  {
    id: "analysis",
    title: "Analysing Tweets and users",
    intro: "Any processing of Twitter content counts as analysis for the review.",
    guide: GUIDE_LINKS.describeUseCase,
    questions: [
      {
        section: "analysis",
        field: "analyses",
        kind: "yesno",
        label: "Will you analyse Tweets, Twitter users or their content?",
        help: "Twitter counts any processing of its content as analysis, so answer yes if you filter, count, classify or summarise anything.",
        guide: GUIDE_LINKS.describeUseCase,
      },
      {
        section: "analysis",
        field: "what",
        kind: "textarea",
        maxLength: LONG,
        label: "Which analyses?",
        help: "Reviewers ask for as complete a list of analyses as you can give; each one should follow from the use case.",
        guide: GUIDE_LINKS.describeUseCase,
        placeholder: "e.g. detect which mentions are questions, and count questions per day",
        appliesWhen: analyses,
      },
      {
        section: "analysis",
        field: "methods",
        kind: "textarea",
        maxLength: LONG,
        label: "With which methods or techniques?",
        help: "An analysis without a method is the most common vague answer. Name the technique, model or tool.",
        guide: GUIDE_LINKS.describeUseCase,
        placeholder: "e.g. keyword rules plus a small text classifier trained on our own labelled examples",
        appliesWhen: analyses,
      },
      {
        section: "analysis",
        field: "stored",
        kind: "textarea",
        maxLength: LONG,
        label: "What Twitter data do you store?",
        help: "Storage is where privacy expectations bite: say what you keep (IDs, text, profiles, results) so reviewers can judge it.",
        guide: GUIDE_LINKS.enforcement,
        placeholder: "e.g. the Tweet ID, text and author ID of each mention, and our label for it",
      },
      {
        section: "analysis",
        field: "retention",
        kind: "text",
        maxLength: SHORT,
        label: "For how long?",
        help: "A retention period shows you have thought about deletion. Say when stored data is removed.",
        guide: GUIDE_LINKS.enforcement,
        placeholder: "e.g. 90 days, or until the customer disconnects their account",
        appliesWhen: stores,
      },
      {
        section: "analysis",
        field: "deletesRemoved",
        kind: "boolean",
        label: "We delete stored X content within 24 hours when it is deleted on X or its author asks",
        help: "The Developer Guidelines require it (and deleting everything within 10 business days if your access ends). Tick it only if you do.",
        guide: GUIDE_LINKS.handleContent,
        appliesWhen: stores,
      },
      {
        section: "analysis",
        field: "dataUse",
        kind: "textarea",
        maxLength: LONG,
        label: "What is the X data used for, and by whom?",
        help: "Reviewers judge the use, not just the collection: say what the data feeds (a feature, a report, research) and who sees the results.",
        guide: GUIDE_LINKS.neverAllowed,
        placeholder: "e.g. only to sort each bakery's mentions into questions and other messages; nobody outside the bakery sees them",
      },
      {
        section: "analysis",
        field: "trainsModels",
        kind: "yesno",
        label: "Will X content train or fine-tune any AI or machine-learning model?",
        help: "X prohibits using its content to train or fine-tune models (only its own Grok is excepted). Using a ready-made model on posts is a different thing: say which.",
        guide: GUIDE_LINKS.neverAllowed,
      },
      {
        section: "analysis",
        field: "matchesOffX",
        kind: "choice",
        label: "Will you match X accounts with records from outside X (emails, customer records, devices)?",
        help: "Off-X matching needs each person's express opt-in, for example when they give you their handle at sign-up.",
        guide: GUIDE_LINKS.handleContent,
        options: [
          { value: "no", label: "No" },
          { value: "with-consent", label: "Yes, only for people who opted in" },
          { value: "without-consent", label: "Yes, without asking each person" },
        ],
      },
    ],
  },
  {
    id: "engagement",
    title: "Posting and engagement",
    intro: "Tweeting, Retweeting and liking are regulated by the Automation Rules.",
    guide: GUIDE_LINKS.describeUseCase,
    questions: [
      {
        section: "engagement",
        field: "engages",
        kind: "yesno",
        label: "Will the App Tweet, reply, Retweet or like?",
        help: "Reviewers need to know whether the App writes to Twitter at all, and how it interacts with accounts and their content.",
        guide: GUIDE_LINKS.describeUseCase,
      },
      {
        section: "engagement",
        field: "actions",
        kind: "multi",
        label: "Which actions?",
        help: "Name every kind of write. The draft lists them, and the check compares them with what the description says.",
        guide: GUIDE_LINKS.describeUseCase,
        options: [
          { value: "post", label: "Post Tweets" },
          { value: "reply", label: "Reply to Tweets" },
          { value: "retweet", label: "Retweet" },
          { value: "like", label: "Like Tweets" },
        ],
        appliesWhen: engages,
      },
      {
        section: "engagement",
        field: "trigger",
        kind: "choice",
        label: "Who sets each action off?",
        help: "The Automation Rules treat automated actions far more strictly than actions a person takes through your App.",
        guide: GUIDE_LINKS.terms,
        options: [
          { value: "user", label: "A person, each time", hint: "Someone clicks a button in the App" },
          { value: "automated", label: "The App, automatically", hint: "On a schedule or in response to events" },
          { value: "both", label: "Both" },
        ],
        appliesWhen: engages,
      },
      {
        section: "engagement",
        field: "replyTo",
        kind: "choice",
        label: "Whom does it reply to?",
        help: "Automated replies may only go to people who engaged with the account first (a mention, a reply), and once per interaction.",
        guide: GUIDE_LINKS.askFirst,
        options: [
          { value: "engaged-first", label: "Only people who mentioned or replied to the account first" },
          { value: "anyone", label: "Anyone whose post matches a keyword, hashtag or topic" },
        ],
        appliesWhen: replies,
      },
      {
        section: "engagement",
        field: "details",
        kind: "textarea",
        maxLength: LONG,
        label: "How does it interact with accounts?",
        help: "Say whose accounts act, on whose behalf, towards whom and how often.",
        guide: GUIDE_LINKS.postLimits,
        placeholder: "e.g. the bakery's own account replies to people who asked it a question; never to anyone else",
        appliesWhen: engages,
      },
      {
        section: "engagement",
        field: "sendsDms",
        kind: "yesno",
        label: "Will the App send Direct Messages?",
        help: "Automated DMs are allowed only after the person wrote to the account first: no welcome DMs to new followers, no bulk DMs.",
        guide: GUIDE_LINKS.askFirst,
      },
      {
        section: "engagement",
        field: "dmTrigger",
        kind: "choice",
        label: "Who writes first?",
        help: "A DM conversation the person started is user-initiated; one the App starts is unsolicited, even to a follower.",
        guide: GUIDE_LINKS.askFirst,
        options: [
          { value: "user-first", label: "The person writes to the account first" },
          { value: "app-first", label: "The App writes first", hint: "For example a welcome message or an announcement" },
        ],
        appliesWhen: sendsDms,
      },
      {
        section: "engagement",
        field: "optOut",
        kind: "text",
        maxLength: SHORT,
        label: "How does someone stop the App contacting them?",
        help: "The Automation Rules require honouring opt-outs at once, for example when someone replies \"stop\".",
        guide: GUIDE_LINKS.automationRules,
        placeholder: "e.g. replying STOP, or blocking the account, ends all messages at once",
        appliesWhen: contactsAutomatically,
      },
      {
        section: "engagement",
        field: "usesAi",
        kind: "yesno",
        label: "Will AI write any posts, replies or messages?",
        help: "AI-generated posts and replies need X's approval before launch, through its Policy Support form.",
        guide: GUIDE_LINKS.askFirst,
        appliesWhen: writes,
      },
      {
        section: "engagement",
        field: "aiApproved",
        kind: "boolean",
        label: "X has approved the AI-generated content in advance",
        help: "Tick this only once X has said yes; until then the draft says approval is still to come.",
        guide: GUIDE_LINKS.askFirst,
        appliesWhen: (a) => writes(a) && a.engagement.usesAi === "yes",
      },
      {
        section: "engagement",
        field: "isLabelled",
        kind: "boolean",
        label: "The account carries X's Automated label and its bio says who runs it",
        help: "Every automated account must show the Automated label, name its operator and be linked to a human-managed account.",
        guide: GUIDE_LINKS.automationRules,
        appliesWhen: automated,
      },
    ],
  },
  {
    id: "display",
    title: "Showing content off Twitter",
    intro: "Where Twitter content appears outside Twitter, and in what form.",
    guide: GUIDE_LINKS.describeUseCase,
    questions: [
      {
        section: "display",
        field: "displays",
        kind: "yesno",
        label: "Will Tweets or other Twitter content be shown outside Twitter?",
        help: "Off-Twitter display falls under the Display Requirements, so reviewers ask how and where it happens.",
        guide: GUIDE_LINKS.describeUseCase,
      },
      {
        section: "display",
        field: "where",
        kind: "textarea",
        maxLength: LONG,
        label: "Where and how?",
        help: "Name the product surface (web app, dashboard, report, newsletter) and who can see it.",
        guide: GUIDE_LINKS.describeUseCase,
        placeholder: "e.g. in the bakery's inbox page, visible only to the bakery's staff",
        appliesWhen: displays,
      },
      {
        section: "display",
        field: "level",
        kind: "choice",
        label: "Individual Tweets or aggregates?",
        help: "The FAQ asks specifically whether content is shown at row level (individual Tweets) or aggregated.",
        guide: GUIDE_LINKS.describeUseCase,
        options: [
          { value: "row", label: "Individual Tweets (row level)" },
          { value: "aggregate", label: "Only aggregates", hint: "Counts, charts, summaries" },
          { value: "both", label: "Both" },
        ],
        appliesWhen: displays,
      },
    ],
  },
  {
    id: "sharing",
    title: "Sharing data",
    intro: "Giving Tweet IDs or content to anyone outside your team is limited by the policy.",
    guide: GUIDE_LINKS.sharing,
    questions: [
      {
        section: "sharing",
        field: "shares",
        kind: "yesno",
        label: "Will you share Tweet IDs, user IDs or Twitter content with anyone?",
        help: "Third parties may normally receive only IDs, and only up to a limit, so reviewers ask about any sharing.",
        guide: GUIDE_LINKS.sharing,
      },
      {
        section: "sharing",
        field: "what",
        kind: "choice",
        label: "What do you share?",
        help: "IDs let the recipient fetch the content themselves; full objects are limited to manual downloads.",
        guide: GUIDE_LINKS.sharing,
        options: [
          { value: "ids", label: "Only Tweet IDs and user IDs" },
          { value: "objects", label: "Full Tweets or user profiles" },
          { value: "both", label: "Both" },
        ],
        appliesWhen: shares,
      },
      {
        section: "sharing",
        field: "recipients",
        kind: "textarea",
        maxLength: LONG,
        label: "With whom, and how?",
        help: "Name the recipients (partners, customers, other researchers, the public) and the channel (download, API, file).",
        guide: GUIDE_LINKS.sharing,
        placeholder: "e.g. other researchers who ask for our dataset, as a CSV of Tweet IDs",
        appliesWhen: shares,
      },
      {
        section: "sharing",
        field: "idsPer30Days",
        kind: "number",
        unit: "Tweet IDs per recipient in any 30 days",
        label: "At most how many Tweet IDs does one recipient get in 30 days?",
        help: "The policy caps Tweet IDs given to any one entity in 30 days, unless Twitter agreed in writing.",
        guide: GUIDE_LINKS.sharing,
        appliesWhen: shares,
      },
      {
        section: "sharing",
        field: "objectsPerPersonPerDay",
        kind: "number",
        unit: "objects per person per day",
        label: "At most how many full Tweets or user profiles does one person get per day?",
        help: "Full objects may go to each person only in limited numbers a day, and only as a manual download.",
        guide: GUIDE_LINKS.sharing,
        appliesWhen: sharesObjects,
      },
      {
        section: "sharing",
        field: "frequency",
        kind: "text",
        maxLength: SHORT,
        label: "How often?",
        help: "A one-off dataset and a daily feed are different uses; say which.",
        guide: GUIDE_LINKS.sharing,
        placeholder: "e.g. once, when the paper is published",
        appliesWhen: shares,
      },
      {
        section: "sharing",
        field: "isAcademicNonCommercial",
        kind: "boolean",
        label: "Shared on behalf of an academic institution, only for non-commercial research",
        help: "Academic researchers in that position may share unlimited Tweet IDs and user IDs.",
        guide: GUIDE_LINKS.sharing,
        appliesWhen: shares,
      },
    ],
  },
  {
    id: "government",
    title: "Government involvement",
    intro: "Government use is defined in the Developer Agreement, and reviewers ask about it directly.",
    guide: GUIDE_LINKS.keepCurrent,
    questions: [
      {
        section: "government",
        field: "involved",
        kind: "yesno",
        label: "Will a government entity use the App, or receive its results or data?",
        help: "Reviewers ask about government use separately. A student at a government-funded university does not count as government.",
        guide: GUIDE_LINKS.keepCurrent,
      },
      {
        section: "government",
        field: "details",
        kind: "textarea",
        maxLength: LONG,
        label: "Which entity, and what does it get?",
        help: "Name the body and describe exactly what it sees or receives.",
        guide: GUIDE_LINKS.keepCurrent,
        placeholder: "e.g. the city council's transport office receives a monthly count of complaints about buses",
        appliesWhen: government,
      },
    ],
  },
  {
    id: "apps",
    title: "Apps and environments",
    intro: "One App per use case, with separate development, staging and production Apps allowed.",
    guide: GUIDE_LINKS.oneAppPerUseCase,
    questions: [
      {
        section: "apps",
        field: "environments",
        kind: "multi",
        label: "Which environments need their own App?",
        help: "Separate development, staging and production Apps are the only allowed exception to one App per use case.",
        guide: GUIDE_LINKS.oneAppPerUseCase,
        options: [
          { value: "development", label: "Development" },
          { value: "staging", label: "Staging" },
          { value: "production", label: "Production" },
        ],
      },
      {
        section: "apps",
        field: "appCount",
        kind: "number",
        unit: "Apps",
        label: "How many Apps will you register for this use case?",
        help: "More Apps than environments for one use case, or one App per customer, breaks the one-App-per-use-case rule.",
        guide: GUIDE_LINKS.oneAppPerUseCase,
      },
      {
        section: "apps",
        field: "notes",
        kind: "textarea",
        maxLength: LONG,
        label: "Anything else about your Apps?",
        help: "For example how customers connect (they should sign in with OAuth to your one App).",
        guide: GUIDE_LINKS.oneAppPerUseCase,
        placeholder: "e.g. customers connect their X account to our production App with OAuth 2.0",
        isOptional: true,
      },
    ],
  },
  {
    id: "volumes",
    title: "Expected volumes",
    intro: "Monthly volumes for the cost estimate under today's pay-per-use pricing. They are not part of the description.",
    guide: GUIDE_LINKS.accessLevels,
    questions: [
      {
        section: "volumes",
        field: "postsRead",
        kind: "number",
        unit: "posts read per month",
        label: "Posts read per month",
        help: "Each post a read endpoint returns is charged; the estimate counts every one.",
        guide: GUIDE_LINKS.accessLevels,
        isOptional: true,
      },
      {
        section: "volumes",
        field: "usersRead",
        kind: "number",
        unit: "users looked up per month",
        label: "Users looked up per month",
        help: "Each user object returned by a lookup is charged.",
        guide: GUIDE_LINKS.accessLevels,
        isOptional: true,
      },
      {
        section: "volumes",
        field: "postsCreated",
        kind: "number",
        unit: "posts created per month",
        label: "Posts created per month",
        help: "Each post the App creates is charged.",
        guide: GUIDE_LINKS.accessLevels,
        isOptional: true,
      },
      {
        section: "volumes",
        field: "postsCreatedWithUrl",
        kind: "number",
        unit: "of them with a link",
        label: "Of those, how many contain a link?",
        help: "Posts that contain a URL are priced higher.",
        guide: GUIDE_LINKS.accessLevels,
        isOptional: true,
        appliesWhen: (a) => (a.volumes.postsCreated ?? 0) > 0,
      },
    ],
  },
];

/** Every question, in order. */
export const ALL_QUESTIONS: Question[] = QUESTION_STEPS.flatMap((s) => s.questions);

/** A question's stable id, e.g. "core.problem". */
export const questionId = (q: Pick<Question, "section" | "field">): string => `${q.section}.${q.field}`;

/** The steps that apply to these answers (the learners' step only for learners). */
export function applicableSteps(answers: Answers): QuestionStep[] {
  return QUESTION_STEPS.filter((s) => !s.appliesWhen || s.appliesWhen(answers));
}

/** The questions of a step that apply to these answers. */
export function applicableQuestions(step: QuestionStep, answers: Answers): Question[] {
  return step.questions.filter((q) => !q.appliesWhen || q.appliesWhen(answers));
}

/** The current value of a question's answer. */
export function getAnswer(answers: Answers, q: Pick<Question, "section" | "field">): unknown {
  return (answers[q.section] as Record<string, unknown>)[q.field];
}

/** A copy of the answers with one value changed. */
export function setAnswer(answers: Answers, q: Pick<Question, "section" | "field">, value: unknown): Answers {
  return { ...answers, [q.section]: { ...answers[q.section], [q.field]: value } };
}

/** Whether a question counts as answered (for progress). */
export function isAnswered(answers: Answers, q: Question): boolean {
  const value = getAnswer(answers, q);
  if (typeof value === "string") return value.trim() !== "";
  if (Array.isArray(value)) return value.length > 0;
  if (typeof value === "number") return true;
  if (typeof value === "boolean") return q.kind !== "boolean" || value;
  return false;
}

/** How many applicable required questions are answered, for the progress indicator. */
export function progressOf(answers: Answers): { answered: number; total: number } {
  let answered = 0;
  let total = 0;
  for (const step of applicableSteps(answers)) {
    for (const q of applicableQuestions(step, answers)) {
      if (q.isOptional || q.kind === "boolean") continue;
      total += 1;
      if (isAnswered(answers, q)) answered += 1;
    }
  }
  return { answered, total };
}
