import { X_API_PRICING } from "@/lib/pricing";
import type { ConfirmAt } from "./types";

/**
 * X's own pages where a reader confirms what a guide says about today's X. Guides cite
 * these in change notes and facts instead of repeating addresses by hand, so a moved page
 * is one edit here.
 */
export const CONFIRM_AT = {
  console: { label: "X Developer Console", url: "https://console.x.com" },
  consoleDocs: { label: "X docs: the Developer Console", url: "https://docs.x.com/fundamentals/developer-portal" },
  pricing: X_API_PRICING.confirmAt[0],
  docs: { label: "X developer documentation", url: "https://docs.x.com" },
  firstRequest: { label: "X docs: make your first request", url: "https://docs.x.com/x-api/getting-started/make-your-first-request" },
  rateLimits: { label: "X docs: rate limits", url: "https://docs.x.com/x-api/fundamentals/rate-limits" },
  developerTerms: { label: "X Developer Agreement and Policy", url: "https://developer.x.com/en/developer-terms/agreement-and-policy" },
  adsApi: { label: "X Ads API docs: getting started", url: "https://docs.x.com/x-ads-api/getting-started/step-by-step-guide" },
  adsApiVersions: { label: "X Ads API docs: versioning", url: "https://docs.x.com/x-ads-api/fundamentals/versioning" },
  help: { label: "X Help Center", url: "https://help.x.com" },
  forum: { label: "X Developers community forum", url: "https://devcommunity.x.com" },
  signup: { label: "X sign-up", url: "https://x.com/i/flow/signup" },
} as const satisfies Record<string, ConfirmAt>;
