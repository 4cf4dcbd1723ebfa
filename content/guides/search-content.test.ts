import { describe, expect, it } from "vitest";
import { allGuides } from "./catalog";
import { stepFactTexts } from "@/lib/guides/fact-note";
import { buildSearchIndex, searchGuides } from "@/lib/guides/search";

// The real guides: every step must be findable, so search never hides part of the content.
const guides = allGuides();
const index = buildSearchIndex(guides, stepFactTexts);

describe("search over the real guides", () => {
  it("indexes every step of every guide once", () => {
    expect(index.docs.length).toBe(guides.reduce((n, g) => n + g.steps.length, 0));
    expect(new Set(index.docs.map((d) => `${d.g}#${d.s}`)).size).toBe(index.docs.length);
  });

  it("finds a step by the facts about X it shows, not only by its own text", () => {
    // "127.0.0.1" is only in the callback-URL facts, which the search index carries.
    const hrefs = searchGuides(index, "not localhost", 8).map((r) => r.href);
    expect(hrefs).toContain("/guides/developer-console#local-callback");
    expect(buildSearchIndex(guides).docs.find((d) => d.s === "local-callback")!.x).not.toContain("and not `localhost`");
  });

  for (const guide of guides) {
    it(`finds each step of ${guide.slug} by its title`, () => {
      for (const doc of index.docs.filter((d) => d.g === guide.slug)) {
        const hrefs = searchGuides(index, doc.t, 8).map((r) => r.href);
        expect(hrefs, doc.t).toContain(`/guides/${guide.slug}#${doc.s}`);
      }
    });
  }
});
