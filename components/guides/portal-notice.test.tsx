import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { allGuides } from "@/content/guides/catalog";
import { ConfirmLinks } from "./confirm-links";
import { PortalLabel, PortalNotice } from "./portal-notice";

const guides = allGuides();
const current = guides.find((g) => g.era === "current")!;
const earlier = guides.filter((g) => g.era === "earlier-portal");

describe("PortalNotice", () => {
  it("tells an earlier-portal guide's reader that today's path is the Developer Console guide, with a link", () => {
    expect(earlier.length).toBeGreaterThan(0);
    for (const guide of earlier) {
      const html = renderToStaticMarkup(<PortalNotice guide={guide} />);
      expect(html).toContain("This guide follows the earlier developer portal");
      expect(html).toContain(`href="/guides/${current.slug}"`);
      expect(html).toContain("Today’s path is the Developer Console guide");
    }
  });

  it("shows when today's guide was checked and where to confirm it", () => {
    const html = renderToStaticMarkup(<PortalNotice guide={current} />);
    expect(html).toContain(`dateTime="${current.reviewed}"`);
    if (current.era !== "current") throw new Error("expected the current guide");
    for (const place of current.confirmAt) expect(html).toContain(`href="${place.url}"`);
    expect(html).not.toContain("earlier developer portal");
  });
});

describe("PortalLabel", () => {
  it("labels each guide in the list with the site it follows", () => {
    expect(renderToStaticMarkup(<PortalLabel guide={current} />)).toContain("Today’s Developer Console");
    for (const guide of earlier) expect(renderToStaticMarkup(<PortalLabel guide={guide} />)).toContain("Earlier developer portal");
  });
});

describe("ConfirmLinks", () => {
  it("lists the places as links, and renders nothing without any", () => {
    const html = renderToStaticMarkup(<ConfirmLinks places={[{ label: "A", url: "https://a.x.com" }, { label: "B", url: "https://b.x.com" }, { label: "C", url: "https://c.x.com" }]} />);
    expect(html.replace(/<[^>]+>/g, "")).toBe("Confirm at A, B and C.");
    expect(html).toContain('href="https://b.x.com"');
    expect(renderToStaticMarkup(<ConfirmLinks places={[]} />)).toBe("");
  });
});
