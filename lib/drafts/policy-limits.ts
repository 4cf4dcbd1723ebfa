/**
 * The developer policy's numbers, as the policy check applies them (from the developer
 * policy FAQ; the access-levels guide shows the same figures with their source).
 */
export const POLICY_LIMITS = {
  /** Tweet IDs one entity may receive in any 30 days without Twitter's written permission. */
  tweetIdsPer30Days: 1_500_000,
  /** Public Tweet or user objects each person may receive per day, by non-automated means. */
  objectsPerPersonPerDay: 50_000,
  /** Tweets (Retweets and replies included) one account may post in a day. */
  accountPostsPerDay: 2_400,
  /** The only environments that may have an App of their own for one use case. */
  environments: ["development", "staging", "production"] as const,
} as const;
