import { describe, expect, it } from "vitest";
import { isRecentSignIn, reauthMessage, reauthPath } from "./reauth";

describe("recent sign-in", () => {
  const now = Date.parse("2026-12-07T12:00:00Z");
  it("counts a sign-in up to the limit as recent, and one a second older as not", () => {
    expect(isRecentSignIn(new Date(now - 600_000), 600, now)).toBe(true);
    expect(isRecentSignIn(new Date(now - 601_000), 600, now)).toBe(false);
    expect(isRecentSignIn(new Date(now), 600, now)).toBe(true);
  });
  it("does not trust a sign-in time in the future (a clock or a row gone wrong)", () => {
    expect(isRecentSignIn(new Date(now + 60_000), 600, now)).toBe(false);
  });
  it("sends the person to sign in again and back to the same page", () => {
    expect(reauthPath("/vault/t1/apps/a1?x=1")).toBe("/signin?reauth=1&callbackUrl=%2Fvault%2Ft1%2Fapps%2Fa1%3Fx%3D1");
    expect(reauthMessage(600)).toContain("more than 10 minutes ago");
  });
});
