/**
 * The cost estimate for the declared monthly volumes, from the one dated price list in
 * lib/pricing.ts (the guides read the same), with the date it was checked and where to
 * confirm it.
 */
import { estimateMonthlyCost, X_API_PRICING, type CostEstimate } from "@/lib/pricing";
import type { Answers } from "./answers";

export type DraftCost = {
  estimate: CostEstimate;
  /** False when no volume was given: the estimate is then all zeros. */
  hasVolumes: boolean;
  checkedOn: string;
  since: string;
  confirmAt: readonly { label: string; url: string }[];
  notes: string[];
};

/** The monthly estimate for the answers' volumes (an upper bound: every read counted). */
export function estimateDraftCost(answers: Answers): DraftCost {
  const v = answers.volumes;
  const estimate = estimateMonthlyCost({ postsRead: v.postsRead ?? 0, usersRead: v.usersRead ?? 0, postsCreated: v.postsCreated ?? 0, postsCreatedWithUrl: v.postsCreatedWithUrl ?? 0 });
  return {
    estimate,
    hasVolumes: [v.postsRead, v.usersRead, v.postsCreated].some((n) => n !== null && n > 0),
    checkedOn: X_API_PRICING.checkedOn,
    since: X_API_PRICING.since,
    confirmAt: X_API_PRICING.confirmAt,
    notes: [X_API_PRICING.rules.dailyDeduplication, X_API_PRICING.rules.prepaidCredits],
  };
}
