/**
 * The composer: answers → a use-case description in the sections reviewers read, in the
 * first person, carrying the person's own words, names and numbers. Sentence construction
 * follows the answers (who applies, which answers are sentences and which are phrases,
 * which activities are declared), and where several phrasings fit, the choice is seeded
 * by the answer itself, so two people with different answers get clearly different text
 * and the same answers always give the same text.
 */
import type { Answers, EngagementAction } from "./answers";
import { formatCount } from "./format";
import { DRAFT_SECTION_IDS, type DraftSections } from "./sections";

/** The "New App" description is kept this short (a line or two in the Developer Console). */
export const SHORT_DESCRIPTION_MAX = 200;

export type ComposedDraft = { sections: DraftSections; short: string };

// ---------------------------------------------------------------------------------------
// Small text helpers

/** Collapses whitespace (line breaks included) to single spaces. */
export const squash = (s: string): string => s.replace(/\s+/g, " ").trim();

const TRAILING = /[\s.!?;:,…]+$/u;

/**
 * Common words that only carry a capital because they start the answer. Anything else
 * keeps its capital: it may be a name ("Tweet IDs", "Leeds", "Crumb Replies").
 */
const LOWERABLE = new Set(
  "a an the this that these those every each some any all most many few no one two three our my your their its his her we us they them it to for of in on at by with from about into as and or but if when while so because since until after before only just also more less small large local new public private people person users user customers customer bakery owners students researchers reporters staff anyone everyone nobody help helps find finds count counts detect detects show shows send sends reply replies answer answers read reads make makes build builds keep keeps store stores collect collects monitor track get give share post like retweet use uses using up around about approximately weekly daily monthly once twice per".split(" "),
);

/** A person's answer, ready to sit inside a sentence: no trailing stop, no capital unless it is a name. */
function clause(s: string): string {
  const t = squash(s).replace(TRAILING, "");
  if (t.length < 2) return t;
  const [firstWord = ""] = t.split(" ");
  const lowered = firstWord.toLowerCase();
  const isCommon = LOWERABLE.has(lowered.replace(/[^\p{L}]/gu, "")) && /^\p{Lu}\p{Ll}*$/u.test(firstWord.replace(/[^\p{L}]/gu, ""));
  return isCommon ? t[0]!.toLowerCase() + t.slice(1) : t;
}

/**
 * The first letter as a capital, when that capital stands for just this letter: "ß", "ﬀ",
 * "ſ" or "ı" stay as the person wrote them instead of becoming "SS", "FF", "S" or "I".
 */
function cap(s: string): string {
  const first = s.codePointAt(0);
  if (first === undefined) return s;
  const letter = String.fromCodePoint(first);
  const upper = letter.toUpperCase();
  return upper.toLowerCase() === letter.toLowerCase() && [...upper].length === 1 ? upper + s.slice(letter.length) : s;
}

/** A person's answer as a sentence of its own: a capital first, a full stop last. */
function sentence(s: string): string {
  const t = squash(s);
  if (t === "") return "";
  const capital = cap(t);
  return /[.!?…)"'’”]$/u.test(capital) ? capital : `${capital}.`;
}

/** Whether an answer is already written as sentences ("We reply to…", two sentences). */
function readsAsSentences(s: string): boolean {
  const t = squash(s);
  return /[.!?]\s+\p{Lu}/u.test(t) || /^(i|we|it|they)\b/i.test(t);
}

/** Joins "a", "b" and "c" as "a, b and c". */
function list(items: string[]): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} and ${items[items.length - 1]!}`;
}

/** FNV-1a: a small, stable hash to pick a phrasing from the answer itself. */
function hash(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

const pick = <T>(seed: string, options: readonly T[]): T => options[hash(seed) % options.length]!;


/** Introduces an answer: "Lead: answer." for phrases, "Lead. Answer." when it is sentences already. */
function introduce(lead: string, answer: string): string {
  const text = squash(answer);
  if (text === "") return "";
  if (readsAsSentences(text)) return `${lead}: ${sentence(text)}`;
  return `${lead}: ${clause(text)}.`;
}

// ---------------------------------------------------------------------------------------
// Voice

type Voice = { I: string; me: string; my: string; am: string; subject: string; its: string; name: string };

function voiceOf(a: Answers): Voice {
  const isTeam = a.applicant.accountType === "professional" && a.applicant.organisation.trim() !== "";
  const name = squash(a.core.appName);
  const fallback = a.engagement.engages === "yes" && a.engagement.trigger === "automated" ? "the bot" : a.applicant.accountType === "academic" ? "the project" : "the App";
  return {
    I: isTeam ? "we" : "I",
    me: isTeam ? "us" : "me",
    my: isTeam ? "our" : "my",
    am: isTeam ? "are" : "am",
    subject: name || fallback,
    its: name ? (/s$/i.test(name) ? `${name}'` : `${name}'s`) : `${fallback}'s`,
    name,
  };
}


// ---------------------------------------------------------------------------------------
// Sections

function whoIsApplying(a: Answers, v: Voice): string {
  const org = squash(a.applicant.organisation);
  const role = clause(a.applicant.role);
  const parts: string[] = [];
  switch (a.applicant.accountType) {
    case "professional":
      if (org && role) parts.push(pick(org + role, [`I work at ${org} as ${withArticle(role)}, and this application is for ${org}'s use of the X API.`, `${org} is applying for API access, and I am the ${role} responsible for it.`]));
      else if (org) parts.push(`This application is for ${org}, as part of ${v.my} work.`);
      else if (role) parts.push(`I am applying as part of my job as ${withArticle(role)}.`);
      else parts.push("I am applying as part of my job.");
      break;
    case "academic":
      if (org && role) parts.push(pick(org + role, [`I am ${withArticle(role)} at ${org}, and this is an academic research project.`, `This is academic research at ${org}, where I am ${withArticle(role)}.`]));
      else if (org) parts.push(`This is an academic research project at ${org}.`);
      else parts.push(role ? `I am ${withArticle(role)}, and this is an academic research project.` : "This is an academic research project.");
      break;
    case "hobbyist":
      parts.push(role ? `I am ${withArticle(role)}, and this is a personal project I build in my own time, not part of a job.` : "This is a personal project I build in my own time, not part of a job.");
      if (org) parts.push(`It is connected with ${org}.`);
      break;
    default:
      if (org || role) parts.push([role ? `I am ${withArticle(role)}` : "I am applying", org ? `at ${org}` : ""].filter(Boolean).join(" ") + ".");
  }
  if (a.applicant.isLearner) parts.push(pick(a.learning.projects + org, ["I am still learning the X API.", "I am a learner, just getting started with the X API."]));
  return parts.join(" ");
}

/** "developer" → "a developer", "engineer" → "an engineer"; leaves "the lead…" and names alone. */
function withArticle(role: string): string {
  if (/^(a|an|the|my|our|one|head|lead|chief)\b/i.test(role) || /^\p{Lu}/u.test(role)) return role;
  return /^[aeiou]/i.test(role) ? `an ${role}` : `a ${role}`;
}

function coreSection(a: Answers, v: Voice): string {
  const { problem, audience, goal, purpose, examples } = a.core;
  const paragraphs: string[] = [];
  const who = whoIsApplying(a, v);
  const subject = cap(v.subject);

  const story: string[] = [];
  if (problem.trim()) {
    story.push(
      introduce(
        pick(problem, [
          v.name ? `${v.name} addresses this problem` : `The problem ${v.I} want to solve`,
          `The problem ${v.subject} solves`,
          `Why ${v.I} ${v.am} building ${v.name || "this"}`,
        ]),
        problem,
      ),
    );
  }
  if (audience.trim()) story.push(introduce(pick(audience, [`${subject} is for these people`, "Who it is for", "The user story"]), audience));
  if (goal.trim()) story.push(introduce(pick(goal, [`The goal`, `What success looks like`, `${v.its.replace(/^./, (c) => c.toUpperCase())} goal`]), goal));
  if (purpose.trim()) story.push(introduce(pick(purpose, ["The business purpose", "The purpose behind it", `${cap(v.my)} purpose`]), purpose));

  // The name ties the description to the App in the portal: say it once even when no lead-in used it.
  const naming = v.name && ![who, ...story].some((t) => t.includes(v.name)) ? `The App is called ${v.name}.` : "";
  const intro = [who, naming, story.shift() ?? ""].filter(Boolean).join(" ");
  if (intro) paragraphs.push(intro);
  if (story.length) paragraphs.push(story.join(" "));

  if (a.applicant.isLearner && a.learning.projects.trim()) {
    paragraphs.push(introduce(pick(a.learning.projects, ["As a learner, these are the projects and areas I plan to explore", "Rather than one finished product, I plan to work on these projects"]), a.learning.projects));
  }
  if (examples.trim()) paragraphs.push(introduce("Mock-ups and sample work", examples));
  return paragraphs.join("\n\n");
}

function analysisSection(a: Answers, v: Voice): string {
  const { analyses, what, methods, stored, retention } = a.analysis;
  const parts: string[] = [];
  if (analyses === "yes") {
    parts.push(what.trim() ? introduce(pick(what, [`${cap(v.subject)} analyses Tweets and related content as follows`, `The analyses ${v.I} run on Tweets and users`, `${cap(v.I)} process Twitter content for these analyses`]), what) : `${cap(v.subject)} analyses Tweets and their content.`);
    if (methods.trim()) parts.push(introduce(pick(methods, ["The methods", `The methods ${v.I} use`, "Techniques and tools"]), methods));
  } else if (analyses === "no") {
    parts.push(`${cap(v.I)} do not analyse Tweets, Twitter users or their content: ${v.subject} reads only what it needs for the purpose above.`);
  }
  if (stored.trim()) {
    parts.push(introduce(pick(stored, [`What ${v.I} store`, "Stored data", `${cap(v.I)} keep this Twitter data`]), stored));
    const r = clause(retention);
    if (r) {
      const phrase = /^(until|as long|for|up to|no longer|at most|only|while|when|during|after|within)\b/i.test(r) ? r : /^[\d(]|^(a|an|one|two|three|six|twelve|several)\b/i.test(r) ? `for ${r}` : null;
      const deletes = /delet|remov|eras|purg/i.test(r);
      parts.push(phrase ? `It is kept ${phrase}${deletes ? "" : ", then deleted"}.` : `Retention: ${r}.`);
    }
    if (a.analysis.deletesRemoved) parts.push(`When a post is deleted on X, or its author asks, ${v.I} delete ${v.my} copy within 24 hours.`);
  }
  return [parts.join(" "), dataUseParagraph(a, v)].filter(Boolean).join("\n\n");
}

/** What the data is used for, in the person's words, and the two uses the guidelines restrict, stated either way. */
function dataUseParagraph(a: Answers, v: Voice): string {
  const { dataUse, trainsModels, matchesOffX } = a.analysis;
  const parts: string[] = [];
  if (dataUse.trim()) parts.push(introduce(pick(dataUse, ["What the X data is used for", `How ${v.I} use the X data`]), dataUse));
  const seed = a.core.problem + a.core.appName + dataUse;
  if (trainsModels === "no") parts.push(pick(seed, [`${cap(v.I)} do not use X content to train or fine-tune any AI or machine-learning model.`, `No model is trained or fine-tuned on X content.`, `None of this content trains or fine-tunes an AI model.`]));
  if (trainsModels === "yes") parts.push(`X content is used to train or fine-tune an AI or machine-learning model.`);
  if (matchesOffX === "no") parts.push(pick(seed + "match", [`${cap(v.I)} do not match X accounts with emails, customer records or any other records from outside X.`, `X accounts are never linked to emails, devices or records kept outside X.`]));
  if (matchesOffX === "with-consent") parts.push(`X accounts are matched with ${v.my} own records only for people who opted in to link them.`);
  if (matchesOffX === "without-consent") parts.push(`X accounts are matched with customer records from outside X without each person's opt-in.`);
  return parts.join(" ");
}

const ACTION_PHRASES: Record<EngagementAction, string> = { post: "post Tweets", reply: "reply to Tweets", retweet: "Retweet", like: "like Tweets" };
const SHORT_ACTIONS: Record<EngagementAction, string> = { post: "posts", reply: "replies", retweet: "Retweets", like: "likes" };

function engagementSection(a: Answers, v: Voice): string {
  const { engages } = a.engagement;
  const writing = engages === "no" ? `${cap(v.subject)} does not post, reply, Retweet or like: it only reads from the API.` : engages === "yes" ? writingParagraph(a, v) : "";
  return [writing, messagesParagraph(a, v)].filter(Boolean).join("\n\n");
}

/** Direct Messages, AI-written content and the opt-out: each stated, "not" included, once the question is answered. */
function messagesParagraph(a: Answers, v: Voice): string {
  const { sendsDms, dmTrigger, usesAi, aiApproved, optOut } = a.engagement;
  const writes = a.engagement.engages === "yes" || sendsDms === "yes";
  const parts: string[] = [];
  if (sendsDms === "no") parts.push(pick(a.core.problem + a.engagement.details, [`${cap(v.subject)} does not send Direct Messages.`, "No Direct Messages are sent to anyone.", `${cap(v.I)} send no Direct Messages.`]));
  if (sendsDms === "yes") {
    if (dmTrigger === "user-first") parts.push(`${cap(v.subject)} sends Direct Messages only in answer to a person who wrote to the account first.`);
    else if (dmTrigger === "app-first") parts.push(`${cap(v.subject)} sends Direct Messages to people who have not written to the account first.`);
    else parts.push(`${cap(v.subject)} sends Direct Messages.`);
  }
  if (writes && usesAi === "no") parts.push(`${cap(v.I)} do not use AI to write any of its posts, replies or messages.`);
  if (writes && usesAi === "yes") parts.push(aiApproved ? "Some posts or replies are written by AI, which X approved in advance through its Policy Support form." : "Some posts or replies are written by AI, and X has not approved this yet.");
  if (optOut.trim()) parts.push(introduce("To stop it contacting them, a person can do this", optOut));
  return parts.join(" ");
}

function writingParagraph(a: Answers, v: Voice): string {
  const { actions, trigger, details, replyTo, isLabelled } = a.engagement;
  const parts: string[] = [];
  const doing = actions.length ? list(actions.map((x) => ACTION_PHRASES[x])) : "write to X";
  const when =
    trigger === "user"
      ? pick(details + doing, [" only when a person asks it to, each time, by an action in the App", ", and every one of these actions is started by a person in the App, never on its own"])
      : trigger === "automated"
        ? " automatically, without a person starting each action"
        : trigger === "both"
          ? ": some actions are started by a person in the App and some happen automatically"
          : "";
  parts.push(`${cap(v.subject)} will ${doing}${when}.`);
  if (actions.includes("reply") && replyTo === "engaged-first") parts.push("It replies only to people who mentioned or replied to the account first, once per interaction.");
  if (actions.includes("reply") && replyTo === "anyone") parts.push("It replies to posts that match a keyword, hashtag or topic, from people who have not contacted the account.");
  if ((trigger === "automated" || trigger === "both") && isLabelled) parts.push("The account carries X's Automated label, and its bio names who runs it.");
  if (a.volumes.postsCreated) parts.push(`${cap(v.I)} expect about ${formatCount(a.volumes.postsCreated)} posts a month.`);
  if (details.trim()) parts.push(introduce(pick(details, ["How it interacts with accounts", "Whose accounts act, and towards whom"]), details));
  return parts.join(" ");
}

function displaySection(a: Answers, v: Voice): string {
  const { displays, where, level } = a.display;
  if (displays === "no") return "No Twitter content is displayed outside Twitter.";
  if (displays !== "yes") return "";
  const parts: string[] = [];
  parts.push(where.trim() ? introduce(pick(where, ["Twitter content is displayed outside Twitter here", `Where and how ${v.subject} displays Twitter content`]), where) : "Twitter content is displayed outside Twitter.");
  if (level === "row") parts.push("People see individual Tweets (row level).");
  if (level === "aggregate") parts.push("Only aggregated figures are shown, such as counts and charts; individual Tweets are not displayed.");
  if (level === "both") parts.push("People see both individual Tweets (row level) and aggregated figures.");
  return parts.join(" ");
}

function sharingSection(a: Answers, v: Voice): string {
  const s = a.sharing;
  if (s.shares === "no") return `${cap(v.I)} do not share Tweet IDs, user IDs or any Twitter content with anyone else.`;
  if (s.shares !== "yes") return "";
  const parts: string[] = [];
  const what = s.what === "ids" ? "only Tweet IDs and user IDs" : s.what === "objects" ? "full Tweets and user profiles" : s.what === "both" ? "Tweet IDs and user IDs, and some full Tweets and user profiles" : "Twitter data";
  parts.push(s.recipients.trim() ? introduce(`${cap(v.I)} share ${what}. Recipients and channel`, s.recipients) : `${cap(v.I)} share ${what}.`);
  if (s.idsPer30Days !== null) parts.push(`No single recipient gets more than ${formatCount(s.idsPer30Days)} Tweet IDs in any 30 days.`);
  if (s.objectsPerPersonPerDay !== null) parts.push(`Each person receives at most ${formatCount(s.objectsPerPersonPerDay)} full Tweets or user profiles per day, as a manual download.`);
  if (s.frequency.trim()) parts.push(`How often: ${clause(s.frequency)}.`);
  if (s.isAcademicNonCommercial) parts.push("The sharing is done on behalf of an academic institution, solely for non-commercial research.");
  return parts.join(" ");
}

function governmentSection(a: Answers, v: Voice): string {
  const { involved, details } = a.government;
  if (involved === "no") return `No government entity uses ${v.subject} or receives its data or results.`;
  if (involved !== "yes") return "";
  return details.trim() ? introduce("A government entity is involved", details) : "A government entity is involved.";
}

function appsSection(a: Answers, v: Voice): string {
  const { environments, appCount, notes } = a.apps;
  const parts: string[] = [];
  const n = appCount ?? (environments.length || null);
  if (n !== null) {
    const apps = n === 1 ? "one App" : `${formatCount(n)} Apps`;
    if (environments.length > 0) {
      const envs = list(environments);
      parts.push(
        n === environments.length
          ? n === 1
            ? `${cap(v.I)} will register one App for this use case, for ${envs}.`
            : `${cap(v.I)} will register ${apps} for this use case, one each for ${envs}, labelled with their environment.`
          : `${cap(v.I)} will register ${apps} for this use case, across ${envs}.`,
      );
    } else {
      parts.push(`${cap(v.I)} will register ${apps} for this use case.`);
    }
  }
  if (notes.trim()) parts.push(sentence(notes));
  return parts.join(" ");
}

// ---------------------------------------------------------------------------------------
// Short description

function truncateWords(s: string, max: number): string {
  if (s.length <= max) return s;
  const cut = s.slice(0, max - 1);
  const space = cut.lastIndexOf(" ");
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(TRAILING, "")}…`;
}

function shortDescription(a: Answers, v: Voice): string {
  const aim = clause(a.core.goal) || clause(a.core.problem) || clause(a.core.purpose) || clause(a.learning.projects);
  const does: string[] = [];
  if (a.analysis.analyses === "yes") does.push("analyses Tweets");
  if (a.engagement.engages === "yes") {
    const acts = a.engagement.actions.length ? list(a.engagement.actions.map((x) => SHORT_ACTIONS[x])) : "posts";
    does.push(`${acts}${a.engagement.trigger === "user" ? " when a person asks" : a.engagement.trigger === "automated" ? " automatically" : ""}`);
  } else if (a.engagement.engages === "no") does.push("only reads, never posts");
  if (a.display.displays === "yes") does.push(a.display.level === "aggregate" ? "shows aggregates" : "shows Tweets");
  if (a.sharing.shares === "no") does.push("shares no data");
  const lead = v.name ? `${v.name}: ` : "";
  const tail = does.length ? ` ${cap(v.name ? "it" : v.subject)} ${list(does)}.` : "";
  if (!aim && !tail) return "";
  const room = SHORT_DESCRIPTION_MAX - lead.length - tail.length - 1;
  const head = aim ? `${truncateWords(cap(aim), Math.max(40, room))}.` : "";
  return truncateWords(`${lead}${head}${tail}`.trim(), SHORT_DESCRIPTION_MAX);
}

// ---------------------------------------------------------------------------------------

/** Composes every section and the short "New App" description from the answers. */
export function composeDraft(answers: Answers): ComposedDraft {
  const v = voiceOf(answers);
  const sections: DraftSections = {
    core: coreSection(answers, v),
    analysis: analysisSection(answers, v),
    engagement: engagementSection(answers, v),
    display: displaySection(answers, v),
    sharing: sharingSection(answers, v),
    government: governmentSection(answers, v),
    apps: appsSection(answers, v),
  };
  for (const id of DRAFT_SECTION_IDS) sections[id] = sections[id].trim();
  return { sections, short: shortDescription(answers, v) };
}
