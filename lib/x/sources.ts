/**
 * The pages of X's developer documentation that Perch's advice rests on: the one place
 * where each page is named, with the date its content was last compared with what Perch
 * says. Every rule, price, limit, guide fact and error explanation about X points at one
 * of these ids, so when X changes a page, a search for its id finds every statement to
 * check again.
 *
 * `docsPath` is the page's file in X's documentation source (the `xdevplatform/docs`
 * repository), which is how the pages were read; `url` is where a reader finds them.
 */

export type XSource = {
  /** The page's title as X gives it. */
  title: string;
  /** Where a person reads it. */
  url: string;
  /** The page's file in X's documentation source; null for a page of the earlier developer site, which that source no longer holds. */
  docsPath: string | null;
  /** When Perch last compared its statements with this page (YYYY-MM-DD). */
  checkedOn: string;
};

export const X_SOURCES = {
  pricing: {
    title: "Pricing",
    url: "https://docs.x.com/x-api/getting-started/pricing",
    docsPath: "x-api/getting-started/pricing.mdx",
    checkedOn: "2026-12-07",
  },
  developerGuidelines: {
    title: "Developer Guidelines",
    url: "https://docs.x.com/developer-guidelines",
    docsPath: "developer-guidelines.mdx",
    checkedOn: "2026-12-07",
  },
  developerPolicy: {
    title: "X Developer Policy",
    url: "https://docs.x.com/developer-terms/policy",
    docsPath: "developer-terms/policy.mdx",
    checkedOn: "2026-12-07",
  },
  restrictedUseCases: {
    title: "Restricted uses of the X API",
    url: "https://docs.x.com/developer-terms/restricted-use-cases",
    docsPath: "developer-terms/restricted-use-cases.mdx",
    checkedOn: "2026-12-07",
  },
  /** The earlier portal's policy FAQ (the seed of the access-levels guide): for rules today's pages no longer state. */
  policyFaq: {
    title: "Developer policy support (earlier developer portal)",
    url: "https://developer.twitter.com/en/support/twitter-api/developer-policy",
    docsPath: null,
    checkedOn: "2026-12-07",
  },
  developerApps: {
    title: "Apps",
    url: "https://docs.x.com/fundamentals/developer-apps",
    docsPath: "fundamentals/developer-apps.mdx",
    checkedOn: "2026-12-07",
  },
  oauth2AuthorizationCode: {
    title: "OAuth 2.0 Authorization Code Flow with PKCE",
    url: "https://docs.x.com/fundamentals/authentication/oauth-2-0/authorization-code",
    docsPath: "fundamentals/authentication/oauth-2-0/authorization-code.mdx",
    checkedOn: "2026-12-07",
  },
  responseCodes: {
    title: "Response codes and errors",
    url: "https://docs.x.com/x-api/fundamentals/response-codes-and-errors",
    docsPath: "x-api/fundamentals/response-codes-and-errors.mdx",
    checkedOn: "2026-12-07",
  },
  changelog: {
    title: "Changelog",
    url: "https://docs.x.com/changelog",
    docsPath: "changelog.mdx",
    checkedOn: "2026-12-07",
  },
  developerConsole: {
    title: "Developer Console",
    url: "https://docs.x.com/fundamentals/developer-portal",
    docsPath: "fundamentals/developer-portal.mdx",
    checkedOn: "2026-12-07",
  },
  gettingAccess: {
    title: "Getting Access",
    url: "https://docs.x.com/x-api/getting-started/getting-access",
    docsPath: "x-api/getting-started/getting-access.mdx",
    checkedOn: "2026-12-07",
  },
  oauth2UserAccessToken: {
    title: "OAuth 2.0: making requests on behalf of users",
    url: "https://docs.x.com/fundamentals/authentication/oauth-2-0/user-access-token",
    docsPath: "fundamentals/authentication/oauth-2-0/user-access-token.mdx",
    checkedOn: "2026-12-07",
  },
  oauth2AppOnly: {
    title: "App only authentication and OAuth 2.0 Bearer Token",
    url: "https://docs.x.com/fundamentals/authentication/oauth-2-0/application-only",
    docsPath: "fundamentals/authentication/oauth-2-0/application-only.mdx",
    checkedOn: "2026-12-07",
  },
  oauth1ApiKeyAndSecret: {
    title: "API Key and Secret",
    url: "https://docs.x.com/fundamentals/authentication/oauth-1-0a/api-key-and-secret",
    docsPath: "fundamentals/authentication/oauth-1-0a/api-key-and-secret.mdx",
    checkedOn: "2026-12-07",
  },
  oauth1UserAccessTokens: {
    title: "Obtaining Access Tokens using 3-legged OAuth flow",
    url: "https://docs.x.com/fundamentals/authentication/oauth-1-0a/obtaining-user-access-tokens",
    docsPath: "fundamentals/authentication/oauth-1-0a/obtaining-user-access-tokens.mdx",
    checkedOn: "2026-12-07",
  },
  authFaq: {
    title: "OAuth FAQ",
    url: "https://docs.x.com/fundamentals/authentication/faq",
    docsPath: "fundamentals/authentication/faq.mdx",
    checkedOn: "2026-12-07",
  },
  authBestPractices: {
    title: "Authentication best practices",
    url: "https://docs.x.com/fundamentals/authentication/guides/authentication-best-practices",
    docsPath: "fundamentals/authentication/guides/authentication-best-practices.mdx",
    checkedOn: "2026-12-07",
  },
  developerAgreement: {
    title: "X Developer Agreement",
    url: "https://docs.x.com/developer-terms/agreement",
    docsPath: "developer-terms/agreement.mdx",
    checkedOn: "2026-12-07",
  },
  adsApiGettingStarted: {
    title: "Ads API: step-by-step guide",
    url: "https://docs.x.com/x-ads-api/getting-started/step-by-step-guide",
    docsPath: "x-ads-api/getting-started/step-by-step-guide.mdx",
    checkedOn: "2026-12-07",
  },
  adsApiVersions: {
    title: "Ads API: versions",
    url: "https://docs.x.com/x-ads-api/fundamentals/versioning",
    docsPath: "x-ads-api/fundamentals/versioning.mdx",
    checkedOn: "2026-12-07",
  },
  rateLimits: {
    title: "Rate limits",
    url: "https://docs.x.com/fundamentals/rate-limits",
    docsPath: "fundamentals/rate-limits.mdx",
    checkedOn: "2026-12-07",
  },
  usageAndBilling: {
    title: "Usage and Billing",
    url: "https://docs.x.com/x-api/fundamentals/post-cap",
    docsPath: "x-api/fundamentals/post-cap.mdx",
    checkedOn: "2026-12-07",
  },
  oauth1Authorizing: {
    title: "Authorizing a request (OAuth 1.0a)",
    url: "https://docs.x.com/fundamentals/authentication/oauth-1-0a/authorizing-a-request",
    docsPath: "fundamentals/authentication/oauth-1-0a/authorizing-a-request.mdx",
    checkedOn: "2026-12-07",
  },
  manageTweetsIntegrate: {
    title: "Manage Posts: integration guide",
    url: "https://docs.x.com/x-api/posts/manage-tweets/integrate",
    docsPath: "x-api/posts/manage-tweets/integrate.mdx",
    checkedOn: "2026-12-07",
  },
  xurl: {
    title: "xurl",
    url: "https://docs.x.com/tools/xurl",
    docsPath: "tools/xurl.mdx",
    checkedOn: "2026-12-07",
  },
  mcp: {
    title: "MCP servers for the X API and X developer docs",
    url: "https://docs.x.com/tools/mcp",
    docsPath: "tools/mcp.mdx",
    checkedOn: "2026-12-07",
  },
} as const satisfies Record<string, XSource>;

export type XSourceId = keyof typeof X_SOURCES;

/** The page behind a statement, by id. */
export function xSource(id: XSourceId): XSource {
  return X_SOURCES[id];
}
