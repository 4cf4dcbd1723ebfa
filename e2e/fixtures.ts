import { test as base, type BrowserContext, type Page } from "@playwright/test";

export { expect } from "@playwright/test";

let visitors = 0;

/** One thing the browser's console said that a clean page never says. */
type ConsoleProblem = { page: string; kind: string; text: string };

type Fixtures = {
  /**
   * Lets this test expect console messages matching `pattern` (say, the browser's own
   * "Failed to load resource: … 404" on a page that answers 404 on purpose). Use sparingly:
   * anything else the console says fails the test.
   */
  allowConsole: (pattern: RegExp) => void;
  consoleAllowed: RegExp[];
  consoleProblems: ConsoleProblem[];
};

function watchPage(page: Page, problems: ConsoleProblem[]): void {
  page.on("console", (message) => {
    if (message.type() !== "error" && message.type() !== "warning") return;
    problems.push({ page: page.url(), kind: `console.${message.type()}`, text: message.text() });
  });
  // An uncaught exception in the page (React's hydration errors surface as console errors above).
  page.on("pageerror", (error) => problems.push({ page: page.url(), kind: "uncaught", text: `${error.name}: ${error.message}` }));
}

function watchContext(context: BrowserContext, problems: ConsoleProblem[]): void {
  for (const page of context.pages()) watchPage(page, problems);
  context.on("page", (page) => watchPage(page, problems));
}

/**
 * Each test is its own visitor: its browser context sends a client address of its own, as
 * separate people behind the README's nginx would (the server trusts X-Forwarded-For from
 * loopback, PERCH_TRUSTED_PROXIES in playwright.config.ts, as it would from that nginx), so Perch's per-address rate limits apply
 * per test rather than to the whole suite (which runs from one machine).
 *
 * Every page in every browser context a test opens (its own, and any it makes with
 * `browser.newContext()`) must keep the console clean: a console error or warning, a
 * hydration error or an uncaught exception fails the test, listing what was said.
 */
export const test = base.extend<Fixtures>({
  consoleAllowed: async ({}, provide) => provide([]),
  allowConsole: async ({ consoleAllowed }, provide) => provide((pattern) => void consoleAllowed.push(pattern)),
  consoleProblems: [
    async ({ browser, consoleAllowed }, provide, info) => {
      const problems: ConsoleProblem[] = [];
      const newContext = browser.newContext.bind(browser);
      browser.newContext = async (...args: Parameters<typeof newContext>) => {
        const context = await newContext(...args);
        watchContext(context, problems);
        return context;
      };
      try {
        await provide(problems);
      } finally {
        browser.newContext = newContext;
      }
      const unexpected = problems.filter((p) => !consoleAllowed.some((pattern) => pattern.test(p.text)));
      // A test that failed already says why; this adds the console only to passing ones.
      if (unexpected.length > 0 && info.status === info.expectedStatus) {
        throw new Error(`The browser console was not clean:\n${unexpected.map((p) => `- ${p.kind} on ${p.page}: ${p.text.slice(0, 500)}`).join("\n")}`);
      }
    },
    { auto: true },
  ],
  context: async ({ context, consoleProblems }, provide, info) => {
    watchContext(context, consoleProblems);
    // A /64 of its own: Perch counts IPv6 callers by their /64.
    await context.setExtraHTTPHeaders({ "X-Forwarded-For": `2001:db8:${(0xe00 + info.workerIndex).toString(16)}:${(++visitors).toString(16)}::1` });
    await provide(context);
  },
});
