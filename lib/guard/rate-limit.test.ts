import { describe, expect, it } from "vitest";
import { RateLimiter } from "./rate-limit";

describe("RateLimiter", () => {
  it("allows max calls per window, then says how long to wait, then allows again", () => {
    const limiter = new RateLimiter();
    const rule = { max: 3, seconds: 60 };
    const t0 = 1_000_000;
    expect([limiter.hit("a", rule, t0), limiter.hit("a", rule, t0), limiter.hit("a", rule, t0)]).toEqual([null, null, null]);
    expect(limiter.hit("a", rule, t0 + 10_000)).toBe(50);
    // Another caller has its own window.
    expect(limiter.hit("b", rule, t0 + 10_000)).toBeNull();
    expect(limiter.hit("a", rule, t0 + 60_000)).toBeNull();
  });

  it("stays bounded under a flood of distinct keys", () => {
    const limiter = new RateLimiter();
    const rule = { max: 1, seconds: 3600 };
    for (let i = 0; i < 120_000; i++) limiter.hit(`k${i}`, rule, 0);
    expect((limiter as unknown as { windows: Map<string, unknown> }).windows.size).toBeLessThanOrEqual(50_000);
  });
});
