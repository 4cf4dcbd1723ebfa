/**
 * Every guide step the drafting helper links to, in one place. lib/ may not import the
 * guide content (routes → components → content → lib), so these are plain strings; a test
 * outside lib (content/drafts-links.test.ts) checks each one against the guides.
 */
export const GUIDE_LINKS = {
  useType: "/guides/get-access#choose-use-type",
  review: "/guides/get-access#approval-and-review",
  terms: "/guides/get-access#terms-of-service",
  accessLevels: "/guides/access-levels-and-policy#access-levels",
  describeUseCase: "/guides/access-levels-and-policy#describe-your-use-case",
  keepCurrent: "/guides/access-levels-and-policy#keep-your-use-case-current",
  oneAppPerUseCase: "/guides/access-levels-and-policy#one-app-per-use-case",
  sharing: "/guides/access-levels-and-policy#sharing-tweet-ids-and-content",
  postLimits: "/guides/access-levels-and-policy#post-request-limits",
  enforcement: "/guides/access-levels-and-policy#enforcement-and-suspension",
  automationRules: "/guides/access-levels-and-policy#follow-the-automation-rules",
  askFirst: "/guides/access-levels-and-policy#reply-and-message-only-when-asked",
  neverAllowed: "/guides/access-levels-and-policy#uses-that-are-never-allowed",
  handleContent: "/guides/access-levels-and-policy#store-match-and-show-content-carefully",
  publicData: "/guides/api-overview#public-and-non-public-data",
  userAccess: "/guides/api-overview#users-control-access",
} as const;

export type GuideLink = (typeof GUIDE_LINKS)[keyof typeof GUIDE_LINKS];
