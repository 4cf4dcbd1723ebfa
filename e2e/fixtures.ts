import { test as base } from "@playwright/test";

export { expect } from "@playwright/test";

let visitors = 0;

/**
 * Each test is its own visitor: its browser context sends a client address of its own, as
 * separate people behind the README's nginx would, so Perch's per-address rate limits apply
 * per test rather than to the whole suite (which runs from one machine).
 */
export const test = base.extend({
  context: async ({ context }, provide, info) => {
    await context.setExtraHTTPHeaders({ "X-Forwarded-For": `2001:db8:e2e::${(info.workerIndex + 1).toString(16)}:${(++visitors).toString(16)}` });
    await provide(context);
  },
});
