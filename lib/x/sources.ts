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
  /** The page's file in X's documentation source. */
  docsPath: string;
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
    docsPath: "(the earlier developer site; not in X's current documentation source)",
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
} as const satisfies Record<string, XSource>;

export type XSourceId = keyof typeof X_SOURCES;

/** The page behind a statement, by id. */
export function xSource(id: XSourceId): XSource {
  return X_SOURCES[id];
}
