import type { Guide } from "@/lib/guides/types";
import { factNote } from "@/lib/guides/fact-note";
import { AppIdDrawing } from "@/content/guides/create-app-and-keys/drawings/app-id";
import { CallbackUriDrawing } from "@/content/guides/create-app-and-keys/drawings/callback-uri";
import { ClientIdAndSecretDrawing } from "@/content/guides/create-app-and-keys/drawings/client-id-and-secret";
import { CreateAppDrawing } from "@/content/guides/create-app-and-keys/drawings/create-app";
import { GoToDashboardDrawing } from "@/content/guides/create-app-and-keys/drawings/go-to-dashboard";
import { KeepKeysSafeDrawing } from "@/content/guides/create-app-and-keys/drawings/keep-keys-safe";
import { AccessTokenDrawing, BearerTokenDrawing, ConsumerKeysDrawing } from "@/content/guides/create-app-and-keys/drawings/keys-page";
import { OpenUserAuthDrawing } from "@/content/guides/create-app-and-keys/drawings/open-user-auth";
import { PermissionsAndTypeDrawing } from "@/content/guides/create-app-and-keys/drawings/permissions-and-type";
import { RequestElevatedDrawing } from "@/content/guides/create-app-and-keys/drawings/request-elevated";
import { WebsiteAndOrganizationDrawing } from "@/content/guides/create-app-and-keys/drawings/website-and-organization";

const CHANGED = "2026-12-07";

export const createAppGuide: Guide = {
  slug: "create-app-and-keys",
  era: "earlier-portal",
  title: "Create a Project and App, set up sign-in, and generate keys",
  summary:
    "Create an App in the developer portal, raise its access level, configure user authentication (including the callback for signing in to Perch), and generate and safely store every key and token.",
  minutes: 20,
  seeds: ["004_fc51f37d34b71327.txt", "002_d7f662a803bbda5c.txt"],
  reviewed: CHANGED,
  steps: [
    {
      id: "create-app",
      title: "Create a new App",
      body: [
        "Your keys belong to an **App**, and every App sits inside a **Project**. Go to `apps.twitter.com` and sign in with the Twitter account that has developer access; you'll end up in the developer portal.",
        "Start a new App and give it two things. The **App Environment** says what the App is for — Development, Staging or Production — so you can keep separate Apps, with separate keys, for each stage of your work. The **App name** is how you'll find it in the portal later; it has to be unique, so something like `yourproduct-dev` works well.",
      ],
      instructions: [
        "Click **Create new app**.",
        "Choose the **App Environment** (Development, Staging or Production).",
        "Type a name for the App.",
        "Click **Next**.",
      ],
      screenshot: {
        alt: "The portal dashboard with a Project card and a New app form: callout 1 at the Create new app button, callout 2 at the App Environment choices, callout 3 at the App name field, callout 4 at the Next button.",
        Drawing: CreateAppDrawing,
      },
      changeNote: factNote(["newApp", "ppuLaunched"], "`apps.twitter.com` is the earlier portal. The Developer Console guide follows today's screens; this guide keeps the earlier portal's."),
    },
    {
      id: "go-to-dashboard",
      title: "Save any keys shown, then go to the dashboard",
      body: [
        "Once the App is named, the portal may show its first set of credentials straight away — the **API Key**, **API Key Secret** and a **Bearer Token**. This is the only time they appear in full. If you see them, save them now (Perch's vault can hold them); if you miss them, you can generate new ones later in this guide.",
        "Then leave this screen for the App's dashboard, where the rest of the set-up happens.",
      ],
      instructions: [
        "If keys are shown, copy each one somewhere safe before leaving the page.",
        "Click **Go to dashboard** in the bottom right corner.",
      ],
      screenshot: {
        alt: "A “Here are your keys & tokens” screen listing API Key, API Key Secret and Bearer Token with Copy links: callout 1 beside the keys, callout 2 at the Go to dashboard button in the bottom right corner.",
        Drawing: GoToDashboardDrawing,
      },
      vaultFields: ["apiKey", "apiKeySecret", "bearerToken"],
    },
    {
      id: "request-elevated",
      title: "Change the access level from Essential to Elevated",
      body: [
        "A new developer account starts on the **Essential** access level. The rest of this set-up assumes the **Elevated** level, which you ask for separately at `developer.twitter.com/en/portal/products/elevated`.",
        "Applying means explaining **why you need Elevated access**. Describe your real use case plainly and specifically; the answers are reviewed before the level changes, so carry on with the next step once you see Elevated on your account.",
      ],
      instructions: [
        "Open the Elevated page under **Products** and check your current level (Essential).",
        "Click **Apply** on Elevated.",
        "Explain why you need Elevated access and what you will build.",
        "Submit the form and wait until your access level shows Elevated.",
      ],
      screenshot: {
        alt: "The Products page comparing Essential (marked Current) and Elevated: callout 1 at the Current badge, callout 2 at the Apply button, callout 3 at the “Why do you need Elevated access?” field, callout 4 at the Submit button.",
        Drawing: RequestElevatedDrawing,
      },
      changeNote: factNote(["payPerUse", "legacyPlans"], "Essential and Elevated no longer exist and nothing replaces them: skip this step today. User authentication (next steps) works the same either way."),
    },
    {
      id: "open-user-auth-settings",
      title: "Open the User authentication settings",
      body: [
        "With the access level sorted, the next job is telling Twitter how people (or your own app) will sign in through this App. That lives in the App's **User authentication settings**.",
        "In the left-hand menu, **Projects & Apps** expands to list your Project and the App you named earlier. The settings section is at the very bottom of the App's page.",
      ],
      instructions: [
        "Expand **Projects & Apps** in the left-hand menu.",
        "Click your Project, then the App you named in the first step.",
        "Scroll to **User authentication settings** at the bottom and click **Set up**.",
      ],
      screenshot: {
        alt: "An App's settings page with the left menu expanded: callout 1 at Projects & Apps, callout 2 at the App name under the Project, callout 3 at the Set up button in the User authentication settings section at the bottom.",
        Drawing: OpenUserAuthDrawing,
      },
      changeNote: factNote(["confidentialClients", "publicClients"], "Today the same settings are part of each App's settings in the Developer Console, and the Developer Console guide shows them with this deployment's callback URL."),
    },
    {
      id: "permissions-and-app-type",
      changeNote: factNote(["permissionLevels", "permissionChangeNeedsNewTokens", "pkceAlways"]),
      title: "Choose app permissions and the type of App",
      body: [
        "**App permissions** decide what the App may do on behalf of the people who sign in with it. **Read and write** lets it post, like, Retweet and follow as well as read; add Direct Messages only if you really need them.",
        "If the App is only for signing in to Perch, **Read** is enough — Perch never posts for you. Choose Read and write when your own software will act for its users.",
        "**Type of App** tells Twitter whether the App can keep a secret. For most uses — a website with a server, an automated job or a bot — pick **Web App, Automated App or Bot**. That makes it a confidential client, which is what gives you a Client Secret later.",
      ],
      instructions: [
        "Under **App permissions**, choose **Read and write** (or Read if the App only signs people in to Perch).",
        "Under **Type of App**, choose **Web App, Automated App or Bot**.",
      ],
      screenshot: {
        alt: "The User authentication settings form: callout 1 at the “Read and write” option under App permissions, callout 2 at “Web App, Automated App or Bot” under Type of App.",
        Drawing: PermissionsAndTypeDrawing,
      },
    },
    {
      id: "callback-uri",
      changeNote: factNote(["callbackExactMatch", "callbackLocalhost", "callbackLimit", "callbackRefusedSchemes"], "The Developer Console guide has a step for the local-development address."),
      title: "Enter the Callback URI",
      body: [
        "The **Callback URI / Redirect URL** is where Twitter sends people back after they approve the sign-in. Twitter only redirects to addresses listed here, and the match must be exact.",
        "**If this App is for Perch itself**, paste Perch's callback URL, shown below with a copy button. **Otherwise**, enter the callback address of your own application — the page in your app that finishes the sign-in.",
      ],
      instructions: [
        "Paste the callback URL into **Callback URI / Redirect URL**.",
        "If people also sign in through another address (for example a local development copy), add it with **+ Add another URI / URL**.",
      ],
      copyValue: { kind: "callbackUrl", label: "Callback URI for signing in to Perch" },
      screenshot: {
        alt: "The App info section of the form: callout 1 at the Callback URI / Redirect URL field filled with a callback address, callout 2 at the “+ Add another URI / URL” link below it.",
        Drawing: CallbackUriDrawing,
      },
    },
    {
      id: "website-and-organization",
      title: "Add the website URL and organisation name, then save",
      body: [
        "The **Website URL** is the public home of whatever uses this App. For Perch's own sign-in, use the address below; for your own app, use your site's address.",
        "The **Organization name** appears to people when they're asked to sign in, so use your business name or the name of your website. The remaining fields (organisation URL, terms of service, privacy policy) are optional.",
      ],
      instructions: [
        "Enter the **Website URL**.",
        "Enter your business or website name as the **Organization name**.",
        "Click **Save**.",
      ],
      copyValue: { kind: "websiteUrl", label: "Website URL" },
      screenshot: {
        alt: "The rest of the App info section: callout 1 at the Website URL field, callout 2 at the Organization name field, callout 3 at the Save button in the bottom right.",
        Drawing: WebsiteAndOrganizationDrawing,
      },
    },
    {
      id: "client-id-and-secret",
      changeNote: factNote(["accessTokenLifetime", "refreshNeedsOfflineAccess", "authCodeLifetime"]),
      title: "Confirm the change and copy the Client ID and Client Secret",
      body: [
        "Saving asks you to confirm, because changing an App's permissions affects how it signs people in. Tokens created earlier keep the permissions they were made with, so generate fresh access tokens after this (see below).",
        "Next the portal shows the **OAuth 2.0 Client ID and Client Secret**. They're what a sign-in flow such as Perch's uses. The Client Secret is displayed only this once, so store both before you click Done. For Perch itself, they go into `TWITTER_CLIENT_ID` and `TWITTER_CLIENT_SECRET`.",
      ],
      instructions: [
        "Confirm that you want to change the permissions by clicking **Yes**.",
        "Copy the **Client ID**.",
        "Copy the **Client Secret**.",
        "Click **Done** only once both are stored.",
      ],
      screenshot: {
        alt: "A “Change permissions?” confirmation dialog on the left and the Client ID and Client Secret panel on the right: callout 1 at the Yes button, callouts 2 and 3 beside the Client ID and Client Secret rows, callout 4 at the Done button.",
        Drawing: ClientIdAndSecretDrawing,
      },
      vaultFields: ["clientId", "clientSecret"],
    },
    {
      id: "consumer-keys",
      title: "Generate the API Key and Secret",
      body: [
        "The **API Key and API Key Secret**, also called **Consumer Keys**, identify your App itself in every request. They're on the App's **Keys and tokens** tab, next to the App's name at the top of its page.",
        "If you already saved them when you created the App, you don't need new ones. If you didn't, generate them here; the button may read **Regenerate** if a pair already exists, and that replaces the old pair.",
      ],
      instructions: [
        "Under **Projects & Apps**, click your App's name.",
        "Open the **Keys and tokens** tab.",
        "In **Consumer Keys**, click **Generate** next to **API Key and Secret**.",
        "Copy the **API Key** and **API Key Secret** from the pop-up.",
      ],
      screenshot: {
        alt: "The Keys and tokens tab of an App: callout 1 at the App in the left menu, callout 2 at the Keys and tokens tab, callout 3 at the Generate button in Consumer Keys, callout 4 at the pop-up showing API Key and API Key Secret.",
        Drawing: ConsumerKeysDrawing,
      },
      vaultFields: ["apiKey", "apiKeySecret"],
      changeNote: factNote(["newApp", "shownOnceRegenerate"], "In today's console there's nothing to generate first."),
    },
    {
      id: "access-token",
      title: "Generate the Access Token and Secret",
      body: [
        "An **Access Token and Access Token Secret** let your code act as **your own Twitter account** — the one that owns the App — without a sign-in flow. They're what a bot or script that posts from your account uses, together with the API Key and Secret.",
        "A token carries the permissions the App had when it was generated. Generate it after setting **Read and write**, and check that the pop-up confirms those permissions.",
      ],
      instructions: [
        "In **Authentication Tokens**, click **Generate** next to **Access Token and Secret**.",
        "Check that the pop-up says the token was created with Read and Write permissions.",
        "Copy the **Access Token** and **Access Token Secret**.",
      ],
      screenshot: {
        alt: "The Keys and tokens tab with the Access Token and Secret pop-up: callout 1 at the Generate button for Access Token and Secret, callout 2 at the line confirming Read and Write permissions, callout 3 at the Access Token and Access Token Secret values.",
        Drawing: AccessTokenDrawing,
      },
      vaultFields: ["accessToken", "accessTokenSecret"],
    },
    {
      id: "bearer-token",
      title: "Generate the Bearer Token",
      body: [
        "The **Bearer Token** authenticates requests as the App alone (OAuth 2.0 app-only), with no user involved. It's what endpoints that ask for an OAuth 2.0 Bearer Token expect, typically for reading public data.",
        "If you saved one when you created the App, that one still works; generating again replaces it.",
      ],
      instructions: [
        "In **Authentication Tokens**, click **Generate** next to **Bearer Token**.",
        "Copy the **Bearer Token** from the pop-up.",
      ],
      code: {
        caption: "Using the Bearer Token in a request header",
        language: "bash",
        text: 'curl "https://api.twitter.com/2/tweets/search/recent?query=from:TwitterDev" \\\n  -H "Authorization: Bearer $TWITTER_BEARER_TOKEN"',
      },
      screenshot: {
        alt: "The Keys and tokens tab with the Bearer Token pop-up: callout 1 at the Generate button next to Bearer Token, callout 2 at the Bearer Token value and its Copy link.",
        Drawing: BearerTokenDrawing,
      },
      vaultFields: ["bearerToken"],
      changeNote: factNote(["apiHost", "readsPerResource", "separateRatePools"], "The seed's `api.twitter.com` address is the earlier host, and with pay-per-use no tier decides which endpoints a Bearer Token may call."),
    },
    {
      id: "keep-keys-safe",
      changeNote: factNote(["leakedKeysRegenerate", "oauth1TokensDoNotExpire"]),
      title: "Store the keys safely and know what regenerating does",
      body: [
        "The portal shows each key and token **only once**, when it's generated. Put it somewhere safe straight away: environment variables on the machines that need it, a secure password manager, or Perch's team vault. Never commit keys to a repository.",
        "A program can take its keys from the vault instead of a `.env` file: an admin makes a service token on the team's **Tokens** page, and `perch run --app <name> -- node bot.js` starts the bot with the keys in its environment only.",
        "The keys and tokens **don't expire** on their own; they keep working until someone regenerates them. That's convenient, and it's also why a leaked key stays dangerous until you replace it.",
        "If you lose a key, you can't view it again — you have to **regenerate** it. That creates a new value and **invalidates the old one**, so every integration still using the old credentials stops working until you update it.",
      ],
      instructions: [
        "As soon as a value is shown, put it in an environment variable or a password manager (or save it to the vault).",
        "To replace a lost or leaked key, use **Regenerate** and read the warning: the old value stops working.",
        "After regenerating, update every place that used the old credentials.",
      ],
      code: {
        caption: "A .env file kept out of version control",
        language: "bash",
        text: "TWITTER_API_KEY=...\nTWITTER_API_KEY_SECRET=...\nTWITTER_ACCESS_TOKEN=...\nTWITTER_ACCESS_TOKEN_SECRET=...\nTWITTER_BEARER_TOKEN=...\nTWITTER_CLIENT_ID=...\nTWITTER_CLIENT_SECRET=...",
      },
      facts: [
        { label: "Shown in the portal", value: "Once, when generated" },
        { label: "Expiry", value: "None, until regenerated" },
        { label: "After regenerating", value: "Old value invalid; update every integration" },
      ],
      screenshot: {
        alt: "A .env file of masked keys, a checklist of places to update and a “Regenerate API Key and Secret?” warning dialog: callout 1 at the .env file, callout 2 at the dialog's warning that current keys stop working, callout 3 at the list of places to update.",
        Drawing: KeepKeysSafeDrawing,
      },
    },
    {
      id: "app-id",
      title: "Note your App ID",
      body: [
        "Each App has a numeric **App ID**. You'll need it when you ask for access to other products, such as the Ads API, so note it now.",
        "The portal doesn't make a fuss about it: it's in the **address of the App's details page**, the number right after `apps/`.",
      ],
      instructions: [
        "Open the App's details page by clicking its name under **Projects & Apps**.",
        "In the browser's address bar, find the number after `apps/` — that's the App ID.",
      ],
      screenshot: {
        alt: "An App's details page with its address enlarged above it: callout 1 at the App in the left menu, callout 2 next to the highlighted App ID that follows “apps/” in the address.",
        Drawing: AppIdDrawing,
      },
      vaultFields: ["appId"],
    },
  ],
};
