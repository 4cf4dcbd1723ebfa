import type { Guide } from "@/lib/guides/types";
import { SIGN_IN_SCOPES } from "@/lib/auth/scopes";
import { CONFIRM_AT } from "@/lib/guides/confirm-at";
import { formatDate } from "@/lib/guides/format-date";
import { formatUsd, priceOf, X_API_PRICING, X_PRICE_CARD, type PriceCardLine, type PriceId } from "@/lib/pricing";
import { ChangePermissionsDrawing } from "@/content/guides/developer-console/drawings/change-permissions";
import { ChooseCredentialDrawing } from "@/content/guides/developer-console/drawings/choose-credential";
import { LabelAutomationDrawing } from "@/content/guides/developer-console/drawings/label-automation";
import { LocalCallbackDrawing } from "@/content/guides/developer-console/drawings/local-callback";
import { PriceCardDrawing } from "@/content/guides/developer-console/drawings/price-card";
import { TokenLifetimesDrawing } from "@/content/guides/developer-console/drawings/token-lifetimes";
import { ClientIdAndSecretDrawing } from "@/content/guides/developer-console/drawings/client-id-and-secret";
import { CredentialsDrawing } from "@/content/guides/developer-console/drawings/credentials";
import { CreditsDrawing } from "@/content/guides/developer-console/drawings/credits";
import { FirstRequestDrawing } from "@/content/guides/developer-console/drawings/first-request";
import { KeysAndTokensDrawing } from "@/content/guides/developer-console/drawings/keys-and-tokens";
import { NewAppDrawing } from "@/content/guides/developer-console/drawings/new-app";
import { SignInDrawing } from "@/content/guides/developer-console/drawings/sign-in";
import { TeamDrawing } from "@/content/guides/developer-console/drawings/team";
import { UserAuthenticationDrawing } from "@/content/guides/developer-console/drawings/user-authentication";

// This guide follows today's Developer Console, which none of the seed documents describes
// (they predate it), so it mirrors no seed: `seeds` is empty and no coverage list maps to it.

/** When the console steps below were last compared with console.x.com and docs.x.com. */
const CHECKED = "2026-12-07";

/** A price as the guide prints it: always from lib/pricing.ts, never typed into the text. */
const price = (id: PriceId) => formatUsd(priceOf(id).usd);
const label = (id: PriceId) => priceOf(id).label;

/** "$0.005 per resource", or "Not billed": one line of the price card as the guide prints it. */
const cardValue = (line: PriceCardLine) => (line.usd === null ? "Not billed" : `${formatUsd(line.usd)} per ${line.unit}`);
const SECTION_NAMES = { read: "Read", write: "Write", webhook: "Webhook event" } as const;

/** "`users.read` and `tweet.read`": what Perch's sign-in really asks for (lib/auth/scopes.ts). */
const perchScopes = SIGN_IN_SCOPES.map((s) => `\`${s}\``).join(" and ");

/** "console.x.com and docs.x.com/…/pricing": where the prices are confirmed, as inline code. */
const pricesConfirmAt = X_API_PRICING.confirmAt.map((c) => `\`${c.url.replace(/^https:\/\//, "")}\``).join(" and ");

export const developerConsoleGuide: Guide = {
  slug: "developer-console",
  era: "current",
  title: "Get started in the X Developer Console",
  summary:
    "Today's path from an X account to working keys: sign in to the Developer Console, accept the Developer Agreement, create an App and save its credentials, set up sign-in with this deployment's callback URL, buy credits, and see what a first request costs.",
  minutes: 20,
  seeds: [],
  reviewed: CHECKED,
  confirmAt: [CONFIRM_AT.console, CONFIRM_AT.consoleDocs, CONFIRM_AT.pricing],
  steps: [
    {
      id: "sign-in-and-accept",
      title: "Sign in to the Developer Console and accept the Developer Agreement",
      body: [
        "Today there is no access level to apply for and no monthly plan to pick: you sign in, accept the terms, create an App and buy credits. If the console asks how you'll use the API, answer as plainly and specifically as you would a reviewer (Perch's drafting helper can help).",
        "The account you sign in with **owns every App you create**. For work done for a company, use an account the company controls, not an employee's personal one: an App can't be moved to another owner without that person's consent.",
        "The agreement is a contract, and it brings the Developer Policy and X's other rules along with it. The access-levels guide explains what those rules mean in practice.",
      ],
      instructions: [
        "Open `console.x.com` and sign in with the X account that should own your Apps.",
        "Read the Developer Agreement and the policies it refers to.",
        "Accept it to continue into the console.",
      ],
      xFacts: ["ppuLaunched", "consoleSignIn", "developerAgreement"],
      screenshot: {
        alt: "The Developer Console's sign-in page next to the Developer Agreement: callout 1 at the Sign in with X button, callout 2 at the list of policies the agreement brings with it, callout 3 at the Accept and continue button below the acceptance checkbox.",
        Drawing: SignInDrawing,
      },
    },
    {
      id: "new-app",
      title: "Create your first App with New App",
      body: [
        "An **App** is what X issues credentials to; every request you make goes through one.",
        "Choose a name you'll recognise in a list, such as `yourproduct-dev`. If you run development, staging and production separately, give each its own App and its own keys.",
        "Write the description for a person: what the App does and which data it uses. Keep it true as the App changes, since it's part of what you've told X.",
        "Creating the App is what generates its credentials, and the next screen shows them once. Open your password manager or Perch's vault before you click.",
      ],
      instructions: [
        "Click **New App**.",
        "Type a name for the App, for example `yourproduct-dev`.",
        "Write a short, honest description of what the App does.",
        "Create the App, with somewhere safe for its keys open and ready.",
      ],
      xFacts: ["newApp", "leastPermission"],
      screenshot: {
        alt: "The console's empty Apps page with a New App form over it: callout 1 at the New App button at the top right, callout 2 at the App name field filled with perch-dev, callout 3 at the Description field, callout 4 at the Create app button.",
        Drawing: NewAppDrawing,
      },
    },
    {
      id: "save-credentials",
      title: "Save the credentials the console shows once",
      body: [
        "As soon as the App exists, the console shows its **API Key** and **API Key Secret** (X's pages also say API Secret or Consumer Key and Secret) and your **Access Token** and **Access Token Secret**. The first pair identifies the App; the second lets it act as the account that owns it, which is what a bot posting from your own account uses.",
        "If the window closes before you've stored them, the only way back is to regenerate them (next step).",
        "Store each value straight away: in a password manager, in environment variables on the machine that needs it, or in Perch's team vault. Never paste one into a repository, a chat or a support question.",
      ],
      instructions: [
        "Copy the **API Key** and the **API Key Secret**.",
        "Copy the **Access Token** and the **Access Token Secret**.",
        "Close the window only once all four are stored.",
      ],
      xFacts: ["apiKeyIsConsumerKey", "accessTokenIsOwner", "shownOnceRegenerate"],
      screenshot: {
        alt: "A “Your app's credentials” window with a shown-only-once warning: callout 1 beside the API Key and API Key Secret rows, callout 2 beside the Access Token and Access Token Secret rows, callout 3 at the I've saved them button.",
        Drawing: CredentialsDrawing,
      },
      vaultFields: ["apiKey", "apiKeySecret", "accessToken", "accessTokenSecret"],
    },
    {
      id: "keys-and-tokens",
      title: "Generate a Bearer Token, and know what regenerating does",
      body: [
        "Each App has a **Keys and tokens** page. It lists the credentials the App has but never shows a value again, at most a short hint to tell one key from another.",
        "The **Bearer Token** is the simplest way to read public data, and it's what the first request in this guide uses. If you don't have one yet, generate it here and store it at once.",
        "**Regenerate** replaces a value, and the new one works immediately. Use it when a credential is lost or may have leaked, then update every place that used the old one. Nothing here expires on a schedule, so regenerating is also how you rotate keys.",
      ],
      instructions: [
        "Open the App and its **Keys and tokens** page.",
        "Click **Generate** next to **Bearer Token**, and store the token.",
        "To replace a lost or leaked value, click **Regenerate**, read the warning, then update every integration that used the old value.",
      ],
      facts: [
        { label: "Shown in the console", value: "Once, when generated" },
        { label: "After regenerating", value: "The old value stops working at once" },
      ],
      xFacts: ["bearerIsAppOnly", "oneBearerAtATime", "oauth1TokensDoNotExpire", "leakedKeysRegenerate"],
      screenshot: {
        alt: "An App's Keys and tokens page with a Regenerate confirmation beside it: callout 1 at the Keys and tokens tab, callout 2 at the Generate button next to Bearer Token, callout 3 at the warning that the current API Key and Secret stop working at once.",
        Drawing: KeysAndTokensDrawing,
      },
      vaultFields: ["bearerToken", "apiKey", "apiKeySecret", "accessToken", "accessTokenSecret"],
    },
    {
      id: "choose-credential",
      title: "Pick the credential for each job",
      body: [
        "An App ends up with up to four kinds of credential, and each does one job. Using the wrong one is the most common reason a first request fails: a Bearer Token can't post, and your own Access Token can't act for anyone else.",
        "Decide per job, not per App: a service that reads public posts and also posts from its own account uses the Bearer Token for the first and the OAuth 1.0a pair for the second. Keep each value only where its job runs.",
      ],
      instructions: [
        "To **read public data** (look-ups, search), use the **Bearer Token**.",
        "To **act as your own account** (a bot posting as itself), sign requests with the **API Key and Secret** plus your **Access Token and Secret**.",
        "To **act for people who sign in with X**, set up user authentication (next step) and use the **OAuth 2.0 Client ID** (and Secret) to get each person's own token.",
      ],
      xFacts: ["clientIdIsOAuth2", "oauth2ForNewProjects", "separateRatePools"],
      screenshot: {
        alt: "Three cards on an App's Keys and tokens page: callout 1 at Read public data, which uses the Bearer Token with OAuth 2.0 app-only; callout 2 at Act as your own account, which uses the API Key and Secret with the Access Token and Secret over OAuth 1.0a; callout 3 at Act for people who sign in, which uses the OAuth 2.0 Client ID with PKCE.",
        Drawing: ChooseCredentialDrawing,
      },
    },
    {
      id: "user-authentication",
      title: "Set up user authentication with this deployment's callback URL",
      body: [
        "To let people sign in with X through your App — including signing in to Perch itself — turn on **user authentication** in the App's settings. There you choose what the App may do for the people who sign in, what kind of App it is, and where X sends them afterwards.",
        `**App permissions.** Perch's own sign-in only needs to know who you are: it asks for the ${perchScopes} scopes and nothing else, so **Read** is enough. Choose Read and write only if your own software will post or act for the people who sign in.`,
        "**Type of App.** This choice decides whether the App gets a Client Secret. Anything with a server — a website, a scheduled job, a bot — is **Web App, Automated App or Bot**; Perch is one. Choose **Native App** or **Single page App** only when the code runs on people's own devices or in their browser, where a secret can't stay secret.",
        "**Callback URI / Redirect URL.** X only sends people back to addresses listed here. For Perch, paste this deployment's address, shown below with a copy button. For your own App, use the page that completes its sign-in; the next step covers a second address for local development.",
        "**Website URL.** The public home of whatever uses the App; for Perch, this deployment's own address.",
      ],
      instructions: [
        "In the App, open **Settings** and set up **User authentication**.",
        "Under **App permissions**, choose **Read** (enough for Perch), or Read and write if your software posts.",
        "Under **Type of App**, choose **Web App, Automated App or Bot** for anything that runs on a server.",
        "Paste the callback URL below into **Callback URI / Redirect URL**.",
        "Enter the **Website URL** and click **Save**.",
      ],
      copyValue: { kind: "callbackUrl", label: "Callback URI for signing in to Perch" },
      xFacts: ["confidentialClients", "publicClients", "callbackExactMatch", "callbackHttps"],
      screenshot: {
        alt: "An App's Settings tab with user authentication on the left and App info on the right: callout 1 at the Settings tab, callout 2 at the Read permission, callout 3 at the Type of App choice, where Web App, Automated App or Bot is picked, callout 4 at the Callback URI / Redirect URL field, callout 5 at the Save button.",
        Drawing: UserAuthenticationDrawing,
      },
    },
    {
      id: "local-callback",
      title: "Add a callback URL for local development",
      body: [
        "A copy of your App running on your own machine needs its own callback URL, because X compares the address character by character. Register it next to the deployed one rather than replacing it.",
        "Open your local copy at the same address you register. If your framework builds the callback from the address in the browser, opening `localhost` while `127.0.0.1` is registered sends an address X doesn't know.",
        "When X answers that the callback isn't approved, compare the `redirect_uri` your code sent (it's in the address of X's sign-in page) with the list, character by character.",
      ],
      instructions: [
        "Click **Add another URI / URL** and enter `http://127.0.0.1:<port>/<callback path>` for your local copy.",
        "Remove any `localhost` entry, and don't use a non-web scheme such as `javascript:` or `file:`.",
        "Click **Save**, then open your local copy at exactly the address you registered.",
      ],
      xFacts: ["callbackLocalhost", "callbackLimit", "callbackRefusedSchemes", "callbackNotApproved"],
      screenshot: {
        alt: "The callback URL list in an App's settings: a deployed https address marked Deployed, callout 1 at an http://127.0.0.1:3000 address marked Local development, callout 2 at a struck-out localhost address marked Use 127.0.0.1, callout 3 at the Save button; a panel beside it lists refused schemes such as javascript:, data: and file:.",
        Drawing: LocalCallbackDrawing,
      },
    },
    {
      id: "client-id-and-secret",
      title: "Copy the OAuth 2.0 Client ID and Client Secret",
      body: [
        "Saving user authentication gives the App an **OAuth 2.0 Client ID** and, for a Web App, Automated App or Bot, a **Client Secret**. Sign-in flows such as Perch's use this pair; the API Key and tokens from earlier are for signing your own requests.",
        "The Client Secret is displayed once, like every other credential. For Perch's own sign-in the pair goes into `TWITTER_CLIENT_ID` and `TWITTER_CLIENT_SECRET` on the server; for your own App, wherever it keeps its secrets. A Native or Single page App gets no secret, so there is nothing to hide in its code.",
      ],
      instructions: ["Copy the **Client ID**.", "Copy the **Client Secret**.", "Click **Done** only once both are stored."],
      xFacts: ["tokenEndpointAuth", "pkceAlways", "stateParameter"],
      screenshot: {
        alt: "A window showing the OAuth 2.0 Client ID and Client Secret with a shown-once warning: callout 1 beside the Client ID row, callout 2 beside the Client Secret row, callout 3 at the Done button.",
        Drawing: ClientIdAndSecretDrawing,
      },
      vaultFields: ["clientId", "clientSecret"],
    },
    {
      id: "token-lifetimes",
      title: "Plan for short-lived sign-in tokens",
      body: [
        "OAuth 2.0 tokens from a sign-in don't last like the keys on the Keys and tokens page. Decide up front whether your App only needs to know who someone is (as Perch's sign-in does) or has to keep acting for them later.",
        "If it only needs the person at sign-in, ask for nothing more: the token can simply lapse. If it works for them in the background — a scheduled post, a nightly sync — it needs the extra scope below, and somewhere safe to keep the token that comes with it.",
        "A refresh token is a long-lived credential for that person's account. Store it encrypted, like any key, and revoke it when they sign out or disconnect.",
      ],
      instructions: [
        "Exchange the authorization code for tokens as soon as X sends the person back.",
        "Add the scope that brings a refresh token only if the App must act after the access token lapses.",
        "Use the refresh token to get a new access token when the old one expires, and revoke both on sign-out.",
      ],
      xFacts: ["authCodeLifetime", "accessTokenLifetime", "refreshNeedsOfflineAccess", "revokeTokens", "connectedApps"],
      screenshot: {
        alt: "X's consent screen for an App asking to read posts and accounts and to stay connected, beside three boxes: callout 1 at the authorization code, which lasts 30 seconds; callout 2 at the stay-connected scope on the consent screen; callout 3 at the refresh token, issued only with that scope, which gets a new access token without the consent screen.",
        Drawing: TokenLifetimesDrawing,
      },
    },
    {
      id: "change-permissions",
      title: "Change the App's permissions, then get new tokens",
      body: [
        "OAuth 1.0a requests carry the App's permission level, chosen under **App permissions** in its settings. Pick the lowest level that does the job; you can raise it later.",
        "Raising it is a two-part change: the setting, and then tokens that carry it. Until the tokens are replaced, a request that needs the new level fails as if nothing had changed, which is the usual cause of “my App has write access but can't post”.",
        "If your own Access Token is in Perch's vault, save the regenerated pair there too, then test it: the vault's health check shows tokens that haven't been tested since.",
      ],
      instructions: [
        "Under **App permissions**, choose the level the App now needs.",
        "Click **Save**.",
        "On **Keys and tokens**, **Regenerate** your Access Token and Secret, and ask people who signed in before to authorise the App again.",
      ],
      xFacts: ["permissionLevels", "permissionChangeNeedsNewTokens", "writeMeansPost", "threeLeggedTokens"],
      screenshot: {
        alt: "An App's permission settings changed from Read to Read and write, beside its keys: callout 1 at the Read and write option, callout 2 at the Save button, callout 3 at the Regenerate button next to an Access Token marked as created with Read.",
        Drawing: ChangePermissionsDrawing,
      },
      vaultFields: ["accessToken", "accessTokenSecret"],
    },
    {
      id: "buy-credits",
      title: "Buy credits, and set auto-recharge and a spending limit",
      body: [
        "There's no monthly fee: credits come first and requests spend them. An App that runs unattended shouldn't rely on someone remembering to top up, and one that misbehaves shouldn't be able to spend without limit — the two settings below cover both.",
        `X's own example of auto-recharge: add ${formatUsd(X_PRICE_CARD.autoRecharge.exampleAmountUsd)} whenever the balance falls below ${formatUsd(X_PRICE_CARD.autoRecharge.exampleThresholdUsd)}. Size the amount for your busiest few minutes, not your average day.`,
        "Coming from a legacy **Basic** or **Pro** subscription? You can move to pay-per-use from the console or keep your plan.",
      ],
      instructions: [
        "Open **Billing** in the console.",
        "Click **Buy credits** and add a first amount.",
        "Optionally turn on **auto-recharge**: the amount to add, and the balance that triggers it.",
        "Set a **spending limit** for each billing cycle.",
      ],
      xFacts: ["payPerUse", "creditsRunOut", "autoRecharge", "autoRechargeSafeguards", "spendingLimit", "legacyPlans", "xaiCredits"],
      screenshot: {
        alt: "The console's Billing page: callout 1 at Billing in the left menu, callout 2 at the Buy credits button under the credit balance, callout 3 at the auto-recharge switch above its amount and threshold fields, callout 4 at the spending limit field. A panel for legacy Basic and Pro plans and a warning that requests stop at a zero balance complete the page.",
        Drawing: CreditsDrawing,
      },
    },
    {
      id: "price-card",
      title: "Check the whole price card against what your App will do",
      body: [
        "Every endpoint has its own rate, and the table below is X's whole card as Perch last checked it. List what your App will call in a month, find each line, and multiply: reads by the resources they return, writes by the requests.",
        "Three things lower the bill: the same resource read twice in one UTC day is charged once, reads of the App owner's own data are Owned Reads, and a webhook subscription can replace polling. Perch's drafting helper makes the same estimate from the volumes you give it, counting every read (an upper bound).",
      ],
      instructions: [
        "Find the **reads** your App makes; each is charged per resource returned.",
        "Find the **writes**; each is charged per request, and a post with a link costs more than a plain one.",
        "Check which reads are **Owned Reads** and which repeat within a UTC day before you total it.",
      ],
      facts: [
        ...X_PRICE_CARD.lines.map((line) => ({ label: `${SECTION_NAMES[line.section]}: ${line.label}`, value: cardValue(line) })),
        { label: "Owned Read", value: `${formatUsd(X_PRICE_CARD.ownedRead.usd)} per resource (${X_PRICE_CARD.ownedRead.endpoints.map((e) => `\`${e}\``).join(", ")})` },
        { label: "Post reads per billing cycle", value: `At most ${X_PRICE_CARD.postReadCapPerCycle.toLocaleString("en-US")} on pay-per-use` },
        ...X_PRICE_CARD.xaiCreditRates.map((r) => ({ label: `xAI credits from ${formatUsd(r.fromUsd)} spent in a cycle`, value: `${Math.round(r.rate * 100)}% of the cycle's spend` })),
        { label: "Checked", value: `${formatDate(X_API_PRICING.checkedOn)}; confirm at ${pricesConfirmAt}` },
      ],
      xFacts: ["readsPerResource", "dailyDeduplication", "ownedReads", "webhookEvents", "postReadCap", "april2026Changes", "usageEndpoint"],
      screenshot: {
        alt: "The console's Rates page with three columns of prices: callout 1 at Reads, charged per resource, callout 2 at Writes, charged per request, and beside them Webhook events with several marked not billed; callout 3 at the Owned Reads panel below, which also notes that a resource read twice in one UTC day is charged once.",
        Drawing: PriceCardDrawing,
      },
    },
    {
      id: "first-request",
      title: "Make a first request and see what it cost",
      body: [
        "With a Bearer Token stored, a **user lookup** makes a good first call: it reads one public profile, so it's cheap and its answer is easy to check.",
        `It returns one user object, which is one **${label("users-read")}** at ${price("users-read")} per resource. Ask for the same user again on the same UTC day and it isn't charged again. For comparison, a recent search that returns ten posts is ten **${label("posts-read")}** charges at ${price("posts-read")} each, and creating a post is one **${label("content-create")}** at ${price("content-create")}, or ${price("content-create-with-url")} when the post contains a link.`,
        "Check your first request on the console's **Usage** page before you build more. Perch's vault makes the same kind of lookup when you test credentials, so testing saved keys costs a user read or two as well.",
        "Rate limits are separate from billing: each endpoint still allows only so many requests in each window, whatever your balance.",
      ],
      instructions: [
        "Run the request below with your Bearer Token.",
        `Open **Usage** and find the charge: one ${label("users-read")}.`,
        "Compare the rates with the volumes you expect before you build further.",
      ],
      code: {
        caption: "A first request: look up one user with the Bearer Token",
        language: "bash",
        text: 'curl "https://api.x.com/2/users/by/username/XDevelopers" \\\n  -H "Authorization: Bearer $TWITTER_BEARER_TOKEN"',
      },
      facts: [
        ...X_API_PRICING.prices.map((p) => ({ label: p.label, value: `${formatUsd(p.usd)} per ${p.unit} (${p.note})` })),
        { label: "Checked", value: `${formatDate(X_API_PRICING.checkedOn)}; confirm at ${pricesConfirmAt}` },
      ],
      xFacts: ["apiHost", "consoleUsage", "rateLimitOrUsageCap"],
      screenshot: {
        alt: "A terminal running the user lookup above the console's Usage page: callout 1 at the curl request and its JSON answer, callout 2 at the charge for one user read, with a second read of the same user marked not charged, callout 3 at the Rates panel listing each price.",
        Drawing: FirstRequestDrawing,
      },
    },
    {
      id: "label-automation",
      title: "Label a bot account as automated",
      body: [
        "If your App posts, replies or sends messages on its own, the account it acts as is an automated account, and X's rules for bots apply to it — to the account, not just the App. The first of them is easy to do in a minute: the **Automated** label.",
        "Do it signed in as the bot account, not as yourself: the setting lives in the bot's own account settings and names the human-run account behind it. Then make the bio say the same in words.",
        "Perch's policy check reads a use-case description for exactly these rules; the access-levels guide explains them in more depth.",
      ],
      instructions: [
        "Signed in as the bot account, open **Settings → Your account → Automation**.",
        "Enter the **managing account**, the human-run account people can contact, and save.",
        "Write in the bot's bio that it's automated, who runs it and how to make it stop.",
      ],
      xFacts: ["automatedLabel", "automationRequirements", "automatedRepliesAndDms", "noAutomatedLikesOrFollows", "summonedReplies", "aiRepliesNeedApproval", "noScraping"],
      screenshot: {
        alt: "The bot account's own X settings: callout 1 at Your account in the settings menu, callout 2 at the Managing account field filled with @perch_team on the Automation page, callout 3 at a profile preview that shows an Automated by @perch_team label and a bio saying it's a bot and how to opt out.",
        Drawing: LabelAutomationDrawing,
      },
    },
    {
      id: "team-access",
      title: "Share the App with your team",
      body: [
        "Outside Enterprise, the console has a single owner: the X account you signed in with. Don't share that account's password to give colleagues access. Share the **credentials** instead, through a Perch team vault: each member has a role — viewers see which keys exist, masked; members can reveal, copy and test them; admins can also export them — and every reveal, copy and test goes into the team's audit log.",
        "When someone leaves, regenerate the credentials they could reveal and update the vault; the audit log shows which those were.",
      ],
      instructions: [
        "On an Enterprise account, open **Team** and invite each colleague by X handle as Administrator or Developer.",
        "Otherwise, save the App's credentials in a Perch team vault and give each colleague the smallest role that works.",
        "As a team admin, check the vault's audit log to see who revealed, copied or tested a credential.",
      ],
      xFacts: ["teamEnterpriseOnly"],
      screenshot: {
        alt: "The console's Team page marked Enterprise accounts only, beside a Perch team vault: callout 1 at the X handle field and Invite button, callout 2 at the vault's Viewer, Member and Admin roles, callout 3 at the vault's audit log entries.",
        Drawing: TeamDrawing,
      },
    },
  ],
};
