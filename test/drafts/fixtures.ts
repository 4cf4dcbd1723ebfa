/** Realistic, complete sets of answers for the drafting helper's unit and e2e tests. */
import { parseAnswers, type Answers } from "../../lib/drafts/answers";

export function bakeryAnswers(): Answers {
  return parseAnswers({
    applicant: { accountType: "professional", organisation: "Crumb & Co.", role: "lead developer" },
    core: {
      appName: "Crumb Replies",
      problem: "Small bakeries miss customer questions sent to them on X because nobody watches the account all day",
      audience: "bakery owners who sign in with their X account and answer questions from one inbox",
      goal: "every customer question gets an answer within a working day",
      purpose: "a paid monthly subscription for bakeries",
      examples: "https://example.com/crumb-replies-mockup.png",
    },
    analysis: {
      analyses: "yes",
      what: "detect which mentions are questions, and count questions per day",
      methods: "keyword rules plus a small text classifier trained on our own labelled examples",
      stored: "the Tweet ID, text and author ID of each mention, and our label for it",
      retention: "90 days",
      deletesRemoved: true,
      dataUse: "only to sort each bakery's mentions into questions and other messages; nobody outside the bakery sees them",
      trainsModels: "no",
      matchesOffX: "no",
    },
    engagement: {
      engages: "yes",
      actions: ["reply"],
      trigger: "user",
      replyTo: "engaged-first",
      details: "the bakery's own account replies to people who asked it a question; never to anyone else",
      sendsDms: "no",
      usesAi: "no",
    },
    display: { displays: "yes", where: "in the bakery's inbox page, visible only to the bakery's staff", level: "row" },
    sharing: { shares: "no" },
    government: { involved: "no" },
    apps: { environments: ["development", "production"], appCount: 2 },
    volumes: { postsRead: 200_000, usersRead: 5_000, postsCreated: 3_000, postsCreatedWithUrl: 0 },
  });
}

export function studentAnswers(): Answers {
  return parseAnswers({
    applicant: { accountType: "academic", isLearner: true, organisation: "University of Leeds", role: "second-year computer science student" },
    core: {
      problem: "I want to learn how public conversation about local buses changes during strikes",
      audience: "my course tutor and classmates, who will read the final report",
      goal: "a report for my data science module",
      purpose: "coursework; nothing commercial",
    },
    learning: { projects: "counting hashtags about bus strikes in Leeds, and a small sentiment model as a learning exercise" },
    analysis: { analyses: "yes", what: "weekly counts of Tweets mentioning the bus operators", methods: "pandas for counting and VADER for sentiment", stored: "Tweet IDs and dates only", retention: "until the module ends in June", deletesRemoved: true, trainsModels: "no", matchesOffX: "no" },
    engagement: { engages: "no", sendsDms: "no" },
    display: { displays: "yes", where: "charts in a PDF report handed in to the university", level: "aggregate" },
    sharing: { shares: "yes", what: "ids", recipients: "my tutor, as a CSV of Tweet IDs", idsPer30Days: 20_000, frequency: "once, with the report", isAcademicNonCommercial: true },
    government: { involved: "no" },
    apps: { environments: ["development"], appCount: 1 },
  });
}
