import { test as base } from "@playwright/test";

export { expect } from "@playwright/test";

let visitors = 0;

/**
 * Each test is its own visitor: its browser context sends a client address of its own, as
 * separate people behind the README's nginx would (the server trusts X-Forwarded-For from
 * loopback, PERCH_TRUSTED_PROXIES in playwright.config.ts, as it would from that nginx), so Perch's per-address rate limits apply
 * per test rather than to the whole suite (which runs from one machine).
 */
export const test = base.extend({
  context: async ({ context }, provide, info) => {
    // A /64 of its own: Perch counts IPv6 callers by their /64.
    await context.setExtraHTTPHeaders({ "X-Forwarded-For": `2001:db8:${(0xe00 + info.workerIndex).toString(16)}:${(++visitors).toString(16)}::1` });
    await provide(context);
  },
});
