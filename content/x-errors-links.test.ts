// Every guide step the X error catalogue (lib/x/errors.ts) points at must exist. lib/
// cannot import content/, so the check lives here.
import { describe, expect, it } from "vitest";
import { TROUBLESHOOT_GUIDE_STEPS, X_ERRORS } from "@/lib/x/errors";
import { guides } from "./guides";

const steps = new Set(guides.flatMap((g) => g.steps.map((s) => `/guides/${g.slug}#${s.id}`)));

describe("X error catalogue guide links", () => {
  it.each(X_ERRORS.map((e) => [e.id, e.guide]))("%s → %s is a real guide step", (_, link) => {
    expect(steps.has(link)).toBe(true);
  });
  it("the steps that link back to the troubleshooter are real steps", () => {
    for (const link of TROUBLESHOOT_GUIDE_STEPS) expect(steps.has(link), link).toBe(true);
  });
  it("notices a broken link", () => {
    expect(steps.has("/guides/developer-console#no-such-step")).toBe(false);
  });
});
