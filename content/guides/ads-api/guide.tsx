import type { Guide } from "@/lib/guides/types";
import { factNote } from "@/lib/guides/fact-note";
import { AdvancedAccessDrawing, LimitedAccessDrawing } from "@/content/guides/ads-api/drawings/access-tiers";
import { ACCOUNTS_RESPONSE, AccountsResponseDrawing } from "@/content/guides/ads-api/drawings/accounts-response";
import { AdsAppIdDrawing } from "@/content/guides/ads-api/drawings/app-id";
import { DeveloperAccountDrawing } from "@/content/guides/ads-api/drawings/developer-account";
import { FirstRequestDrawing } from "@/content/guides/ads-api/drawings/first-request";
import { KeysAndTokensDrawing } from "@/content/guides/ads-api/drawings/keys-and-tokens";
import { RequestAccessDrawing } from "@/content/guides/ads-api/drawings/request-access";

const CHANGED = "2026-12-07";

export const adsApiGuide: Guide = {
  slug: "ads-api",
  era: "earlier-portal",
  title: "Get Ads API access and make a first request",
  summary:
    "Go from a developer account to approved Ads API access: the App and keys you need, the App ID to quote, Limited and Advanced access, and a first GET accounts call with its response explained.",
  minutes: 20,
  seeds: ["002_d7f662a803bbda5c.txt"],
  reviewed: CHANGED,
  steps: [
    {
      id: "developer-account-and-app",
      title: "Start from a developer account with a Project and App",
      body: [
        "Reaching the Ads API takes three moves: get a **developer account**, create an **App** and keep its keys and tokens safe, then **ask Twitter for Ads API access**. This guide follows that order and ends with a first request.",
        "Every request to any of Twitter's APIs, the Ads API included, needs a developer account, so that comes first. The access level doesn't matter here: accounts on **Essential** and on **Elevated** can both be given the Ads API. The access-level guide explains what else each level allows.",
        "Inside the developer portal, create a **Project** and an **App** within it. The App is what receives the credentials that authenticate all of your API requests. The get-access and create-app-and-keys guides walk through both in detail.",
        "Already building on the Twitter developer platform with a developer account of your own? Then the first two moves are done: go straight to **Request Ads API access** below, with your App ID at hand.",
      ],
      instructions: [
        "On the dashboard, find your **Access level** badge. Essential and Elevated are both fine for the Ads API.",
        "If you don't have a Project yet, click **+ Create Project** and add an App to it when the portal asks.",
        "If you already had a developer account and an App, skip ahead to the request: the **Twitter Ads API** row under **Products** is where it starts.",
      ],
      screenshot: {
        alt: "The developer portal dashboard: callout 1 at the Access level badge (Elevated, or Essential), callout 2 at the + Create Project button above the Furni Ads Project and its App, callout 3 at the Request access link on the Twitter Ads API row under Products.",
        Drawing: DeveloperAccountDrawing,
      },
      changeNote: factNote(["payPerUse", "adsAccessForm"], "Essential and Elevated are gone, and the later tiers are legacy plans too: a new developer gets an App from the Developer Console and pays per use. The Ads API is still requested separately."),
    },
    {
      id: "save-keys-and-tokens",
      changeNote: factNote(["shownOnceRegenerate"]),
      title: "Save your App's keys and tokens",
      body: [
        "Your App comes with a set of **API Keys** — the same credentials are also called **Consumer Keys**. On the App's Keys and tokens tab you can also generate an **Access Token and Secret**, which lets the App call the API as your own Twitter account, and a **Bearer Token** for endpoints that authenticate with an OAuth 2.0 Bearer Token.",
        "The portal shows each key or token **only once**, right after it's generated. Copy it into a password manager, environment variables or Perch's vault before you close that pop-up.",
        "They **don't expire** on their own; they stay valid until you regenerate them. Regenerating is also the only way back if you lose one: it issues a new value and **invalidates the old one**, so every integration still using the old value has to be updated. The create-app-and-keys guide covers this in more depth.",
      ],
      instructions: [
        "Under **Consumer Keys**, generate (or regenerate) the **API Key and Secret** and copy both.",
        "Under **Authentication Tokens**, generate the **Access Token and Secret** for your own account.",
        "Generate the **Bearer Token** too if you will call endpoints that need one.",
        "Store every value straight away — environment variables, a password manager or the vault — then confirm you've saved them.",
      ],
      facts: [
        { label: "Shown in the portal", value: "Once, when generated" },
        { label: "Expiry", value: "None, until you regenerate" },
        { label: "After regenerating", value: "Old values stop working; update your integrations" },
      ],
      screenshot: {
        alt: "The App's Keys and tokens tab with a pop-up showing a new Access Token and Secret: callout 1 at the API Key and Secret row under Consumer Keys, callout 2 at Generate for the Access Token and Secret, callout 3 at Generate for the Bearer Token, callout 4 at the pop-up's “Yes, I saved them” button under its shown-only-once warning.",
        Drawing: KeysAndTokensDrawing,
      },
      vaultFields: ["apiKey", "apiKeySecret", "accessToken", "accessTokenSecret", "bearerToken"],
    },
    {
      id: "note-app-id",
      title: "Note your App ID",
      body: [
        "The Ads API request asks which App should get access, and the simplest way to say so is the **App ID**. Noting it now saves a search later.",
        "The portal doesn't show it as a labelled field. It sits in the **address of the App's details page**: the number after `apps/`.",
      ],
      instructions: [
        "Open the App under **Projects & Apps** in the left menu.",
        "Read the App ID from the address bar: the number that follows `apps/`.",
        "Check the App's name at the top of the page, so you quote the ID of the App that will use the Ads API.",
      ],
      screenshot: {
        alt: "An App's details page with its address enlarged at the top: callout 1 at the App in the left menu, callout 2 beside the highlighted App ID after “apps/” in the address, callout 3 next to the App's name heading.",
        Drawing: AdsAppIdDrawing,
      },
      vaultFields: ["appId"],
    },
    {
      id: "request-ads-api-access",
      title: "Request Ads API access",
      body: [
        "With a developer account and an App you can call the standard Twitter API, but nothing Ads-specific yet. Ads API functionality needs its own approval.",
        "To get it, **contact your Twitter representative** and ask for Ads API access for your App. Include the App ID, and say what your tool will do for advertisers. Twitter has to approve the request before the App can use the Ads API.",
      ],
      instructions: [
        "Name the App that should get access and give its **App ID**.",
        "Describe the tool you're building and who will use it.",
        "Send the request to your Twitter representative (or through the form) and wait for approval.",
        "Check the status: until it's approved, Ads API requests from the App won't work.",
      ],
      screenshot: {
        alt: "An Ads API access request form in the portal: callout 1 at the App and App ID fields, callout 2 at the field describing what the tool does, callout 3 at the Submit request button, callout 4 at the Pending review status badge on the right.",
        Drawing: RequestAccessDrawing,
      },
      changeNote: factNote(["adsAccessForm", "adsAppId"], "Today the request is a form rather than a conversation with a representative."),
    },
    {
      id: "limited-access",
      title: "Build your integration on Limited access",
      body: [
        "Approved Apps start on **Limited** access. From that moment the App can make requests to the Ads API.",
        "Limited comes with a cap: at first only **five Twitter users** can use your App, which is the same as saying the App can hold **five OAuth tokens**. That is deliberately enough to build your tool all the way to completion against real ad accounts.",
        "As your integration grows you may need more tokens than that. Twitter's increasing-access guide in the Ads API docs explains how to raise the limit.",
      ],
      instructions: [
        "Find the App's Ads API access level: it starts at **Limited**.",
        "Keep an eye on how many Twitter users have authorised the App — five is the starting limit.",
        "When you need more, follow the increasing-access guide (**Increase access**).",
      ],
      facts: [
        { label: "Starting access", value: "Limited" },
        { label: "Twitter users who can use the App", value: "5 at first" },
        { label: "OAuth tokens per App", value: "5 at first" },
        { label: "Meant for", value: "Developing your tool to completion" },
      ],
      screenshot: {
        alt: "The App's Ads API tab: callout 1 beside the Limited badge next to “Ads API access”, callout 2 at the authorised users meter showing 3 of 5, callout 3 at the Increase access button at the top right.",
        Drawing: LimitedAccessDrawing,
      },
      changeNote: factNote(["adsAccessTiers"], "The names of the access levels have changed since the seed; the starting limit described here is the one Twitter published."),
    },
    {
      id: "advanced-access",
      changeNote: factNote(["adsRegenerateTokens"]),
      title: "Move up to Advanced access",
      body: [
        "**Advanced** is the next level. It's for developers who have **proven their concept in live pilot campaigns** — real advertisers running real campaigns through the tool built on Limited access.",
        "At Advanced the **OAuth token limit is lifted** on the App, so the business can take on as many advertisers as it needs.",
      ],
      instructions: [
        "Run live pilot campaigns through your tool while you're still on Limited access.",
        "Once the pilots show the tool works, ask for more access (**Increase access**, as in the increasing-access guide).",
        "After approval, check that the App shows **Advanced** and that the token count has no cap.",
      ],
      facts: [
        { label: "Who gets it", value: "Developers who have proven their tool in live pilot campaigns" },
        { label: "OAuth token limit", value: "Lifted" },
      ],
      screenshot: {
        alt: "The App's Ads API tab after the upgrade: callout 1 at the Live and Completed pilot campaigns in the lower panel, callout 2 at the Increase access button, callout 3 beside the Advanced badge, with the authorised users meter showing no limit.",
        Drawing: AdvancedAccessDrawing,
      },
    },
    {
      id: "first-request",
      title: "Make your first request: GET accounts",
      body: [
        "The quickest test that Ads API access works is the **GET accounts** endpoint. It lists the **ad accounts the authorised user can reach** — the user whose Access Token signs the request.",
        "The example uses **twurl**, a curl-like command-line tool for the Twitter API. Authorise it once with your API Key and Secret: it prints a link, you sign in with your Twitter account in the browser, and you paste the PIN you're shown back into the terminal. From then on twurl signs every request for you.",
        "The Ads API has its own host, so tell twurl to use it with `-H`. Twitter's original getting-started page printed this as `twurl -H \"/11/accounts\"`, which leaves the host out and won't work as written: `-H` expects the host, and the path follows it. The example below is the corrected form. The Ads API version is the first part of the path — `11` when that page was written.",
      ],
      instructions: [
        "Authorise twurl once with your API Key and Secret, then paste the PIN from the browser.",
        "Run the GET accounts request, with the Ads API host after `-H` and the path after it.",
        "Check the version in the path (`/11/`) against the current version listed in the Ads API docs.",
      ],
      code: {
        caption: "GET accounts with twurl (as Twitter documented it then: Ads API version 11, twitter.com hosts)",
        language: "bash",
        text: [
          "# once: let twurl sign requests as you (opens a sign-in link, asks for a PIN)",
          'twurl authorize --consumer-key "$TWITTER_API_KEY" --consumer-secret "$TWITTER_API_KEY_SECRET"',
          "",
          "# the request: Ads API host, then version and endpoint",
          'twurl -H "ads-api.twitter.com" "/11/accounts"',
        ].join("\n"),
      },
      screenshot: {
        alt: "The GET accounts reference page with a terminal below it: callout 1 at the twurl authorize command, callout 2 at the twurl -H \"ads-api.twitter.com\" \"/11/accounts\" request, callout 3 under the highlighted version number 11 in the resource URL.",
        Drawing: FirstRequestDrawing,
      },
      changeNote: factNote(["adsHost", "adsVersion"], "Today the request looks like `twurl -H \"ads-api.x.com\" \"/12/accounts\"`; check the versions page for the current version before you copy it."),
    },
    {
      id: "read-accounts-response",
      title: "Read the response and keep your ads account ID",
      body: [
        "The answer is JSON. `request.params` echoes back the parameters the API received — empty here, because the request sent none. `data` is a list with one entry per ad account the user can access.",
        "The value to keep is each account's `id`: it's the **ads account ID**, and later requests that read or write one account's data put it in their path, for example `/11/accounts/18ce54ayf0z/campaigns`.",
        "Before you build on an account, check that `approval_status` is `ACCEPTED` and `deleted` is `false`. The account's `timezone` is worth noting too, as date-based work such as scheduling and daily reporting follows the account's time zone.",
      ],
      instructions: [
        "Find `data`: one entry for each ad account you can access.",
        "Copy the account's `id` — that's the ads account ID for your next requests.",
        "Check `approval_status` (`ACCEPTED`) and `deleted` (`false`) before using the account.",
        "Note the account's `timezone` for anything you schedule or report by day.",
      ],
      code: {
        caption: "Example response from GET accounts",
        language: "json",
        text: ACCOUNTS_RESPONSE.join("\n"),
      },
      facts: [
        { label: "request.params", value: "The parameters the API received; {} when none were sent" },
        { label: "data[]", value: "One object per ad account the authorised user can access" },
        { label: "name", value: "The ad account's name (\"Furni\")" },
        { label: "business_name", value: "Name of the business the account belongs to; null if none" },
        { label: "timezone", value: "The account's time zone, e.g. America/Los_Angeles" },
        { label: "timezone_switch_at", value: "When that time zone took effect (UTC)" },
        { label: "id", value: "The ads account ID to use in later requests (\"18ce54ayf0z\")" },
        { label: "created_at", value: "When the account was created (UTC)" },
        { label: "salt", value: "A random value tied to the account; not needed for everyday requests" },
        { label: "updated_at", value: "When the account was last changed (UTC)" },
        { label: "business_id", value: "ID of the business the account belongs to; null if none" },
        { label: "approval_status", value: "Whether the account may advertise; ACCEPTED means it's approved" },
        { label: "deleted", value: "true if the account has been deleted; false here" },
      ],
      screenshot: {
        alt: "The example JSON response of GET accounts with five lines highlighted: callout 1 at the data array, callout 2 at the id field, callout 3 beside approval_status ACCEPTED and deleted false, callout 4 at the timezone field.",
        Drawing: AccountsResponseDrawing,
      },
      vaultFields: ["adsAccountId"],
    },
  ],
};
