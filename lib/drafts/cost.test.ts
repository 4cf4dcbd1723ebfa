import { describe, expect, it } from "vitest";
import { X_API_PRICING } from "@/lib/pricing";
import { parseAnswers } from "./answers";
import { estimateDraftCost } from "./cost";

describe("estimateDraftCost", () => {
  it("prices the declared volumes from the dated price list", () => {
    const cost = estimateDraftCost(parseAnswers({ volumes: { postsRead: 200_000, usersRead: 5_000, postsCreated: 3_000, postsCreatedWithUrl: 100 } }));
    const price = (id: string) => X_API_PRICING.prices.find((p) => p.id === id)!.usd;
    expect(cost.hasVolumes).toBe(true);
    expect(cost.estimate.totalUsd).toBeCloseTo(200_000 * price("posts-read") + 5_000 * price("users-read") + 2_900 * price("content-create") + 100 * price("content-create-with-url"), 2);
    expect(cost.checkedOn).toBe(X_API_PRICING.checkedOn);
    expect(cost.confirmAt.length).toBeGreaterThan(0);
  });
  it("says when nothing was declared", () => {
    const cost = estimateDraftCost(parseAnswers({}));
    expect(cost.hasVolumes).toBe(false);
    expect(cost.estimate.totalUsd).toBe(0);
  });
});
