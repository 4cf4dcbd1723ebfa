import type { ChangeNote, Guide } from "@/lib/guides/types";
import { CONFIRM_AT } from "@/lib/guides/confirm-at";
import {
  AccessLevelsDrawing,
  AgreementDrawing,
  EnvironmentsDrawing,
  ForumPostDrawing,
  OwnershipDrawing,
  PostLimitDrawing,
  SharingDrawing,
  SupportChannelsDrawing,
  SuspendedDrawing,
  UpdateUseCaseDrawing,
  UseCaseFormDrawing,
} from "@/content/guides/access-levels-and-policy/drawings/drawings";
import { AskFirstDrawing, AutomationRulesDrawing, HandleContentDrawing, NeverAllowedDrawing } from "@/content/guides/access-levels-and-policy/drawings/guidelines";
import { X_SOURCES, type XSourceId } from "@/lib/x/sources";

const CHANGED = "2026-11-23";
const RENAMED: ChangeNote = {
  date: CHANGED,
  text: "Twitter is now X. The policy pages and the support forms moved to `x.com` and `developer.x.com`, API access is now managed in the Developer Console at `console.x.com`, and notices come from X addresses. The rules described here still apply under the new names; check the current Developer Policy for wording changes.",
  confirmAt: [CONFIRM_AT.developerTerms, CONFIRM_AT.help],
};

/** Where to confirm a step about today's Developer Guidelines: X's own pages, from the one registry. */
const confirmAt = (...ids: XSourceId[]) => ids.map((id) => ({ label: `X docs: ${X_SOURCES[id].title}`, url: X_SOURCES[id].url }));
const GUIDELINES_CHECKED = X_SOURCES.developerGuidelines.checkedOn;
const TODAY_NOTE = (text: string, ...ids: XSourceId[]): ChangeNote => ({ date: GUIDELINES_CHECKED, text, confirmAt: confirmAt("developerGuidelines", ...ids) });

export const policyGuide: Guide = {
  slug: "access-levels-and-policy",
  era: "earlier-portal",
  title: "Access levels and the developer policy",
  summary:
    "What each access level gives you, what the use-case review wants to hear, the one-App-per-use-case rule, how much content you may share, and what to do if your App is restricted or suspended.",
  minutes: 25,
  seeds: ["001_b7ebab3dd8905f71.txt"],
  reviewed: GUIDELINES_CHECKED,
  steps: [
    {
      id: "agree-to-the-terms",
      title: "Know what you agree to",
      body: [
        "Calling the Twitter API means accepting the **Developer Agreement**. You see it, and click to accept it, while signing up for a developer account; using the API at all counts as agreeing.",
        "The agreement is not the only rulebook. Building on the API or handling Twitter content also binds you to the **Developer Policy**, the **Automation Rules**, the **Display Requirements**, the **API Restricted Uses Rules**, the **Twitter Rules**, the brand resources, the Periscope community and trademark guidelines, and any separate contract you sign with Twitter (such as a Master Licensing Agreement). Changes to these policies, and new ones, apply to you too.",
        "You are also answerable for how **your users** use your service: watch for misuse and design the product so that it can't easily break the rules. Not doing so can cost you your API access.",
        "Questions the documents don't answer go to the policy team through the **API Policy Support** form. Twitter's \"stay informed\" page explains how to be told when the developer terms change.",
      ],
      instructions: [
        "Open and read the Developer Agreement and each linked policy before you accept; they apply together.",
        "Tick the acceptance box and submit only once you are sure your plans fit them.",
        "Sign up for notifications so that a change to the terms doesn't catch you out.",
      ],
      screenshot: { alt: "The developer agreement screen: callout 1 at the list of policies you must also follow, callout 2 at the acceptance checkbox, callout 3 at the Stay informed panel's Get notified button.", Drawing: AgreementDrawing },
      changeNote: RENAMED,
    },
    {
      id: "access-levels",
      title: "Pick the access level that fits",
      body: [
        "When the API v2 sign-up was simplified, Twitter reorganised access into levels so that up to **two million Tweets a month** could be retrieved without paying.",
        "**Essential** is granted straight away: one App environment and up to **500,000 Tweets a month**. **Elevated** is also free but is reviewed: three App environments (development, staging and production) and up to **2,000,000 Tweets a month**. The **Academic Research** track is a separate, reviewed application for researchers.",
        "Before your first Essential request you only state the major topic area you'll work in. Elevated and Academic Research access are given after Twitter reviews an application, so you have to apply for them.",
        "Twitter said it wanted more apps that make the public conversation healthier and safer (moderation, for example), curate and recommend content, help people express themselves and connect, make conversation easier across languages and places, measure and analyse the public conversation, and serve the public good. To encourage that, it dropped the policy language limiting how you build on core features and how many users an App may serve.",
      ],
      instructions: [
        "Find your current level, marked on the Products page.",
        "Compare the number of App environments and the monthly Tweet cap with what you need.",
        "If you need more, use **Apply** on Elevated (or Academic Research) and be ready to describe your use case.",
      ],
      facts: [
        { label: "Essential", value: "Immediate · 1 App environment · 500,000 Tweets per month" },
        { label: "Elevated", value: "Free, reviewed · 3 App environments (dev, staging, prod) · 2,000,000 Tweets per month" },
        { label: "Academic Research", value: "Separate reviewed application for academic researchers" },
        { label: "Review", value: "Essential: state your topic area · Elevated and Academic: application reviewed" },
      ],
      screenshot: {
        alt: "The earlier portal's Products page with three access-level cards: callout 1 at the Your access level badge on Essential, callout 2 at Elevated's list of three environments and two million Tweets, callout 3 at the Apply button. Below the cards, a note added by Perch shows how access changed: these access levels (2021–2023), then the Free, Basic, Pro and Enterprise subscription tiers (2023–2026, now legacy), then pay-per-use credits in the Developer Console since February 2026, marked as today's.",
        Drawing: AccessLevelsDrawing,
      },
      changeNote: {
        date: CHANGED,
        text: "Access has changed twice since. In 2023 these levels gave way to subscription tiers (Free, Basic, Pro and Enterprise) with monthly caps; since February 2026 those are legacy too. Today every new developer buys credits in the Developer Console and pays per resource read or per request written, with no monthly cap to choose — the timeline in the picture shows the three. Legacy Basic and Pro subscribers can opt in to pay-per-use or stay. The numbers above are the seed's, kept as history; the Developer Console guide shows today's prices.",
        confirmAt: [CONFIRM_AT.pricing, CONFIRM_AT.consoleDocs],
      },
    },
    {
      id: "describe-your-use-case",
      title: "Describe your use case the way reviewers need it",
      body: [
        "A **use case** is what you intend to do with the API through your developer account and your Apps. Reviewers want enough detail to judge it, so answer each of their questions with your own facts.",
        "Start with the **core purpose**: the problem you're solving, the user story or the overall goal. \"Business purpose\" here includes non-commercial aims. If you're a student or just learning, describe the projects or areas you plan to explore.",
        "If you will **analyse** Tweets, accounts or their content, say what analyses you'll run and with which methods; for Twitter, any processing of content counts as analysis, so be as complete as you can. If you will **Tweet, Retweet or like**, say how your App will interact with accounts and their content. If you will **show Twitter content outside Twitter**, say where and how, and whether people will see individual Tweets (row level) or only aggregates.",
        "Link to screenshots, mock-ups or sample output where you can: they make a review much easier. Perch's drafting helper turns these answers into a draft and checks it.",
      ],
      instructions: [
        "State the core purpose: the problem, the user story or the goal (commercial or not).",
        "Say whether you analyse Tweets or users, and describe the analyses and methods.",
        "Say whether the App Tweets, Retweets or likes, and how it interacts with accounts.",
        "Say whether and where content is shown off Twitter, row by row or aggregated.",
        "Add links to illustrations or sample work products.",
      ],
      checklist: [
        "Core purpose, problem or user story",
        "For learners: the projects or areas of focus",
        "Analyses of Tweets or users, with methods and techniques",
        "Tweeting, Retweeting or liking, and how accounts are engaged",
        "Off-Twitter display: where, how, row level or aggregated",
        "Links to examples or sample work",
      ],
      screenshot: { alt: "The use-case questionnaire: callouts 1 to 4 beside the free-text answers for the core use case, analysis, Tweeting and liking, and off-Twitter display; callout 5 at the field for links to sample work.", Drawing: UseCaseFormDrawing },
      changeNote: {
        date: CHANGED,
        text: "Sign-up in today's Developer Console asks for much less up front: an App's name and description, and perhaps a few questions about your use, with no review to wait for. The points above are still what makes a description clear and honest, and the Developer Policy still holds you to it.",
        confirmAt: [CONFIRM_AT.consoleDocs, CONFIRM_AT.developerTerms],
      },
    },
    {
      id: "keep-your-use-case-current",
      title: "Treat the description as a promise",
      body: [
        "What you wrote is **binding**. Drifting substantially from it can be treated as a rule violation and lead to enforcement.",
        "Before you use Twitter content for a **new purpose**, tell Twitter and wait for approval. Do that through the API Policy Support form with the option **\"I need to update my developer use case\"** (or another route Twitter has agreed with you). Starting first risks suspension and losing API and data access.",
        "Reviews also ask about **government** involvement. \"Government use\" is defined in the Developer Agreement; a student at a government-funded university does not count as government affiliated.",
      ],
      instructions: [
        "When your plans change, choose **I need to update my developer use case** in the API Policy Support form.",
        "Explain the new purpose and wait for approval before using content for it.",
      ],
      screenshot: { alt: "The API Policy Support form: callout 1 at the request-type menu set to I need to update my developer use case, callout 2 at the text box where you explain the change.", Drawing: UpdateUseCaseDrawing },
      changeNote: RENAMED,
    },
    {
      id: "one-app-per-use-case",
      title: "Use one App per use case (dev, staging and prod excepted)",
      body: [
        "You may not register several Apps for one use case, or for use cases that are nearly the same or overlap. Here a use case means one consistent set of analyses, displays or actions done through an App. Offering the same service to different customers, white-label versions included, is still **one** use case.",
        "The rule covers Apps your users register too. Never ask customers to create their own developer App (or hand you their consumer keys and secrets) to run your service: that can bring enforcement against you, your Apps, your customers and their users. A commercial service uses **one App** that every customer authorises with OAuth; each of them then counts against the per-user and per-app limits.",
        "The single exception: separate **development**, **staging** and **production** instances of the same service. Label them clearly (in the App name or description), and never run production traffic through the development or staging App. Review the restricted use cases, the agreement, the policy, the Automation Rules and the Display Requirements, and ask the policy team when unsure.",
      ],
      instructions: [
        "Name each App after its environment, e.g. `perch-dev`, `perch-staging`, `perch-prod`.",
        "Keep production traffic on the production App only.",
        "Serve every customer from the same App through OAuth, never through Apps they register.",
      ],
      screenshot: { alt: "A Project with three Apps: callout 1 at the App named perch-dev, callout 2 at the Staging badge, callout 3 at the note that one App serves every customer.", Drawing: EnvironmentsDrawing },
      changeNote: {
        date: CHANGED,
        text: "How many Apps you could have was set by the access level, and later by the tier (both now legacy). In today's Developer Console you add Apps with **New App**; check there for any limit on how many. The one-use-case rule is unchanged in today's Developer Policy.",
        confirmAt: [CONFIRM_AT.consoleDocs, CONFIRM_AT.developerTerms],
      },
    },
    {
      id: "app-ownership",
      title: "Let the company own its Apps",
      body: [
        "When you build for a company, sign up with the **company's Twitter account** (a team account) rather than a personal one, and move work Apps that live under an employee's handle over to it.",
        "Whoever owns an App keeps it when they leave. If an employee owned it, the company can only get it back if that person agrees to transfer it; Twitter can't do it without the owner's consent.",
        "Transfers are requested through the API Policy Support form with **\"I need to transfer an API key to another account\"**. Customers of a commercial App don't get developer accounts of their own: they authorise your one App with their Twitter account.",
      ],
      instructions: [
        "Check that the App owner is the company handle, not a person.",
        "If it isn't, request a transfer through the support form while the owner can still consent.",
        "Have customers sign in to your App with OAuth instead of registering their own.",
      ],
      screenshot: { alt: "An App's settings: callout 1 at the App owner shown as the company handle, callout 2 at the Request transfer button, callout 3 at the list of customers authorised through OAuth.", Drawing: OwnershipDrawing },
      changeNote: RENAMED,
    },
    {
      id: "sharing-tweet-ids-and-content",
      title: "Share IDs, not content, with third parties",
      body: [
        "When you give Twitter content to anyone else, as a downloadable dataset or through your own API, share only **Tweet IDs, Direct Message IDs and User IDs**. The recipient can fetch the content themselves.",
        "Even IDs are capped: no more than **1,500,000 Tweet IDs** to any one entity (counting everyone associated with it) in any **30 days**, unless Twitter has given written permission.",
        "Separately, any developer may give each user of their service up to **50,000 public Tweet and/or User objects per day**, as long as it's done by hand (downloading a spreadsheet or PDF, for example), not automatically.",
        "**Academic researchers** sharing on behalf of an academic institution, solely for non-commercial research, may share unlimited Tweet IDs and User IDs, for example so that peers can review or reproduce their work. Ask through the API Policy Support form if you're unsure whether you qualify.",
      ],
      instructions: [
        "Export Tweet IDs and User IDs, not full objects, when sharing a dataset.",
        "Track how many IDs each recipient entity has had in the last 30 days.",
        "Offer full objects only as a manual download, within the daily per-person limit.",
      ],
      facts: [
        { label: "What may be shared", value: "Tweet IDs, Direct Message IDs, User IDs" },
        { label: "Tweet IDs to one entity", value: "At most 1,500,000 per 30 days without written permission" },
        { label: "Full objects", value: "Up to 50,000 public Tweet/User objects per user per day, non-automated" },
        { label: "Academic research", value: "Unlimited Tweet and User IDs, non-commercial, for an institution" },
      ],
      screenshot: { alt: "A Share this dataset dialog: callout 1 at the selected Tweet IDs and User IDs only option, callout 2 at the bar showing 1,230,000 of 1,500,000 Tweet IDs sent to this entity in 30 days, callout 3 at the full-objects option limited to 50,000 per person per day.", Drawing: SharingDrawing },
      changeNote: {
        date: CHANGED,
        text: "X's current Developer Agreement still limits redistribution of content; check today's numbers in its content-redistribution section before relying on the figures above.",
        confirmAt: [CONFIRM_AT.developerTerms],
      },
    },
    {
      id: "post-request-limits",
      title: "Ask before you need more POST requests",
      body: [
        "If many people create Tweets through your App, its **POST request limits** may not be enough. Twitter explained how to ask for more in a forum announcement, and wrote separately about adaptive limits for Direct Message POSTs.",
        "Request an increase through the API Policy Support form. Higher POST limits usually go to Apps where **many different users** are creating Tweets.",
        "Whatever your App's limits, each Twitter account remains bound by the overall account limit of **2,400 Tweets**, Retweets and replies included.",
      ],
      instructions: [
        "Open the API Policy Support form and pick the option for other policy matters.",
        "Explain how many users create Tweets through your App and why the current limit is too low.",
        "Submit, and plan for the 2,400-Tweet account limit either way.",
      ],
      facts: [{ label: "Account limit", value: "2,400 Tweets, including Retweets and replies" }],
      screenshot: { alt: "The API Policy Support form: callout 1 at the request-type menu, callout 2 at the explanation box, callout 3 at the Submit button.", Drawing: PostLimitDrawing },
      changeNote: {
        date: CHANGED,
        text: "Rate limits are now set per endpoint, per App and per user, and they're separate from billing: pay-per-use charges for what a request reads or writes, while a rate limit still caps how many requests fit in each window. The Developer Console and X's rate-limit page list them; check there before asking for an increase.",
        confirmAt: [CONFIRM_AT.rateLimits, CONFIRM_AT.console],
      },
    },
    {
      id: "follow-the-automation-rules",
      title: "Follow the Automation Rules if your App acts on its own",
      body: [
        "An App that writes to X (posts, replies, DMs) without a person pressing a button each time makes its account an **automated account**, bound by X's automation rules. Read-only tools still keep to the technical limits.",
        "It must be **recognisable**: the **Automated** label switched on, a bio saying it is a bot and who runs it, and a link to a human-managed account. It must **stop when asked**: watch for \"stop\" and honour it at once.",
        "Scheduled posts are fine if they mention nobody unasked and are not copied across accounts; replies and DMs need the person to have engaged first. Likes come only from a person tapping Like, never from a keyword, hashtag, user list or schedule. Follows, unfollows and list additions are never automated or in bulk. Use only the official API, within its rate limits.",
      ],
      instructions: [
        "Turn on the **Automated** label for the bot account and link it to the human-managed account that runs it.",
        "Write in the bio that it is a bot and who operates it.",
        "Make \"stop\" (or a block) end all contact with that person immediately.",
        "Check each automated action against the table: likes and follows only when a person asks, nothing through scraping, nothing around the rate limits.",
      ],
      facts: [
        { label: "Label", value: "Automated label on, operator named in the bio, linked to a human-managed account" },
        { label: "Allowed automatically", value: "Scheduled posts; replies and DMs only after the person engaged; reposts without bulk" },
        { label: "Never automated", value: "Likes, follows and unfollows, bulk list additions" },
      ],
      screenshot: {
        alt: "A bot's X profile beside a table of automated actions: callout 1 at the account's Automation settings button, callout 2 at the Automated label with by @crumbco beside it, callout 3 at the bio line saying reply STOP to end messages, callout 4 at the table marking scheduled posts allowed, replies, DMs and likes only when asked, and automatic follows, scraping and getting around rate limits never allowed.",
        Drawing: AutomationRulesDrawing,
      },
      changeNote: TODAY_NOTE("This step follows X's current Developer Guidelines (automation rules), which the seed only pointed to; it is new in Perch's guide, and the policy check's automation rules link here.", "developerPolicy"),
    },
    {
      id: "reply-and-message-only-when-asked",
      title: "Reply, message and promote only when someone asked",
      body: [
        "X draws the line at **who started it**: answering someone who mentioned you, replied to you or wrote you a DM is a service; contacting people who did not is unsolicited, however helpful.",
        "**Replies** go once per interaction to people who engaged first, never to everyone using a keyword or hashtag. **DMs** only answer a person who wrote first (a welcome DM to new followers is unsolicited too; pin a welcome post instead), never in bulk.",
        "**Affiliate links** only on request, with the relationship disclosed. Giveaways that require a follow or repost are risky; selling or paying for engagement is never allowed. **AI-written** posts and replies need X's approval first. One account per city or language is fine when each says something different; the same text from several accounts, or riding trends for reach, is manipulation.",
      ],
      instructions: [
        "Reply only to people who mentioned or replied to the account first, and only once per interaction.",
        "Send a DM only in answer to one the person sent first; no welcome DMs, no bulk DMs.",
        "Send affiliate or referral links only on request, and disclose the relationship.",
        "Ask X for approval before AI writes any post or reply, and say in your use case that you have it.",
      ],
      facts: [
        { label: "Replies", value: "Only after the person engaged; at most one per interaction" },
        { label: "DMs", value: "Only after the person wrote first; easy opt-out" },
        { label: "AI-generated replies", value: "Prior approval from X required" },
      ],
      screenshot: {
        alt: "Two columns, The person asked first and Nobody asked: callout 1 between answering a mention once and auto-replying to every keyword post, callout 2 between answering a DM the person sent and a welcome DM to new followers, callout 3 between a disclosed recommendation link on request and affiliate links under random posts, callout 4 between approved AI replies and AI replies launched without approval.",
        Drawing: AskFirstDrawing,
      },
      changeNote: TODAY_NOTE("New in Perch's guide: these are the \"allowed or not?\" scenarios and gray areas of X's current Developer Guidelines (replies and mentions, Direct Messages, engagement, promotions), in our words."),
    },
    {
      id: "uses-that-are-never-allowed",
      title: "Know the uses that are never allowed",
      body: [
        "Some uses X refuses outright; they lead to suspension, often permanent. **Scraping** or browser automation instead of the official API ends in a permanent ban. **Training or fine-tuning** AI or machine-learning models on X content is prohibited (Grok excepted); running a ready-made model over posts is not training, so say which you do.",
        "**Watching people** (surveillance, tracking, profiling, monitoring protests or activists, background checks, credit or insurance scoring) and **deriving sensitive traits** (health, finances, politics, ethnicity, beliefs, sex life, union membership, crime) are out, aggregates without user IDs aside. So are measuring X itself against rivals, targeting ads off X with X data, asking for X passwords, and getting around rate limits or suspensions.",
      ],
      instructions: [
        "Get every piece of data through the official X API; no scraping, no browser automation.",
        "Do not train or fine-tune any model on X content, and say so in your use case.",
        "Leave out surveillance, sensitive traits, measurements of X itself and ad targeting off X.",
      ],
      checklist: [
        "No scraping or browser automation",
        "No AI or machine-learning training on X content (Grok excepted)",
        "No surveillance, tracking or profiling of people",
        "No inference of health, finances, politics, ethnicity, religion, sex life, union membership or crime",
        "No benchmarking or measuring of X itself",
        "No selling of engagement, no paying for it",
        "No ad targeting off X with X data, no collecting of X passwords",
        "No getting around rate limits or suspensions",
      ],
      screenshot: {
        alt: "A list of uses marked never: callout 1 at scraping X or automating a browser (official API only), callout 2 at training or fine-tuning AI models on X content (Grok excepted), callout 3 at surveillance, tracking or profiling people, next to measuring X itself, inferring sensitive traits, selling engagement and targeting ads off X.",
        Drawing: NeverAllowedDrawing,
      },
      changeNote: TODAY_NOTE("New in Perch's guide: X's current prohibited activities, technical restrictions and restricted uses. The seed named the restricted-uses page without listing them.", "restrictedUseCases", "developerPolicy"),
    },
    {
      id: "store-match-and-show-content-carefully",
      title: "Store, match and show X content carefully",
      body: [
        "Stored X content must stay **current**: delete a post within **24 hours** once it is deleted, protected or suspended on X, or its author or X asks; delete everything within **10 business days** if your access ends.",
        "**Matching** an X account with records outside X (customers, emails, devices) needs the person's **opt-in**. When you **show** posts, keep author, time and attribution, change nothing but the size, and use embeds, never iframes.",
      ],
      instructions: [
        "Delete a stored post within 24 hours once it is deleted on X or someone asks, and everything within 10 business days if access ends.",
        "Link an X account to your own records only after the person opted in.",
        "Display posts unaltered, with author and time, through embeds rather than iframes.",
      ],
      facts: [
        { label: "Deleted or removed on X, or on request", value: "Delete within 24 hours" },
        { label: "API access ends", value: "Delete all X data within 10 business days" },
        { label: "Off-X matching", value: "Express opt-in first" },
      ],
      screenshot: {
        alt: "An app's X data settings: callout 1 at the deletion deadlines (24 hours after a deletion on X or a request, 10 business days after access ends), callout 2 at an opt-in checkbox linking an X account to a loyalty card, callout 3 at a post shown as an official embed with author and time, marked no iframe and no edited text.",
        Drawing: HandleContentDrawing,
      },
      changeNote: TODAY_NOTE("New in Perch's guide: the data handling and display requirements of X's current Developer Guidelines.", "developerPolicy"),
    },
    {
      id: "enforcement-and-suspension",
      title: "If your App is restricted or suspended",
      body: [
        "Twitter expects everyone using its API and content to respect people's reasonable expectations of privacy. Apps that break the policies, or go beyond their approved use case, can be limited in the calls they may make, lose permissions, or be **suspended** along with their owner; access can be revoked for good.",
        "Suspensions usually follow breaking the developer terms (the Automation Rules, for example), changing what the App does beyond its use case, or leaving the App **unused for more than 365 days**. A suspended App can't make requests or sign new users in until the matter is settled, much like a suspended account.",
        "You'll normally hear by email at the App owner's address, from support@twitter.com, with a subject such as \"Application Suspension Notice\". In the portal the App carries a **red label**, and its API requests fail with error code 32, \"Could not authenticate you.\"",
        "**Do not register another App** to get around it: that breaks the terms and can lead to permanent suspension. Instead, file a ticket through the API Policy Support form under \"My application is suspended or restricted from performing write actions\", including anything you think may have caused it. Twitter aims to reinstate developers who work with it in good faith; the same form is how you appeal.",
      ],
      instructions: [
        "Look for the red Suspended label on the App in Projects & Apps.",
        "Find the notice sent to the App owner's email and read the reason.",
        "Contact API Policy Support with what may have led to it, and appeal there.",
        "Don't create a replacement App while the suspension stands.",
      ],
      code: { caption: "What a suspended App's requests return", language: "json", text: '{"errors": [{"code": 32, "message": "Could not authenticate you."}]}' },
      facts: [
        { label: "Common reasons", value: "Breaking the terms (e.g. Automation Rules) · use beyond the use case · unused for over 365 days" },
        { label: "Notice", value: "Email from support@twitter.com, subject like \"Application Suspension Notice\"" },
      ],
      screenshot: { alt: "The Apps list with a suspended App: callout 1 at the red Suspended label, callout 2 at the suspension notice email, callout 3 at the Contact API Policy Support button, callout 4 at a crossed-out Create another App button.", Drawing: SuspendedDrawing },
      changeNote: RENAMED,
    },
    {
      id: "getting-support",
      title: "Choose the right support channel",
      body: [
        "The **API Policy Support** form covers six situations: your App is suspended or restricted from write actions; you need to transfer an API key to another account; you want to report a policy violation; you'd like to create **more than ten Apps**; you need to update your use case; and any other policy question.",
        "For general questions, the **community forum** is the place to start: the Rules and Policy section probably already has an answer, Twitter staff moderate it, and you're welcome to answer others too.",
        "Feature requests and feedback go through the **Developer Platform Feedback Form**. Login and account problems belong with the **Twitter Help Desk**, not the policy team.",
      ],
      instructions: [
        "For policy matters, pick the matching option in the API Policy Support form.",
        "For how-to questions, search and post in the community forum.",
        "Send feature ideas through the feedback form.",
        "Take login and account problems to the Help Desk.",
      ],
      checklist: [
        "My App has been suspended or restricted from performing write actions",
        "I need to transfer an API key to another account",
        "I need to report an API policy violation",
        "I would like to create more than ten Apps",
        "I need to update my developer use case",
        "Other policy-related matters",
      ],
      screenshot: { alt: "The API Policy Support form listing its six request types with callout 1, and a side panel of other channels: callout 2 at the community forum, callout 3 at the feedback form, callout 4 at the Help Desk.", Drawing: SupportChannelsDrawing },
      changeNote: {
        date: CHANGED,
        text: "The forum and forms now live under X's developer site and help centre; the categories may be named differently. Pick the closest match.",
        confirmAt: [CONFIRM_AT.forum, CONFIRM_AT.help],
      },
    },
    {
      id: "ask-a-good-support-question",
      title: "Ask a support question that gets answered",
      body: [
        "A question with everything needed to reproduce the problem gets a useful answer far sooner. Keep **one topic per post**, and leave secrets (keys, tokens) out of anything you paste.",
      ],
      instructions: [
        "Describe the problem and fill in every item of the checklist below.",
        "Attach the request with its headers, the error response and a code sample or screenshot.",
        "Post one topic at a time.",
      ],
      checklist: [
        "A description of the problem",
        "The API call you made, with its headers if you can",
        "What Twitter returned, including any error messages",
        "What you expected to get instead",
        "What you have already tried",
        "The steps to reproduce it",
        "When it happened, if the timing matters",
        "Relevant IDs, such as the App ID or a Tweet ID",
        "A code sample or screenshots",
      ],
      screenshot: { alt: "A new forum topic in Rules and Policy: callout 1 at the problem description, callout 2 at the attachments (request with headers, error response, code sample), callout 3 at the reminder to keep one topic per post.", Drawing: ForumPostDrawing },
    },
  ],
};
