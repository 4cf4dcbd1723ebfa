import { describe, expect, it } from "vitest";
import { parseAnswers, type AnswersInput } from "./answers";
import { lintDraft } from "./lint";
import { X_SOURCES } from "@/lib/x/sources";
import { RULES, ruleById, TOPICS } from "./rules";

// One table per rule: texts (and answers) that must trigger it, and close ones that must
// not, covering paraphrase, inflection, case and negation.
type Case = string | { text: string; answers?: AnswersInput };
type Table = { triggers: Case[]; passes: Case[] };

const h = (section: string, body: string) => `## ${section}\n\n${body}`;
const longCore = "We run a small support desk for bakeries. Bakery owners sign in with their X account and see the questions customers send them, so that no question waits more than a working day for an answer; the subscription pays for the service.";

const TABLES: Record<string, Table> = {
  "missing-core": {
    triggers: ["We read Tweets.", h("Core use case", "A bot.") + "\n\n" + h("Analysis", longCore), { text: longCore, answers: { core: { audience: "bakers" } } }],
    passes: [longCore, { text: longCore, answers: { core: { problem: "Bakeries miss questions" } } }],
  },
  "missing-audience": {
    triggers: [
      h("Core use case", "The app counts hashtags during football matches to find out which clubs get talked about most."),
      { text: longCore, answers: { core: { problem: "x" } } },
      h("Core use case", "A tool that measures how often a hashtag appears per hour, with a chart."),
    ],
    passes: [h("Core use case", "The app counts hashtags during football matches for FANS of the clubs."), h("Core use case", "Our customers, small shops, read their mentions."), { text: "anything", answers: { core: { audience: "bakery owners" } } }],
  },
  "missing-learner-projects": {
    triggers: ["I am a student learning to code and I want API access.", "I'M A STUDENT, just getting started.", { text: longCore, answers: { applicant: { isLearner: true } } }],
    passes: ["I am a student; my first project is a bot that replies with the weather.", "I am not a student.", { text: "I am a student.", answers: { applicant: { isLearner: true }, learning: { projects: "a weather bot" } } }],
  },
  "missing-analysis": {
    triggers: ["We show Tweets on our site.", "The bot posts the weather.", h("Analysis", "") + "\n\n" + h("Core use case", "We classify every Tweet.")],
    passes: ["We analyse Tweets.", "WE ANALYZED the tweets.", "We do not analyse Tweets or users.", "No analysis is performed.", "We classify replies by topic."],
  },
  "missing-engagement": {
    triggers: ["We analyse Tweets.", "We read Tweets and replies from the timeline.", "We SHOW posts on a dashboard."],
    passes: ["The app will post replies.", "The app is read-only.", "We do not post, Retweet or like.", "It never Tweets.", "Posting Tweets on behalf of users is the whole point.", "The bot RETWEETS news."],
  },
  "missing-display": {
    triggers: ["We analyse Tweets.", "The bot posts the weather.", "We share Tweet IDs with researchers."],
    passes: ["Tweets are displayed on our website.", "No Twitter content is shown outside Twitter.", "We EMBED tweets in articles."],
  },
  "missing-sharing": {
    triggers: ["We analyse Tweets.", "Tweets are displayed on our website.", "THE BOT RETWEETS NEWS."],
    passes: ["We share Tweet IDs with researchers.", "We do not share data with anyone.", "Data is never distributed.", "Results are SHARED with the team."],
  },
  "missing-government": {
    triggers: ["We analyse Tweets.", "I study at a government-funded university.", "We share Tweet IDs with researchers."],
    passes: ["No government entity is involved.", "The city council uses the dashboard.", "We are not working with any GOVERNMENTS."],
  },
  "missing-apps": {
    triggers: ["We analyse Tweets.", { text: "x", answers: {} }, "The bot posts the weather every morning."],
    passes: ["We use one App for production.", "Separate development and staging APPLICATIONS exist.", { text: "x", answers: { apps: { environments: ["production"] } } }],
  },
  "missing-retention": {
    triggers: ["We store the text of each Tweet in our database.", "Tweets are saved to Postgres.", "We're STORING tweets.", h("Core use case", "A monthly subscription for 30 days at a time.") + "\n\n" + h("Analysis", "We store Tweets.")],
    passes: ["We store Tweets for 30 days.", "We store Tweet IDs and delete them after a week.", "We do not store any Tweets.", "Nothing is kept on our servers."],
  },
  "vague-filler": {
    triggers: ["We will use the data for various purposes.", "We want it for a VARIETY of reasons.", "Analytics, dashboards, etc.", "Use case: TBD.", "All sorts of things."],
    passes: ["We will use the data to count questions per day.", "We do not collect data for various purposes; only to answer questions.", "Various bakeries use it."],
  },
  "vague-analysis-method": {
    triggers: ["We analyse Tweets to gain insights.", "For research.", "Our analytics platform processes tweets.", "WE ANALYZE TWEETS."],
    passes: ["We analyse Tweets with VADER sentiment scores.", "We count hashtags per hour.", "We do not analyse Tweets.", "Topic modelling (LDA) is how we study the conversation."],
  },
  "vague-display": {
    triggers: ["We display Tweets.", "Tweets will be shown to users.", "We EMBED tweets."],
    passes: ["We display individual Tweets on our website's product pages.", "Only aggregated counts are shown in a weekly PDF report.", "We do not display Tweets."],
  },
  "risky-tracking-individuals": {
    triggers: ["We track individual users' activity.", "The tool monitors what specific accounts post.", "We build profiles of people who mention the brand.", "PROFILING of users is part of it.", "We will keep tabs on certain people."],
    passes: ["We track how often our hashtag is used.", "We monitor mentions of our brand.", "We never track individual users.", "We do not build profiles of people.", "We display the user's profile picture."],
  },
  "risky-sensitive-traits": {
    triggers: ["We infer users' political views from their Tweets.", "The model predicts the religion of each author.", "We classify accounts by ETHNICITY.", "It works by guessing whether someone is gay.", "We detect mental health conditions in posts."],
    passes: ["We classify Tweets by topic such as sports and weather.", "We detect spam.", "We do not infer anyone's health, religion or political views.", "We never try to guess users' sexual orientation."],
  },
  "risky-surveillance": {
    triggers: ["We help police monitor protesters.", "It is a surveillance tool for activists.", "We track journalists who criticise the mayor.", "SPYING on accounts is the feature."],
    passes: ["We monitor our service's uptime.", "We help journalists find sources.", "This is not a surveillance tool.", "We will never monitor protesters."],
  },
  "risky-selling-data": {
    triggers: ["We sell the collected Tweets to marketing firms.", "We plan to monetise this dataset.", "Tweet data will be SOLD to partners.", "We make money from the data."],
    passes: ["We sell subscriptions to our scheduling tool.", "We do not sell data.", "Data is never sold or licensed.", "We will not, under any circumstances, sell user data."],
  },
  "risky-redistributing-content": {
    triggers: ["We share full Tweets with our partners.", "We publish the raw tweet JSON on GitHub for anyone.", "We provide customers with the tweet text through our API.", { text: "x", answers: { sharing: { shares: "yes", what: "objects", recipients: "clients, through our API every hour" } } }],
    passes: ["We share only Tweet IDs with other researchers.", "We share aggregate statistics with partners.", "We never share full Tweets with third parties.", "Customers can export Tweets to a spreadsheet manually."],
  },
  "risky-government": {
    triggers: ["The city council will use the dashboard.", "Our client is a government agency.", "POLICE departments receive reports.", { text: "x", answers: { government: { involved: "yes" } } }],
    passes: ["I am a student at a government-funded university.", "No government entity is involved.", "We are not affiliated with any government.", { text: "x", answers: { government: { involved: "no" } } }],
  },
  "risky-automated-engagement": {
    triggers: ["The bot automatically likes every Tweet that mentions us.", "We auto-follow users who follow us.", "Mass liking of posts.", "Likes are sent AUTOMATICALLY.", { text: "x", answers: { engagement: { engages: "yes", actions: ["like"], trigger: "automated" } } }],
    passes: ["People can like Tweets from our app with one click.", "The bot automatically posts the weather each morning.", "The app never automatically likes or follows anyone.", { text: "x", answers: { engagement: { engages: "yes", actions: ["like"], trigger: "user" } } }],
  },
  "risky-customer-apps": {
    triggers: ["Each customer registers their own developer app and pastes its keys into our dashboard.", "Every client gets a separate app.", "Users provide their own API keys.", "CUSTOMERS CREATE THEIR OWN APPS."],
    passes: ["Customers sign in to our single App with OAuth.", "We never ask customers to create their own apps.", "Each customer has their own dashboard."],
  },
  // --- today's Developer Guidelines ----------------------------------------------------------
  "risky-duplicate-posting": {
    triggers: ["We post the same content across 20 accounts.", "Each of our accounts publishes identical tweets every hour.", "A NETWORK OF ACCOUNTS amplifies each announcement.", "We cross-post every update to all our accounts."],
    passes: ["@WeatherNYC and @WeatherLA each post their own city's forecast.", "We never post the same content from several accounts.", "One account posts our news."],
  },
  "risky-trend-manipulation": {
    triggers: ["We add trending hashtags to every post to get more views.", "The bot jumps on trending topics to gain visibility.", "Our tool posts into every trending hashtag.", "WE HIJACK TRENDING HASHTAGS."],
    passes: ["We show which hashtags are trending in the city.", "We never add trending hashtags to gain reach.", "Each post carries the one hashtag of our event."],
  },
  "risky-unsolicited-mentions": {
    triggers: ["The bot tags influencers in every post.", "Each post mentions random accounts to get attention.", "We @mention popular accounts in our replies for visibility.", "Mass tagging of users is how we grow."],
    passes: ["The bot mentions only people who asked it for a reminder.", "We never tag random users.", "The post names the author of the thread it unrolls."],
  },
  "risky-unsolicited-replies": {
    triggers: [
      "The bot automatically replies to every tweet that contains the hashtag #bakery.",
      "We auto-reply to anyone mentioning our keyword.",
      "The app responds to people who complain about our competitors.",
      "It replies to random posts about cameras.",
      { text: "x", answers: { engagement: { engages: "yes", actions: ["reply"], trigger: "automated", replyTo: "anyone" } } },
    ],
    passes: [
      "The bot replies to people who mention @helpdesk asking for help.",
      "When a user mentions us, the bot replies once with the tracking link.",
      "We never reply to posts that merely contain a keyword.",
      "A person in our team writes each reply to posts that use our hashtag.",
      { text: "x", answers: { engagement: { engages: "yes", actions: ["reply"], trigger: "automated", replyTo: "engaged-first" } } },
    ],
  },
  "risky-multiple-replies": {
    triggers: ["We reply three times to each mention until they answer.", "The bot sends follow-up replies every day.", "It keeps replying until the user clicks the link.", "The bot replies REPEATEDLY to the same post."],
    passes: ["The bot replies once to each mention.", "We never send follow-up replies.", "It replies to a mention with the forecast."],
  },
  "risky-ai-content-unapproved": {
    triggers: [
      "The bot uses GPT to write replies to mentions.",
      "Replies are generated by an LLM.",
      "Our AI-powered account posts a daily summary.",
      { text: "x", answers: { engagement: { engages: "yes", usesAi: "yes" } } },
    ],
    passes: [
      "Replies are written by a person; we do not use AI to write them.",
      "The bot uses GPT to write replies; X approved this through the Policy Support form.",
      "We do not use AI to write posts, replies or messages.",
      { text: "Replies are generated by an LLM.", answers: { engagement: { engages: "yes", usesAi: "yes", aiApproved: true } } },
    ],
  },
  "risky-unsolicited-dms": {
    triggers: [
      "We send a welcome DM to every new follower.",
      "The app bulk-DMs users about our product launch.",
      "We message people who complained about us with a coupon.",
      "COLD DMS to potential customers.",
      { text: "x", answers: { engagement: { sendsDms: "yes", dmTrigger: "app-first" } } },
    ],
    passes: [
      "When a customer DMs us, the bot answers with store hours.",
      "We never send welcome messages to new followers.",
      "The bot replies to DMs that people send us first.",
      { text: "x", answers: { engagement: { sendsDms: "yes", dmTrigger: "user-first" } } },
    ],
  },
  "missing-opt-out": {
    triggers: [
      "The bot automatically replies to people who mention it.",
      "Our chatbot answers every DM.",
      "AUTO-REPLIES go to anyone who writes to the account.",
      { text: "x", answers: { engagement: { engages: "yes", actions: ["reply"], trigger: "automated" } } },
    ],
    passes: [
      "The bot automatically replies to people who mention it; replying stop ends all contact.",
      "Our chatbot answers every DM, and anyone can opt out by writing STOP.",
      "A person writes every reply.",
      { text: "x", answers: { engagement: { engages: "yes", actions: ["reply"], trigger: "automated", optOut: "reply stop" } } },
    ],
  },
  "risky-selling-engagement": {
    triggers: ["We sell likes in bulk packages.", "Users earn points for every retweet of our sponsor's post.", "We pay people to follow our clients.", "Buy followers and views from our store."],
    passes: ["We sell a scheduling tool for a monthly fee.", "We never pay anyone to like or follow.", "The dashboard counts likes on your own posts."],
  },
  "risky-giveaway-engagement": {
    triggers: ["Giveaway: follow and retweet to enter.", "Our contest requires a follow to qualify.", "To win the prize, like and repost the post.", "Enter the raffle by following and retweeting."],
    passes: ["Enter the giveaway by replying with your favourite cake.", "No follow or retweet is required to enter the contest.", "We announce the winners of the baking competition."],
  },
  "risky-affiliate-links": {
    triggers: ["We reply with affiliate links to posts about cameras.", "The bot posts Amazon affiliate links in every thread.", "Affiliate links go to anyone who uses the hashtag.", "We DM REFERRAL LINKS to new followers."],
    passes: [
      "When a user DMs us for a recommendation, we send an affiliate link and disclose that we earn a commission.",
      "We never use affiliate links.",
      "Asked for a camera tip, the bot sends one affiliate link labelled as sponsored.",
    ],
  },
  "risky-ad-targeting": {
    triggers: ["We use collected posts to target ads on Facebook.", "Followers' interests feed our retargeting campaigns.", "X data builds our ad audiences for Google.", "We TARGET ADVERTISING using the tweets people like."],
    passes: ["We run promoted posts on X through X Ads.", "X data is never used to target ads.", "We target our campaign at bakeries."],
  },
  "risky-ai-training": {
    triggers: [
      "We will fine-tune our own language model on the collected posts.",
      "Tweets are the training data for our chatbot.",
      "We TRAIN A CLASSIFIER on X data.",
      "The mentions we collect train our recommendation model.",
      { text: "x", answers: { analysis: { trainsModels: "yes" } } },
    ],
    passes: [
      "We never train any model on X content.",
      "No X content is used to train or fine-tune any AI or machine-learning model.",
      "The sentiment model was trained by its authors on movie reviews.",
      { text: "x", answers: { analysis: { trainsModels: "no" } } },
    ],
  },
  "risky-scraping": {
    triggers: ["We scrape profiles with Puppeteer.", "A headless browser collects the timeline.", "Data comes from an unofficial API.", "WE CRAWL TWITTER PROFILES nightly."],
    passes: ["We only use the official X API and never scrape.", "All data comes through the X API v2.", "We do not use browser automation."],
  },
  "risky-benchmarking": {
    triggers: ["We compare X's usage with TikTok and Instagram.", "The report estimates the total number of daily active users of X.", "We measure the uptime of Twitter for our clients.", "We benchmark X against other platforms."],
    passes: ["We track mentions of our clients' brands.", "We never measure the performance of X itself.", "We compare our own brand's reach with a competitor brand's."],
  },
  "risky-off-x-matching": {
    triggers: ["We match X handles to our customer email list.", "Profiles are linked to CRM records automatically.", "We enrich our lead database with X accounts.", "We find the real names behind anonymous accounts.", { text: "x", answers: { analysis: { matchesOffX: "without-consent" } } }],
    passes: [
      "Customers who opt in link their X account to their loyalty card.",
      "We never match X accounts to emails or customer records.",
      "With each person's consent, we link their handle to their customer record.",
      { text: "x", answers: { analysis: { matchesOffX: "with-consent" } } },
    ],
  },
  "risky-altered-display": {
    triggers: ["We display tweets in an iframe.", "We rewrite the text of tweets before we show them.", "Posts appear without the author's username.", "We STRIP TIMESTAMPS from posts."],
    passes: ["Posts are shown with official embeds.", "We never edit the text of posts we show.", "We remove a post within 24 hours when it is deleted on X."],
  },
  "missing-deletion": {
    triggers: ["We store posts in our database.", "Tweets are saved to Postgres.", "We keep the mentions for 90 days.", "WE STORE THE COLLECTED TWEETS."],
    passes: [
      "We store posts and delete any post within 24 hours when it is deleted on X.",
      "We store Tweet IDs and use the compliance stream to process deletion events.",
      "We do not store any X content.",
      "Nothing is kept.",
    ],
  },
  "risky-collecting-passwords": {
    triggers: ["We ask users for their X password.", "Customers enter their Twitter password in our form.", "Passwords of X accounts are stored encrypted.", "THE TOOL NEEDS YOUR X LOGIN CREDENTIALS."],
    passes: ["Users sign in with X through OAuth; we never see their password.", "We never ask for anyone's X password.", "Our own staff passwords are stored hashed."],
  },
  "missing-automated-label": {
    triggers: [
      "The bot posts the weather every morning.",
      "Our account automatically posts RSS feed updates.",
      "An AUTOMATED ACCOUNT shares earthquake alerts.",
      { text: "x", answers: { engagement: { engages: "yes", actions: ["post"], trigger: "automated" } } },
    ],
    passes: [
      "The bot posts the weather every morning; its bio says it is a bot run by @acme and it carries the Automated label.",
      "People post from our app when they press Send.",
      "The account is labelled as automated and managed by @bakeryco.",
      { text: "x", answers: { engagement: { engages: "yes", actions: ["post"], trigger: "automated", isLabelled: true } } },
    ],
  },
  "risky-deceptive-bot": {
    triggers: ["The bot pretends to be a human.", "We run fake accounts that praise our product.", "The account hides that it is automated.", "Links use CLOAKED REDIRECTS."],
    passes: ["The bio says plainly that it is a bot.", "The bot never pretends to be a person.", "Links go straight to the article."],
  },
  "risky-rate-limit-circumvention": {
    triggers: ["We rotate requests across several API keys to get around rate limits.", "Extra apps let us multiply our request limits.", "When an account is suspended, we create a new account.", "We BYPASS THE RATE LIMITS with proxies."],
    passes: ["We back off and retry when a rate limit is reached.", "We never try to get around rate limits.", "We stay within the rate limits of our tier."],
  },
  "limits-tweet-ids": {
    triggers: ["We share 2,000,000 Tweet IDs with one partner every month.", "We will distribute 3 million tweet ids to each client.", "We give each customer 100,000 Tweet IDs per day.", "We SHARE 1.6M TWEET IDS monthly.", { text: "x", answers: { sharing: { shares: "yes", idsPer30Days: 2_000_000 } } }],
    passes: [
      "We share up to 1,000,000 Tweet IDs with each partner per month.",
      "We will never share 2 million Tweet IDs with anyone.",
      "As academic researchers at our university we share 5 million Tweet IDs for non-commercial research.",
      "We share 10 million Tweet IDs per year.",
      { text: "x", answers: { sharing: { shares: "yes", idsPer30Days: 2_000_000, isAcademicNonCommercial: true } } },
      { text: "x", answers: { sharing: { shares: "yes", idsPer30Days: 1_500_000 } } },
    ],
  },
  "limits-objects-per-day": {
    triggers: ["Each customer can download 80,000 Tweets a day as a spreadsheet.", "Users get up to 100k full Tweet objects daily.", "Every client may EXPORT 60,000 posts per day.", { text: "x", answers: { sharing: { shares: "yes", what: "objects", objectsPerPersonPerDay: 60_000 } } }],
    passes: ["Each customer can download 10,000 Tweets a day.", "Customers can never download 80,000 Tweets a day.", { text: "x", answers: { sharing: { shares: "yes", what: "objects", objectsPerPersonPerDay: 50_000 } } }],
  },
  "limits-apps-per-use-case": {
    triggers: ["We will register five apps for the same service.", "We need 6 apps.", "We create one app per customer region.", "SEVERAL APPS will serve this.", { text: "x", answers: { apps: { appCount: 4 } } }, { text: "x", answers: { apps: { environments: ["development", "production"], appCount: 3 } } }],
    passes: ["We use three apps: development, staging and production.", "We register two apps.", "We will not register several apps.", { text: "x", answers: { apps: { environments: ["development", "staging", "production"], appCount: 3 } } }],
  },
  "limits-account-posts": {
    triggers: ["The bot will post 3,000 Tweets per day from one account.", "The bot TWEETS 5,000 times a day.", "Our bot posts 2,500 updates daily."],
    passes: ["The bot posts 20 Tweets per day.", "The bot will never post 3,000 Tweets a day.", "We read 3,000 Tweets a day.", "The bot will post 3,000 Tweets a month."],
  },
  "consistency-analysis": {
    triggers: [
      { text: h("Analysis of Tweets and users", "We do not analyse Tweets."), answers: { analysis: { analyses: "yes" } } },
      { text: "We classify every Tweet by sentiment.", answers: { analysis: { analyses: "no" } } },
      { text: h("Analysis", "No analysis of Tweets or users takes place."), answers: { analysis: { analyses: "yes" } } },
    ],
    passes: [{ text: h("Analysis of Tweets and users", "We analyse Tweets with keyword rules."), answers: { analysis: { analyses: "yes" } } }, { text: "We do not analyse Tweets.", answers: { analysis: { analyses: "no" } } }, "We do not analyse Tweets."],
  },
  "consistency-engagement": {
    triggers: [
      { text: h("Posting and engagement", "The app does not post, Retweet or like."), answers: { engagement: { engages: "yes", actions: ["like"] } } },
      { text: "The bot will retweet news.", answers: { engagement: { engages: "no" } } },
      { text: h("Posting and engagement", "The app will post Tweets and will like Tweets."), answers: { engagement: { engages: "yes", actions: ["post"] } } },
      { text: h("Posting and engagement", "The app will reply to mentions but NEVER LIKES anything."), answers: { engagement: { engages: "yes", actions: ["reply", "like"] } } },
    ],
    passes: [
      { text: h("Posting and engagement", "The app will like Tweets when a person clicks Like."), answers: { engagement: { engages: "yes", actions: ["like"] } } },
      { text: "The app is read-only and never posts.", answers: { engagement: { engages: "no" } } },
      "The app does not post, Retweet or like.",
    ],
  },
  "consistency-display": {
    triggers: [
      { text: h("Displaying content off Twitter", "Tweets are displayed on our website."), answers: { display: { displays: "no" } } },
      { text: "No Tweets are shown anywhere.", answers: { display: { displays: "yes" } } },
      { text: "We EMBED posts in our newsletter.", answers: { display: { displays: "no" } } },
    ],
    passes: [{ text: "No Tweets are displayed outside Twitter.", answers: { display: { displays: "no" } } }, { text: "We show Tweets in our app.", answers: { display: { displays: "yes" } } }],
  },
  "consistency-sharing": {
    triggers: [
      { text: "We share Tweet IDs with other labs.", answers: { sharing: { shares: "no" } } },
      { text: "We don't share anything with anyone.", answers: { sharing: { shares: "yes" } } },
      { text: "The dataset is distributed to partners.", answers: { sharing: { shares: "no" } } },
    ],
    passes: [{ text: "We do not share data.", answers: { sharing: { shares: "no" } } }, { text: "We SHARE Tweet IDs with other labs.", answers: { sharing: { shares: "yes" } } }],
  },
  "consistency-government": {
    triggers: [
      { text: "The ministry receives weekly reports.", answers: { government: { involved: "no" } } },
      { text: "No government body is involved.", answers: { government: { involved: "yes" } } },
      { text: "The POLICE use the dashboard.", answers: { government: { involved: "no" } } },
    ],
    passes: [{ text: "No government body is involved.", answers: { government: { involved: "no" } } }, { text: "I study at a government-funded university.", answers: { government: { involved: "no" } } }],
  },
  "consistency-volumes": {
    triggers: [
      { text: "x", answers: { engagement: { engages: "no" }, volumes: { postsCreated: 100 } } },
      { text: "We only read.", answers: { engagement: { engages: "no" }, volumes: { postsCreated: 1 } } },
      { text: "x", answers: { engagement: { engages: "no" }, volumes: { postsCreated: 2_000_000, postsRead: 5 } } },
    ],
    passes: [{ text: "x", answers: { engagement: { engages: "yes" }, volumes: { postsCreated: 100 } } }, { text: "x", answers: { engagement: { engages: "no" } } }],
  },
};

const input = (c: Case) => (typeof c === "string" ? { text: c } : { text: c.text, answers: c.answers ? parseAnswers(c.answers) : null });
const label = (c: Case) => (typeof c === "string" ? c : `${c.text} + ${JSON.stringify(c.answers)}`);

describe("policy rules", () => {
  it("every rule has a table with at least three triggers and two close passes", () => {
    for (const rule of RULES) {
      const table = TABLES[rule.id];
      expect(table, rule.id).toBeDefined();
      expect(table!.triggers.length, rule.id).toBeGreaterThanOrEqual(3);
      expect(table!.passes.length, rule.id).toBeGreaterThanOrEqual(2);
    }
    expect(Object.keys(TABLES).sort()).toEqual(RULES.map((r) => r.id).sort());
  });

  it("rule ids are unique, kebab-case and start with their category", () => {
    const ids = RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const r of RULES) {
      expect(r.id).toMatch(/^[a-z]+(-[a-z0-9]+)+$/);
      expect(r.id.startsWith(`${r.category}-`), r.id).toBe(true);
      expect(r.message.length, r.id).toBeLessThanOrEqual(130);
      expect(r.message).not.toContain("\n");
      expect(r.guide).toMatch(/^\/guides\/[a-z0-9-]+#[a-z0-9-]+$/);
    }
  });

  it("every rule names the guideline it rests on, a heading of that page, and its topic", () => {
    for (const r of RULES) {
      expect(X_SOURCES[r.basis.source], r.id).toBeDefined();
      expect(r.basis.section.trim().length, r.id).toBeGreaterThan(3);
      expect(TOPICS, r.id).toContain(r.topic);
    }
    // Every topic of the guidelines' scenarios has rules.
    for (const t of TOPICS) expect(RULES.some((r) => r.topic === t), t).toBe(true);
  });

  for (const [id, table] of Object.entries(TABLES)) {
    describe(id, () => {
      const rule = ruleById(id)!;
      it.each(table.triggers.map((c) => [label(c), c] as const))("fires on %s", (_, c) => {
        expect(lintDraft(input(c), [rule]).map((f) => f.rule)).toEqual([id]);
      });
      it.each(table.passes.map((c) => [label(c), c] as const))("does not fire on %s", (_, c) => {
        expect(lintDraft(input(c), [rule])).toEqual([]);
      });
    });
  }
});
