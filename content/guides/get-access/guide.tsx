import type { Guide } from "@/lib/guides/types";
import { factNote } from "@/lib/guides/fact-note";
import { ApprovalReviewDrawing } from "@/content/guides/get-access/drawings/approval-review";
import { BasicInformationDrawing } from "@/content/guides/get-access/drawings/basic-information";
import { ChooseUseTypeDrawing } from "@/content/guides/get-access/drawings/choose-use-type";
import { DeveloperPlatformDrawing } from "@/content/guides/get-access/drawings/developer-platform";
import { PersonalAccountDrawing } from "@/content/guides/get-access/drawings/personal-account";
import { TermsDrawing } from "@/content/guides/get-access/drawings/terms";
import { VerifyPhoneDrawing } from "@/content/guides/get-access/drawings/verify-phone";

const CHANGED = "2026-12-07";

export const getAccessGuide: Guide = {
  slug: "get-access",
  era: "earlier-portal",
  title: "Get access to the Twitter API",
  summary:
    "From a personal Twitter account to an approved developer account: what the application asks, how the review works, and which kind of use to pick.",
  minutes: 15,
  seeds: ["000_bcd81157946f4200.txt"],
  reviewed: CHANGED,
  steps: [
    {
      id: "personal-account",
      title: "Start with a personal Twitter account",
      body: [
        "API credentials always belong to a normal Twitter account, so you need one for yourself before anything else. If you already use Twitter, you can skip the sign-up and use that account.",
        "To create one, open the sign-up page at `twitter.com/i/flow/signup`. An e-mail address is enough to get through sign-up.",
        "API access does need a **phone number linked to the account**. You don't have to add it now: the developer platform will ask for it later in the application if the account doesn't have one yet.",
      ],
      instructions: [
        "Enter your name and e-mail address in the sign-up form.",
        "If you prefer to link your phone number straight away, switch to **Use phone instead**; otherwise keep the e-mail address and add the phone later.",
        "Click **Next** and finish the remaining sign-up screens.",
      ],
      screenshot: {
        alt: "The Twitter sign-up dialog “Create your account”: callout 1 at the Email field, callout 2 at the “Use phone instead” link, callout 3 at the Next button at the bottom.",
        Drawing: PersonalAccountDrawing,
      },
      changeNote: factNote(["consoleSignIn"], "The seed's Twitter account is an X account today, and it's still what you sign in to X's developer site with."),
    },
    {
      id: "developer-platform",
      title: "Open the developer platform and log in",
      body: [
        "Everything to do with API keys is managed on Twitter's developer platform at `developer.twitter.com`. That is where you apply for access and, once approved, where your Projects, Apps and keys live.",
        "You log in to it with the same personal account from the previous step; there is no separate developer password.",
        "Before you start, know that what follows is an **application that Twitter reviews**, not an instant sign-up. The next steps walk through each stage; the review itself and the terms you agree to are covered at the end.",
      ],
      instructions: [
        "Click **Log in** at the top right and sign in with your personal Twitter account.",
        "Click **Sign up for access** to start the application.",
      ],
      screenshot: {
        alt: "The developer platform landing page: callout 1 at the Log in button in the top bar, callout 2 at the “Sign up for access” button under the main heading.",
        Drawing: DeveloperPlatformDrawing,
      },
      changeNote: factNote(["ppuLaunched", "consoleSignIn", "legacyPlans"], "A newcomer no longer starts with this application."),
    },
    {
      id: "basic-information",
      title: "Give your basic information",
      body: [
        "Once you're logged in to the developer platform, the application runs over several stages: basic information, your intended use, a review of your answers, and the terms. The first asks for some basic facts about you.",
        "Check the account shown at the top: the access you are granted belongs to that account, so make sure it's the one you mean to use.",
      ],
      instructions: [
        "Check that the account you're signed in with is the one that should own the API access.",
        "Enter your name.",
        "Choose the country you live in.",
        "Click **Next**.",
      ],
      screenshot: {
        alt: "The Basic info stage of the application: callout 1 at the signed-in account, callout 2 at the name field, callout 3 at the country drop-down, callout 4 at the Next button.",
        Drawing: BasicInformationDrawing,
      },
    },
    {
      id: "verify-phone",
      title: "Verify your phone number",
      body: [
        "If your account still has no verified phone number at this point, the application stops and asks for one. You can't carry on without it.",
        "Twitter sends a code by text message; type it in to confirm the number belongs to you.",
      ],
      instructions: [
        "Choose your country code and enter your phone number.",
        "Click **Send code**.",
        "Type in the code from the text message.",
        "Click **Verify**.",
      ],
      screenshot: {
        alt: "A “Verify your phone number” dialog over the application: callout 1 at the phone number field, callout 2 at the Send code button, callout 3 at the verification code field, callout 4 at the Verify button.",
        Drawing: VerifyPhoneDrawing,
      },
    },
    {
      id: "choose-use-type",
      title: "Choose Professional, Hobbyist or Academic",
      body: [
        "The application asks which kind of use you have in mind: **Professional**, **Hobbyist** or **Academic**.",
        "The rule of thumb is simple: pick **Professional** only if the access is part of your job, **Academic** only if it's for academic research, and **Hobbyist** in every other case.",
      ],
      instructions: [
        "Choose **Professional** only if you're requesting access as part of your job.",
        "Choose **Academic** only if the access is for academic research.",
        "Otherwise choose **Hobbyist**, and pick what you plan to build.",
        "Click **Next** to continue to the intended-use questions.",
      ],
      screenshot: {
        alt: "Three option cards, Professional, Hobbyist (selected) and Academic: callout 1 under Professional, callout 2 under Academic, callout 3 on Hobbyist, callout 4 at the Next button below the Hobbyist sub-options.",
        Drawing: ChooseUseTypeDrawing,
      },
      changeNote: factNote(["payPerUse", "legacyPlans", "postReadCap"], "Today's sign-up asks for no use type and offers no tier to choose: the seed's Professional, Hobbyist and Academic choices are gone."),
    },
    {
      id: "approval-and-review",
      title: "Describe your use and wait for the review",
      body: [
        "Getting API access is an **application that Twitter reviews** before you can continue; you can't skip it. The next stage of that application is where you explain, in writing, what you intend to do with the API, and it's what the reviewers judge you on.",
        "Two things make this process unforgiving: if the application is **rejected you are not told why**, and **there is no appeal**. So describe your plans honestly and completely. Vague or evasive answers don't help you, and a description that later turns out not to match what your app does is a problem of its own.",
        "A **simple, narrow use case is easier to approve** than a sprawling one. Describe what you actually plan to build, not every idea you might pursue someday.",
        "After submitting, expect to **wait at least a day or two**, and sometimes longer, for a decision.",
      ],
      instructions: [
        "Describe, in your own words, what you'll build and what it will do with Twitter data — be honest and specific.",
        "Answer only **Yes** to the activities your app will really do; the simpler the use case, the easier the review.",
        "Once the application is submitted (after the terms, next step), watch its status and allow at least a day or two for the review.",
      ],
      facts: [
        { label: "Review time", value: "At least a day or two, sometimes longer" },
        { label: "Reason given if rejected", value: "None" },
        { label: "Appeal after a rejection", value: "Not possible" },
      ],
      screenshot: {
        alt: "The intended-use stage of the application: callout 1 at the free-text use-case description, callout 2 at the yes/no questions about analysis, Tweeting, display and government use, callout 3 at the “In review” status badge on the right.",
        Drawing: ApprovalReviewDrawing,
      },
      changeNote: factNote(["consoleSignIn", "newApp"], "There's no review to wait for any more. Describe your use honestly all the same: the console's questions and the App's description are what you've told X, and Perch's drafting helper can help you write them."),
    },
    {
      id: "terms-of-service",
      title: "Read the terms before you agree",
      body: [
        "Twitter watches closely for people abusing the platform, and its developer terms reflect that. **Content aggregation, Tweet analysis and bots that Tweet automatically are all tightly regulated**, so if your idea touches any of them, read those parts carefully.",
        "The last stage of the application asks you to accept the Developer Agreement and Policy. Read it rather than ticking the box blind — it decides what your app may and may not do, and breaking it can cost you your access. Submitting here sends your application off for the review described in the previous step.",
      ],
      instructions: [
        "Read the Developer Agreement and Policy, paying most attention to the rules on automation, aggregating content and analysing Tweets.",
        "Tick the box to accept the terms once you've read them.",
        "Click **Submit**.",
      ],
      screenshot: {
        alt: "The Developer Agreement and Policy page: callout 1 at the highlighted sections on automation, aggregating content and analysing Tweets, callout 2 at the acceptance checkbox, callout 3 at the Submit button.",
        Drawing: TermsDrawing,
      },
      changeNote: factNote(["developerAgreement", "consoleSignIn"], "The terms still apply, revised since the rename; re-read the current version."),
    },
  ],
};
