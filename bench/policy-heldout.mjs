// The policy bench's held-out set: use-case sentences written for this bench only (none of
// them is in lib/drafts/rules.test.ts, and the rules were not tuned on them), each labelled
// with the guideline topic it belongs to and whether X's Developer Guidelines allow it.
// "problem" texts describe a use the guidelines prohibit or restrict; "clean" texts are
// allowed uses, many of them the user-initiated or negated twin of a problem text.

/** @type {{ topic: string; kind: "problem" | "clean"; text: string }[]} */
export const HELD_OUT = [
  // --- posting ------------------------------------------------------------------------------
  { topic: "posting", kind: "problem", text: "Our twelve regional accounts all publish the same promotional post at noon." },
  { topic: "posting", kind: "problem", text: "The scheduler copies each announcement to forty accounts we control." },
  { topic: "posting", kind: "problem", text: "The tool inserts whatever hashtags are trending into our posts so they reach more people." },
  { topic: "posting", kind: "problem", text: "Every product post tags a dozen celebrities to get noticed." },
  { topic: "posting", kind: "problem", text: "We operate a botnet of accounts that boosts each other's posts." },
  { topic: "posting", kind: "problem", text: "The bot will post 4,000 tweets per day from a single account." },
  { topic: "posting", kind: "clean", text: "The bot posts the tide times for Brighton at 6 am each day." },
  { topic: "posting", kind: "clean", text: "Each city account posts its own local air-quality reading." },
  { topic: "posting", kind: "clean", text: "We never copy the same post to more than one account." },
  { topic: "posting", kind: "clean", text: "Headlines from our RSS feed are posted to the newsroom's account on behalf of the editors." },
  { topic: "posting", kind: "clean", text: "We show a list of trending topics in our dashboard." },

  // --- replies and mentions -------------------------------------------------------------------
  { topic: "replies", kind: "problem", text: "Whenever someone tweets the word sourdough, our bot replies with a link to our shop." },
  { topic: "replies", kind: "problem", text: "The app auto-replies to every post that uses #marathon." },
  { topic: "replies", kind: "problem", text: "We answer people who complain about airlines with an offer from our travel site." },
  { topic: "replies", kind: "problem", text: "The assistant sends a reminder reply every hour until the customer books." },
  { topic: "replies", kind: "problem", text: "Replies are drafted by ChatGPT and posted straight away." },
  { topic: "replies", kind: "problem", text: "An LLM writes the bot's answers to mentions." },
  { topic: "replies", kind: "clean", text: "When someone mentions @threadsaver, the bot replies once with the unrolled thread." },
  { topic: "replies", kind: "clean", text: "People who reply to our post get one automatic answer with the results." },
  { topic: "replies", kind: "clean", text: "A support agent writes each reply by hand." },
  { topic: "replies", kind: "clean", text: "We do not use AI to write replies." },
  { topic: "replies", kind: "clean", text: "AI drafts the replies; X approved this before launch through the Policy Support form." },

  // --- Direct Messages ------------------------------------------------------------------------
  { topic: "dms", kind: "problem", text: "New followers automatically get a DM thanking them for following." },
  { topic: "dms", kind: "problem", text: "We mass message our followers when a sale starts." },
  { topic: "dms", kind: "problem", text: "The tool DMs users who liked a competitor's post with a discount code." },
  { topic: "dms", kind: "problem", text: "Our chatbot replies to every message automatically and keeps messaging until people answer." },
  { topic: "dms", kind: "problem", text: "The bot automatically answers DMs around the clock." },
  { topic: "dms", kind: "clean", text: "When a customer writes to us first, the bot asks how it can help; sending STOP ends the conversation." },
  { topic: "dms", kind: "clean", text: "We never send a direct message to anyone who did not write to us first." },
  { topic: "dms", kind: "clean", text: "The bot answers DMs people send us, and replying stop opts them out." },
  { topic: "dms", kind: "clean", text: "Our app does not send Direct Messages." },

  // --- engagement -----------------------------------------------------------------------------
  { topic: "engagement", kind: "problem", text: "The app auto-likes every post that contains #vegan." },
  { topic: "engagement", kind: "problem", text: "Premium users get an auto-like mode for accounts they choose." },
  { topic: "engagement", kind: "problem", text: "Our growth tool follows thousands of accounts a day to grow your audience." },
  { topic: "engagement", kind: "problem", text: "The bot follows back everyone who follows it." },
  { topic: "engagement", kind: "problem", text: "We offer like packages: 1,000 likes for ten dollars." },
  { topic: "engagement", kind: "problem", text: "The tool adds every user who posts about crypto to our lists automatically." },
  { topic: "engagement", kind: "clean", text: "A reader taps the heart in our app to like a post." },
  { topic: "engagement", kind: "clean", text: "The app never likes or follows on its own." },
  { topic: "engagement", kind: "clean", text: "We repost our own announcements from a curated list of partner accounts, a few times a week." },
  { topic: "engagement", kind: "clean", text: "Users follow an account by pressing Follow in our app." },

  // --- promotions and commerce ----------------------------------------------------------------
  { topic: "promotions", kind: "problem", text: "The bot drops affiliate links under posts about headphones." },
  { topic: "promotions", kind: "problem", text: "We share referral links with people who mention running shoes." },
  { topic: "promotions", kind: "problem", text: "To enter our giveaway you must follow us and repost the announcement." },
  { topic: "promotions", kind: "problem", text: "Members earn credits for every follow they give other members." },
  { topic: "promotions", kind: "problem", text: "We retarget people on Instagram based on the posts they liked on X." },
  { topic: "promotions", kind: "clean", text: "When someone asks the bot for a recommendation, it sends one product link and says it is an affiliate link." },
  { topic: "promotions", kind: "clean", text: "People enter the contest by replying with their favourite recipe." },
  { topic: "promotions", kind: "clean", text: "The tip bot sends a tip only when the sender asks it to." },
  { topic: "promotions", kind: "clean", text: "We promote our café with ads on X." },

  // --- data and research ----------------------------------------------------------------------
  { topic: "data", kind: "problem", text: "We will fine-tune our own language model on the collected posts." },
  { topic: "data", kind: "problem", text: "Posts about our brand become training data for our recommendation model." },
  { topic: "data", kind: "problem", text: "A Selenium script logs in and scrolls the timeline to save posts." },
  { topic: "data", kind: "problem", text: "The crawler collects profiles from x.com every night." },
  { topic: "data", kind: "problem", text: "Our report compares X's daily active users with Threads and Bluesky." },
  { topic: "data", kind: "problem", text: "We estimate how much spam there is on X for a newspaper." },
  { topic: "data", kind: "problem", text: "We match follower handles against our CRM to find their email addresses." },
  { topic: "data", kind: "problem", text: "The model predicts each author's political leaning." },
  { topic: "data", kind: "problem", text: "We flag accounts whose posts suggest money troubles for our lenders." },
  { topic: "data", kind: "problem", text: "We help the police monitor local protest organisers." },
  { topic: "data", kind: "problem", text: "Landlords get a background check built from an applicant's tweets." },
  { topic: "data", kind: "problem", text: "Users type their X password into our app so it can post for them." },
  { topic: "data", kind: "problem", text: "We show posts in an iframe of x.com." },
  { topic: "data", kind: "problem", text: "We sell the archive of collected tweets to hedge funds." },
  { topic: "data", kind: "clean", text: "The dashboard tracks mentions of our clients' brands." },
  { topic: "data", kind: "clean", text: "We count posts about the bus strike per day for academic research, storing no user IDs." },
  { topic: "data", kind: "clean", text: "We use an off-the-shelf sentiment model and never train it on X content." },
  { topic: "data", kind: "clean", text: "All data comes through the official X API." },
  { topic: "data", kind: "clean", text: "Shoppers who opt in connect their X account to their loyalty card." },
  { topic: "data", kind: "clean", text: "People sign in with X through OAuth, so we never see their password." },
  { topic: "data", kind: "clean", text: "Posts are shown with X's official embed, author and time included." },
  { topic: "data", kind: "clean", text: "We share only Tweet IDs with other researchers." },

  // --- automation rules -----------------------------------------------------------------------
  { topic: "automation", kind: "problem", text: "Our account posts a quote of the day automatically." },
  { topic: "automation", kind: "problem", text: "The bot shares earthquake alerts as soon as they are published." },
  { topic: "automation", kind: "problem", text: "The account is written to sound like a real person so that nobody knows it is a bot." },
  { topic: "automation", kind: "problem", text: "We run fake profiles that review our restaurant." },
  { topic: "automation", kind: "problem", text: "Requests are spread across several apps so we can get more out of the rate limits." },
  { topic: "automation", kind: "problem", text: "If the account gets suspended, we register a new account and carry on." },
  { topic: "automation", kind: "clean", text: "The bot posts the weather every morning; its bio says it is automated and managed by @metoffice_team." },
  { topic: "automation", kind: "clean", text: "When we reach a rate limit we wait until the window resets." },
  { topic: "automation", kind: "clean", text: "The account carries the Automated label and names its operator." },
  { topic: "automation", kind: "clean", text: "Every post is written and sent by a person in our team." },
];
