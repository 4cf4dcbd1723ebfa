import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { estimateMonthlyCost, formatUsd, priceOf, X_API_PRICING } from "./pricing";

describe("X API pricing", () => {
  it("is dated and says where to confirm it", () => {
    expect(X_API_PRICING.checkedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(X_API_PRICING.confirmAt.length).toBeGreaterThan(0);
    for (const place of X_API_PRICING.confirmAt) expect(place.url).toMatch(/^https:\/\//);
  });

  it("estimates a month: 100k posts read, 2k users, 300 posts of which 50 have a link", () => {
    const estimate = estimateMonthlyCost({ postsRead: 100_000, usersRead: 2_000, postsCreated: 300, postsCreatedWithUrl: 50 });
    const usd = Object.fromEntries(estimate.lines.map((l) => [l.id, l.usd]));
    expect(usd).toEqual({ "posts-read": 500, "users-read": 20, "content-create": 3.75, "content-create-with-url": 10 });
    expect(estimate.totalUsd).toBe(533.75);
  });

  it("never goes negative or NaN, and counts linked posts once (property)", () => {
    const n = fc.oneof(fc.integer({ min: -10, max: 10_000_000 }), fc.constantFrom(Number.NaN, Infinity, -Infinity, 0.5));
    fc.assert(
      fc.property(n, n, n, n, (postsRead, usersRead, postsCreated, postsCreatedWithUrl) => {
        const e = estimateMonthlyCost({ postsRead, usersRead, postsCreated, postsCreatedWithUrl });
        expect(e.totalUsd).toBeGreaterThanOrEqual(0);
        expect(Number.isFinite(e.totalUsd)).toBe(true);
        const created = e.lines.filter((l) => l.id.startsWith("content-create")).reduce((s, l) => s + l.quantity, 0);
        expect(created).toBe(Number.isFinite(postsCreated) && postsCreated > 0 ? Math.floor(postsCreated) : 0);
      }),
    );
  });

  it("formats prices exactly", () => {
    expect(formatUsd(priceOf("posts-read").usd)).toBe("$0.005");
    expect(formatUsd(priceOf("users-read").usd)).toBe("$0.010");
    expect(formatUsd(priceOf("content-create-with-url").usd)).toBe("$0.200");
    expect(formatUsd(533.75)).toBe("$533.75");
  });
});
