/**
 * What Perch's guides state about today's X, one fact at a time: each is a sentence in our
 * own words and the id of the documentation page it rests on (lib/x/sources.ts), which
 * carries the link and the date the statement was last compared with the page. Guides
 * never restate these in their own text; they list fact ids, and the page renders each
 * fact with its source and date. When X changes a page, the facts citing it are the ones
 * to check again.
 *
 * Text may use the guides' inline markup (`code`, **bold**). Dollar amounts belong in
 * lib/pricing.ts, not here.
 */
import { X_SOURCES, type XSource, type XSourceId } from "./sources";

export type XFact = {
  /** The statement, in our own words. */
  text: string;
  /** The page it rests on. */
  source: XSourceId;
};

export const X_FACTS = {
  // Which credential is for what.
  apiKeyIsConsumerKey: {
    text: "The **API Key and Secret** are what older pages call the Consumer Key and Secret. They stand for the App itself, like a user name and password for it: they sign OAuth 1.0a requests and are used to obtain the other tokens.",
    source: "oauth1ApiKeyAndSecret",
  },
  accessTokenIsOwner: {
    text: "The **Access Token and Secret** shown in the console act as the X account that owns the App (OAuth 1.0a). To act for anyone else, that person has to authorise your App and you use the tokens the sign-in gives you.",
    source: "gettingAccess",
  },
  bearerIsAppOnly: {
    text: "The **Bearer Token** is app-only authentication: no user is involved, so it reads public data but cannot post, send Direct Messages or see anything private.",
    source: "oauth2AppOnly",
  },
  clientIdIsOAuth2: {
    text: "The **OAuth 2.0 Client ID and Client Secret** belong to the authorization code flow, in which people sign in with X and grant your App the scopes it asks for.",
    source: "developerApps",
  },
  oauth2ForNewProjects: {
    text: "For new projects X's docs recommend OAuth 2.0 over OAuth 1.0a, mainly for its finer-grained scopes.",
    source: "developerApps",
  },
  shownOnceRegenerate: {
    text: "Keys and tokens are displayed once, when they are generated. A lost value can't be shown again, only regenerated, and regenerating makes the old value stop working.",
    source: "developerConsole",
  },
  oneBearerAtATime: {
    text: "An App has one Bearer Token at a time: asking the token endpoint again with the same keys returns the same token until it is invalidated.",
    source: "oauth2AppOnly",
  },
  separateRatePools: {
    text: "Requests with the Bearer Token and requests made for a user draw on separate rate-limit pools: using up one leaves the other untouched.",
    source: "oauth2AppOnly",
  },
  oauth1TokensDoNotExpire: {
    text: "OAuth 1.0a access tokens carry no expiry date. They stop working when the person revokes your App or X suspends the App.",
    source: "authFaq",
  },
  leakedKeysRegenerate: {
    text: "If a key or token may have leaked (a commit to a repository counts, even once removed), regenerate it: leaked keys can run up your usage or get the App suspended.",
    source: "authBestPractices",
  },

  // OAuth 2.0 app types.
  confidentialClients: {
    text: "**Web App** and **Automated App or Bot** make the App a confidential client: its code runs on a server that can keep a secret, so X issues a Client Secret.",
    source: "developerApps",
  },
  publicClients: {
    text: "**Native App** and **Single page App** make it a public client: code on a phone or in a browser cannot hide a secret, so there is no Client Secret and PKCE alone protects the exchange.",
    source: "developerApps",
  },
  tokenEndpointAuth: {
    text: "At the token endpoint a confidential client authenticates with HTTP Basic (Client ID and Client Secret, base64-encoded); a public client sends its `client_id` in the form body instead.",
    source: "oauth2UserAccessToken",
  },
  pkceAlways: {
    text: "User sign-in with OAuth 2.0 always uses PKCE: authorization code with PKCE, and refresh token, are the only grant types X offers for it.",
    source: "oauth2AuthorizationCode",
  },
  stateParameter: {
    text: "The `state` value that ties the answer to your request (protection against forged sign-ins) may be up to 500 characters long.",
    source: "oauth2AuthorizationCode",
  },

  // Callback URLs.
  callbackExactMatch: {
    text: "The `redirect_uri` a sign-in sends must equal one of the App's registered callback URLs exactly: scheme, host, port, path, and a trailing slash or its absence.",
    source: "developerApps",
  },
  callbackLimit: {
    text: "An App can register at most 10 callback URLs.",
    source: "developerApps",
  },
  callbackHttps: {
    text: "A deployed App's callback URL should use `https://`.",
    source: "developerApps",
  },
  callbackLocalhost: {
    text: "For local development X's docs say to register `http://127.0.0.1` with your port and path, and not `localhost`.",
    source: "developerApps",
  },
  callbackRefusedSchemes: {
    text: "Non-web schemes are refused as callback URLs: among them `javascript:`, `data:`, `file:`, `ftp:`, `mailto:` and `telnet:`, and 28 more on X's list.",
    source: "developerApps",
  },
  callbackNotApproved: {
    text: "A mismatch comes back as “Callback URL not approved for this client application” (error code 415). Register the URL exactly as your code sends it, and URL-encode it where it travels as a query parameter.",
    source: "developerApps",
  },

  // OAuth 2.0 token lifetimes and refresh.
  authCodeLifetime: {
    text: "An authorization code is valid for 30 seconds: exchange it for tokens as soon as the person comes back.",
    source: "oauth2AuthorizationCode",
  },
  accessTokenLifetime: {
    text: "An OAuth 2.0 user access token is valid for two hours.",
    source: "oauth2AuthorizationCode",
  },
  refreshNeedsOfflineAccess: {
    text: "A refresh token is issued only when the sign-in asked for the `offline.access` scope. With it, your App gets new access tokens from `POST /2/oauth2/token` (`grant_type=refresh_token`) without asking the person again; without it, the person signs in again after two hours.",
    source: "oauth2AuthorizationCode",
  },
  revokeTokens: {
    text: "An App can revoke an access or refresh token itself with `POST /2/oauth2/revoke` (for a sign-out button). A person can revoke an App at any time from the connected apps page of their X settings.",
    source: "oauth2UserAccessToken",
  },

  // OAuth 1.0a permission levels.
  permissionLevels: {
    text: "OAuth 1.0a permissions come in three levels: **Read** (public data only: no posting, no Direct Messages), **Read and write** (also posting and deleting posts, following, liking and reposting) and **Read, write and Direct Messages**.",
    source: "developerApps",
  },
  permissionChangeNeedsNewTokens: {
    text: "Changing the App's permissions doesn't change tokens already issued: people must authorise the App again, and you must regenerate your own Access Token and Secret, before the new level applies.",
    source: "developerApps",
  },
  threeLeggedTokens: {
    text: "Tokens for another person's account come from the 3-legged OAuth 1.0a flow (`POST oauth/request_token`, then `oauth/authorize`, then `POST oauth/access_token`). They don't expire, but the person can revoke them whenever they like.",
    source: "oauth1UserAccessTokens",
  },
  writeMeansPost: {
    text: "Any API call made with HTTP POST counts as a write and needs Read and write permission.",
    source: "authFaq",
  },
  leastPermission: {
    text: "X advises asking only for the permissions the App really uses, and keeping separate Apps for development, staging and production.",
    source: "developerApps",
  },

  // The Developer Console.
  ppuLaunched: {
    text: "X launched pay-per-use pricing, and the Developer Console at `console.x.com`, on 6 February 2026.",
    source: "changelog",
  },
  consoleSignIn: {
    text: "You sign in to the Developer Console with an X account and accept the Developer Agreement and Policy; the console may then ask a few questions about how you'll use the API.",
    source: "gettingAccess",
  },
  newApp: {
    text: "**New App** asks for a name, a description and the use case, and the console then generates the App's keys and tokens.",
    source: "gettingAccess",
  },
  consoleUsage: {
    text: "The console shows usage and its cost as it happens, broken down by endpoint, next to your credit balance.",
    source: "developerConsole",
  },
  teamEnterpriseOnly: {
    text: "Team management is for Enterprise accounts only. An **Administrator** manages Apps, billing, members and roles; a **Developer** manages their own Apps and sees the team's read-only.",
    source: "developerConsole",
  },
  developerAgreement: {
    text: "The Developer Agreement sets the legal terms for any use of the X API: the licence, its restrictions and what you must comply with.",
    source: "developerAgreement",
  },
  apiHost: {
    text: "Requests go to `https://api.x.com`; a user lookup such as `GET /2/users/by/username/xdevelopers` with the Bearer Token is the docs' own first example.",
    source: "gettingAccess",
  },
  rateLimitOrUsageCap: {
    text: "A `429` answer means a rate limit or a usage cap was hit; the error's `type` says which (`…/rate-limit-exceeded` or `…/usage-capped`), and for a rate limit the `x-rate-limit-reset` header says when to try again.",
    source: "responseCodes",
  },
  connectedApps: {
    text: "A person sees and removes the Apps they've authorised on the connected apps page of their X settings (`x.com/settings/connected_apps`).",
    source: "oauth2UserAccessToken",
  },

  // Billing.
  payPerUse: {
    text: "The X API is pay-per-use: credits are bought in advance in the Developer Console and each request takes its cost from the balance. There is no subscription, contract or minimum spend.",
    source: "pricing",
  },
  readsPerResource: {
    text: "Reads are charged for each resource a response returns (a search that returns ten posts is ten post reads); writes and other actions are charged per request.",
    source: "pricing",
  },
  dailyDeduplication: {
    text: "Each resource is charged once per UTC day: reading the same post again before midnight UTC costs nothing more. X calls this a soft guarantee that can fail in rare cases such as an outage.",
    source: "pricing",
  },
  creditsRunOut: {
    text: "When the balance reaches zero, X blocks requests until you add credits. The balance can dip slightly below zero; then the new credits must cover that too.",
    source: "pricing",
  },
  autoRecharge: {
    text: "**Auto-recharge** adds an amount you choose when the balance falls below a threshold you set. It fires the first time the balance drops below the threshold after being at or above it, and needs a saved default payment method.",
    source: "pricing",
  },
  autoRechargeSafeguards: {
    text: "Auto-recharge runs at most once in any 5 minutes and not at all while the balance is zero or negative (a manual top-up restarts it), so a burst that spends a whole top-up in under 5 minutes can still run out. Make the recharge amount outlast your busiest 5 minutes.",
    source: "pricing",
  },
  spendingLimit: {
    text: "A **spending limit** caps what one billing cycle can cost. Once it's reached, requests are blocked until the next cycle starts.",
    source: "pricing",
  },
  postReadCap: {
    text: "Pay-per-use accounts can read at most 3 million posts per monthly billing cycle; more needs an Enterprise plan.",
    source: "pricing",
  },
  ownedReads: {
    text: "**Owned Reads**: when the App reads its owner's own data (their posts, mentions, likes, bookmarks, followers, following, blocks, mutes and lists, with `{id}` being the owner), each resource is charged at the lower Owned Read rate.",
    source: "pricing",
  },
  webhookEvents: {
    text: "Events delivered by webhook through the X Activity API are billed per event, deduplicated within the same UTC day; some, such as a post being deleted or a DM being sent, are not billed.",
    source: "pricing",
  },
  xaiCredits: {
    text: "Buying X API credits also earns free xAI API credits, from nothing up to a fifth of the billing cycle's spend depending on its total, once your xAI team is linked in the console's account settings.",
    source: "pricing",
  },
  usageEndpoint: {
    text: "`GET /2/usage/tweets` returns daily post consumption, so your own code can alert you before a budget is spent.",
    source: "pricing",
  },
  legacyPlans: {
    text: "The legacy Basic and Pro plans stay available to their subscribers, who can opt in to pay-per-use instead.",
    source: "changelog",
  },
  april2026Changes: {
    text: "Since 20 April 2026 following, liking and quote-posting through the API are no longer available to self-serve accounts, and a post that contains a URL is charged at a higher rate than a plain one.",
    source: "changelog",
  },

  // Automation.
  summonedReplies: {
    text: "Since 23 February 2026 a program may reply through `POST /2/tweets` only when the original post's author summoned its account (by mentioning it or quoting one of its posts); mentioning or quoting people from code is restricted too. Enterprise access is not affected.",
    source: "changelog",
  },
  automatedLabel: {
    text: "A bot account gets X's **Automated** label from its own settings: **Your account → Automation**, then link the account that manages it.",
    source: "developerApps",
  },
  automationRequirements: {
    text: "Every automated account must show the Automated label, say in its bio that it's a bot and who runs it, be tied to an account a human manages, stop as soon as someone asks it to, use only the official API, and stay within rate limits.",
    source: "developerGuidelines",
  },
  automatedRepliesAndDms: {
    text: "An automated account may reply only when the person engaged with it first, once per interaction, and may send a Direct Message only to someone who messaged it first, with an easy way to opt out.",
    source: "developerGuidelines",
  },
  noAutomatedLikesOrFollows: {
    text: "Likes must come from the person's own action: auto-liking by keyword, hashtag, user or schedule is prohibited, and so is bulk or automated following.",
    source: "developerGuidelines",
  },
  aiRepliesNeedApproval: {
    text: "AI-generated replies need X's approval before launch, must still be labelled, and may never pass for a human.",
    source: "developerGuidelines",
  },
  noScraping: {
    text: "Scraping X, or driving it through browser automation instead of the API, leads to permanent suspension.",
    source: "developerGuidelines",
  },

  // Ads API.
  adsAccessForm: {
    text: "Ads API access is requested per App, with the Ads API access form, once the App exists in the Developer Console; X reviews each request.",
    source: "adsApiGettingStarted",
  },
  adsAppId: {
    text: "An App's ID is in the address of its page in the console; the Ads API request asks for it.",
    source: "adsApiGettingStarted",
  },
  adsAccessTiers: {
    text: "The request asks which access you need: **Conversion Only** (the mobile and web conversion endpoints) or **Standard Access** (analytics, campaign management, creatives, custom audiences and conversions).",
    source: "adsApiGettingStarted",
  },
  adsRegenerateTokens: {
    text: "Once the App is approved for the Ads API, regenerate its user access tokens; tokens from before the approval don't authenticate Ads API requests properly.",
    source: "adsApiGettingStarted",
  },
  adsHost: {
    text: "Ads API requests go to `ads-api.x.com`. The docs' first one is `GET accounts`, which lists the ad accounts the authorised user can reach.",
    source: "adsApiGettingStarted",
  },
  adsVersion: {
    text: "The Ads API's versions page lists 12 (path `/12/`) as the newest version, and every response names the current one in an `x-current-api-version` header.",
    source: "adsApiVersions",
  },
} as const satisfies Record<string, XFact>;

export type XFactId = keyof typeof X_FACTS;

/** A fact with its page resolved, ready to show. */
export type ResolvedXFact = { id: XFactId; text: string; source: XSource & { id: XSourceId } };

/** One fact with the page it rests on. */
export function xFact(id: XFactId): ResolvedXFact {
  const fact: XFact = X_FACTS[id];
  return { id, text: fact.text, source: { id: fact.source, ...X_SOURCES[fact.source] } };
}

/** The latest date among the facts' sources (YYYY-MM-DD), or null for no facts. */
export function latestCheck(ids: readonly XFactId[]): string | null {
  return ids.map((id) => X_SOURCES[X_FACTS[id].source].checkedOn).reduce<string | null>((a, b) => (a === null || b > a ? b : a), null);
}

/** The distinct pages behind some facts, in first-cited order. */
export function sourcesOf(ids: readonly XFactId[]): (XSource & { id: XSourceId })[] {
  const seen = new Set<XSourceId>();
  const out: (XSource & { id: XSourceId })[] = [];
  for (const id of ids) {
    const source = xFact(id).source;
    if (!seen.has(source.id)) {
      seen.add(source.id);
      out.push(source);
    }
  }
  return out;
}
