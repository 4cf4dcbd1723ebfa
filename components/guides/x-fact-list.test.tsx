import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { formatDate } from "@/lib/guides/format-date";
import { X_FACTS } from "@/lib/x/facts";
import { X_SOURCES } from "@/lib/x/sources";
import { XFactList, XFactsBox } from "./x-fact-list";

describe("facts about X on a guide page", () => {
  it("show each fact with a link to its source and the date it was checked", () => {
    const html = renderToStaticMarkup(<XFactList ids={["callbackLocalhost", "payPerUse"]} />);
    for (const id of ["callbackLocalhost", "payPerUse"] as const) {
      const source = X_SOURCES[X_FACTS[id].source];
      expect(html).toContain(`data-fact="${id}"`);
      expect(html).toContain(`href="${source.url}"`);
      expect(html).toContain(`dateTime="${source.checkedOn}"`);
      expect(html).toContain(formatDate(source.checkedOn));
    }
    // Inline markup is rendered, never passed through as HTML.
    expect(html).toContain('<code class="guide-code">http://127.0.0.1</code>');
  });

  it("label a step's box for assistive technology, and draw nothing without facts", () => {
    expect(renderToStaticMarkup(<XFactsBox ids={["automatedLabel"]} number={4} />)).toContain('aria-label="What X&#x27;s documentation says (step 4)"');
    expect(renderToStaticMarkup(<XFactsBox ids={[]} number={4} />)).toBe("");
  });
});
