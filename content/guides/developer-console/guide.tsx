import type { Guide } from "@/lib/guides/types";
import { SIGN_IN_SCOPES } from "@/lib/auth/scopes";
import { CONFIRM_AT } from "@/lib/guides/confirm-at";
import { formatDate } from "@/lib/guides/format-date";
import { formatUsd, priceOf, X_API_PRICING, type PriceId } from "@/lib/pricing";
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
const CHECKED = "2026-11-23";

/** A price as the guide prints it: always from lib/pricing.ts, never typed into the text. */
const price = (id: PriceId) => formatUsd(priceOf(id).usd);
const label = (id: PriceId) => priceOf(id).label;

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
        "Since February 2026 X sells API access **pay-per-use** from its **Developer Console** at `console.x.com`. There is no access level to apply for and no monthly plan to pick: you sign in, accept the terms, create an App and buy credits. The console may still ask a few questions about how you'll use the API; answer them as plainly and specifically as you would a reviewer (Perch's drafting helper can help).",
        "You sign in with an ordinary X account, and that account **owns every App you create**. For work done for a company, use an account the company controls, not an employee's personal one: an App can't be moved to another owner without that person's consent.",
        "Before the console opens, it asks you to accept the **Developer Agreement**. It's a contract, and it brings the Developer Policy and X's other rules along with it. The access-levels guide explains what those rules mean in practice.",
      ],
      instructions: [
        "Open `console.x.com` and sign in with the X account that should own your Apps.",
        "Read the Developer Agreement and the policies it refers to.",
        "Accept it to continue into the console.",
      ],
      screenshot: {
        alt: "The Developer Console's sign-in page next to the Developer Agreement: callout 1 at the Sign in with X button, callout 2 at the list of policies the agreement brings with it, callout 3 at the Accept and continue button below the acceptance checkbox.",
        Drawing: SignInDrawing,
      },
    },
    {
      id: "new-app",
      title: "Create your first App with New App",
      body: [
        "An **App** is what X issues credentials to; every request you make goes through one. In the console, **New App** asks for only two things: a name and a description.",
        "Choose a name you'll recognise in a list, such as `yourproduct-dev`. If you run development, staging and production separately, give each its own App and its own keys — the one exception to X's rule of one App per use case.",
        "Write the description for a person: what the App does and which data it uses. Keep it true as the App changes, since it's part of what you've told X.",
        "Creating the App is what generates its credentials, and the next screen shows them once. Open your password manager or Perch's vault before you click.",
      ],
      instructions: [
        "Click **New App**.",
        "Type a name for the App, for example `yourproduct-dev`.",
        "Write a short, honest description of what the App does.",
        "Create the App, with somewhere safe for its keys open and ready.",
      ],
      screenshot: {
        alt: "The console's empty Apps page with a New App form over it: callout 1 at the New App button at the top right, callout 2 at the App name field filled with perch-dev, callout 3 at the Description field, callout 4 at the Create app button.",
        Drawing: NewAppDrawing,
      },
    },
    {
      id: "save-credentials",
      title: "Save the credentials the console shows once",
      body: [
        "As soon as the App exists, the console shows its credentials. The **API Key** and **API Key Secret** (also called the Consumer Key and Secret; X's docs sometimes write API Secret) identify the App. The **Access Token** and **Access Token Secret** let the App act as the account that owns it, which is what a bot posting from your own account uses.",
        "They're displayed **this one time**. The console keeps no copy you can look at later; if the window closes before you've stored them, the only way back is to regenerate them (next step).",
        "Store each value straight away: in a password manager, in environment variables on the machine that needs it, or in Perch's team vault. Never paste one into a repository, a chat or a support question.",
      ],
      instructions: [
        "Copy the **API Key** and the **API Key Secret**.",
        "Copy the **Access Token** and the **Access Token Secret**.",
        "Close the window only once all four are stored.",
      ],
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
        "A **Bearer Token** authenticates as the App alone, with no user involved (OAuth 2.0 app-only). It's the simplest way to read public data and it's what the first request in this guide uses. If you don't have one yet, generate it here and store it at once.",
        "**Regenerate** replaces a value: the new one works immediately and the old one **stops working**. Use it when a credential is lost or may have leaked, then update every place that used the old one. These credentials don't expire on a schedule, so regenerating is also how you rotate them.",
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
      screenshot: {
        alt: "An App's Keys and tokens page with a Regenerate confirmation beside it: callout 1 at the Keys and tokens tab, callout 2 at the Generate button next to Bearer Token, callout 3 at the warning that the current API Key and Secret stop working at once.",
        Drawing: KeysAndTokensDrawing,
      },
      vaultFields: ["bearerToken", "apiKey", "apiKeySecret", "accessToken", "accessTokenSecret"],
    },
    {
      id: "user-authentication",
      title: "Set up user authentication with this deployment's callback URL",
      body: [
        "To let people sign in with X through your App — including signing in to Perch itself — turn on **user authentication** in the App's settings. There you choose what the App may do for the people who sign in, what kind of App it is, and where X sends them afterwards.",
        `**App permissions.** Perch's own sign-in only needs to know who you are: it asks for the ${perchScopes} scopes and nothing else, so **Read** is enough. Choose Read and write only if your own software will post or act for the people who sign in.`,
        "**Type of App.** For anything with a server — a website, a scheduled job, a bot — choose **Web App, Automated App or Bot**. That makes the App a confidential client, which is what gives you a Client Secret in the next step.",
        "**Callback URI / Redirect URL.** X only sends people back to addresses listed here, and the match must be exact: scheme, host, port and path. For Perch, paste this deployment's address, shown below with a copy button. For your own App, use the page that completes its sign-in, and add a second address for a local development copy if you need one.",
        "**Website URL.** The public home of whatever uses the App; for Perch, this deployment's own address.",
      ],
      instructions: [
        "In the App, open **Settings** and set up **User authentication**.",
        "Under **App permissions**, choose **Read** (enough for Perch), or Read and write if your software posts.",
        "Under **Type of App**, choose **Web App, Automated App or Bot**.",
        "Paste the callback URL below into **Callback URI / Redirect URL**.",
        "Enter the **Website URL** and click **Save**.",
      ],
      copyValue: { kind: "callbackUrl", label: "Callback URI for signing in to Perch" },
      screenshot: {
        alt: "An App's Settings tab with user authentication on the left and App info on the right: callout 1 at the Settings tab, callout 2 at the Read permission, callout 3 at the Type of App choice, where Web App, Automated App or Bot is picked, callout 4 at the Callback URI / Redirect URL field, callout 5 at the Save button.",
        Drawing: UserAuthenticationDrawing,
      },
    },
    {
      id: "client-id-and-secret",
      title: "Copy the OAuth 2.0 Client ID and Client Secret",
      body: [
        "Saving user authentication gives the App an **OAuth 2.0 Client ID** and, because it's a confidential client, a **Client Secret**. Sign-in flows such as Perch's use this pair; the API Key and tokens from earlier are for signing your own requests.",
        "The Client Secret is displayed once, like every other credential. For Perch's own sign-in the pair goes into `TWITTER_CLIENT_ID` and `TWITTER_CLIENT_SECRET` on the server; for your own App, wherever it keeps its secrets.",
        "If you change the App's permissions later, tokens issued before the change keep the old permissions: people have to authorise the App again to get the new ones.",
      ],
      instructions: ["Copy the **Client ID**.", "Copy the **Client Secret**.", "Click **Done** only once both are stored."],
      screenshot: {
        alt: "A window showing the OAuth 2.0 Client ID and Client Secret with a shown-once warning: callout 1 beside the Client ID row, callout 2 beside the Client Secret row, callout 3 at the Done button.",
        Drawing: ClientIdAndSecretDrawing,
      },
      vaultFields: ["clientId", "clientSecret"],
    },
    {
      id: "buy-credits",
      title: "Buy credits and set a spending limit",
      body: [
        "There's no monthly fee. You **buy credits in advance** in the console, and each request takes its cost out of the balance: a read is charged for every resource it returns, a write for every request. A search that returns ten posts is ten post reads; creating one post is one write.",
        "When the balance reaches zero (it can dip slightly below), X **blocks requests until you add credits**, so an App that runs unattended shouldn't rely on someone remembering to top up. **Auto-recharge** adds an amount you choose whenever the balance falls below a threshold you set (it needs a saved payment method). A **spending limit** caps what one billing cycle can cost, so a runaway loop can't run up an unbounded bill.",
        "Coming from a legacy **Basic** or **Pro** subscription? You can move to pay-per-use from the console or keep your plan, and switch back in the console's settings.",
      ],
      instructions: [
        "Open **Billing** in the console.",
        "Click **Buy credits** and add a first amount.",
        "Optionally turn on **auto-recharge**: the amount to add, and the balance that triggers it.",
        "Set a **spending limit** for each billing cycle.",
      ],
      facts: [
        { label: "How you pay", value: X_API_PRICING.rules.prepaidCredits },
        { label: "The same resource twice", value: X_API_PRICING.rules.dailyDeduplication },
        { label: "Legacy Basic and Pro plans", value: X_API_PRICING.rules.legacyPlans },
        { label: "Checked", value: `${formatDate(X_API_PRICING.checkedOn)}; confirm at ${pricesConfirmAt}` },
      ],
      screenshot: {
        alt: "The console's Billing page: callout 1 at Billing in the left menu, callout 2 at the Buy credits button under the credit balance, callout 3 at the auto-recharge switch above its amount and threshold fields, callout 4 at the spending limit field. A panel for legacy Basic and Pro plans and a warning that requests stop at a zero balance complete the page.",
        Drawing: CreditsDrawing,
      },
    },
    {
      id: "first-request",
      title: "Make a first request and see what it cost",
      body: [
        "With a Bearer Token stored, a **user lookup** makes a good first call: it reads one public profile, so it's cheap and its answer is easy to check.",
        `It returns one user object, which is one **${label("users-read")}** at ${price("users-read")} per resource. Ask for the same user again on the same UTC day and it isn't charged again. For comparison, a recent search that returns ten posts is ten **${label("posts-read")}** charges at ${price("posts-read")} each, and creating a post is one **${label("content-create")}** at ${price("content-create")}, or ${price("content-create-with-url")} when the post contains a link.`,
        "The console's **Usage** page shows charges as they happen, broken down by endpoint. Check your first request there before you build more. Perch's vault makes the same kind of lookup when you test credentials, so testing saved keys costs a user read or two as well.",
        "Rate limits are separate from billing: each endpoint still allows only so many requests in each window (per App with a Bearer Token, per user with user tokens), whatever your balance. The console and X's rate-limit page list them.",
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
      screenshot: {
        alt: "A terminal running the user lookup above the console's Usage page: callout 1 at the curl request and its JSON answer, callout 2 at the charge for one user read, with a second read of the same user marked not charged, callout 3 at the Rates panel listing each price.",
        Drawing: FirstRequestDrawing,
      },
    },
    {
      id: "team-access",
      title: "Share the App with your team",
      body: [
        "In the console, **team management is for Enterprise accounts only**. They get a **Team** page where people are invited by X handle as an **Administrator** (Apps, billing, members and roles) or a **Developer** (their own Apps, and read-only access to the team's).",
        "On any other account the console has a single owner: the X account you signed in with. Don't share that account's password to give colleagues access. Share the **credentials** instead, through a Perch team vault: each member has a role — viewers see which keys exist, masked; members can reveal, copy and test them; admins can also export them — and every reveal, copy and test goes into the team's audit log.",
        "When someone leaves, regenerate the credentials they could reveal and update the vault; the audit log shows which those were.",
      ],
      instructions: [
        "On an Enterprise account, open **Team** and invite each colleague by X handle as Administrator or Developer.",
        "Otherwise, save the App's credentials in a Perch team vault and give each colleague the smallest role that works.",
        "As a team admin, check the vault's audit log to see who revealed, copied or tested a credential.",
      ],
      screenshot: {
        alt: "The console's Team page marked Enterprise accounts only, beside a Perch team vault: callout 1 at the X handle field and Invite button, callout 2 at the vault's Viewer, Member and Admin roles, callout 3 at the vault's audit log entries.",
        Drawing: TeamDrawing,
      },
    },
  ],
};
