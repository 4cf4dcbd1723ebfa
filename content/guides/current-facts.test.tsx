// Facts about today's X: prices come only from lib/pricing.ts, every change note says when
// it was checked and where to confirm it, and today's Developer Console guide is complete.
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { SIGN_IN_SCOPES } from "@/lib/auth/scopes";
import type { Guide } from "@/lib/guides/types";
import { formatUsd, X_API_PRICING } from "@/lib/pricing";
import { guides } from "./index";

/** "$0.005", "$ 12", "$1,200.50": a dollar amount as a reader would see it. */
const DOLLAR_AMOUNT = /\$\s?\d[\d,]*(?:\.\d+)?/g;

/** The prices as guides must print them: exactly as formatUsd prints X_API_PRICING's figures. */
const KNOWN_PRICES = new Set(X_API_PRICING.prices.map((p) => formatUsd(p.usd)));

/** Dollar amounts in `text` that are not one of X_API_PRICING's prices, formatted by formatUsd. */
function unknownPrices(text: string): string[] {
  return [...text.matchAll(DOLLAR_AMOUNT)].map((m) => m[0]).filter((amount) => !KNOWN_PRICES.has(amount));
}

/** Every string a guide shows: titles, text, facts, code, notes, alt text (not the drawings). */
function guideStrings(value: unknown): string[] {
  if (typeof value === "string") return [value];
  if (Array.isArray(value)) return value.flatMap(guideStrings);
  if (value && typeof value === "object") return Object.values(value).flatMap(guideStrings);
  return [];
}

/** The text a drawing shows, tags stripped. */
function drawingText(guide: Guide): { step: string; text: string }[] {
  return guide.steps.map((step) => {
    const { Drawing } = step.screenshot;
    return { step: step.id, text: renderToStaticMarkup(<Drawing />).replace(/<[^>]+>/g, " ") };
  });
}

describe("prices in guides", () => {
  it("recognises a price typed by hand, or one that has drifted from lib/pricing.ts", () => {
    expect(unknownPrices("Each post read costs $0.004.")).toEqual(["$0.004"]);
    expect(unknownPrices("about $ 5 a month, or $1,200.50")).toEqual(["$ 5", "$1,200.50"]);
    expect(unknownPrices("Bearer $TWITTER_BEARER_TOKEN")).toEqual([]);
    // The same figure written differently is still a number that did not come from formatUsd.
    expect(unknownPrices("a user read is $0.01")).toEqual(["$0.01"]);
    expect(unknownPrices(`a user read is ${formatUsd(0.01)}`)).toEqual([]);
  });

  for (const guide of guides) {
    it(`${guide.slug}: every dollar amount in its text is a price from lib/pricing.ts`, () => {
      expect(guideStrings({ ...guide, steps: guide.steps.map(({ screenshot, ...rest }) => ({ ...rest, alt: screenshot.alt })) }).flatMap(unknownPrices)).toEqual([]);
    });

    it(`${guide.slug}: every dollar amount in its drawings is a price from lib/pricing.ts`, () => {
      for (const { step, text } of drawingText(guide)) expect(unknownPrices(text), step).toEqual([]);
    });
  }

  it("the Developer Console guide shows every price, with the date they were checked and where to confirm them", () => {
    const console_ = guides.find((g) => g.slug === "developer-console")!;
    const text = guideStrings(console_.steps.map((s) => ({ body: s.body, facts: s.facts, instructions: s.instructions }))).join("\n");
    for (const known of KNOWN_PRICES) expect(text).toContain(known);
    const checked = console_.steps.flatMap((s) => s.facts ?? []).filter((f) => f.label === "Checked");
    expect(checked.length).toBeGreaterThan(0);
    for (const fact of checked) {
      expect(fact.value).toContain(new Date(`${X_API_PRICING.checkedOn}T00:00:00Z`).getUTCFullYear().toString());
      for (const place of X_API_PRICING.confirmAt) expect(fact.value).toContain(place.url.replace(/^https:\/\//, ""));
    }
  });
});

describe("change notes about today's X", () => {
  const notes = guides.flatMap((g) => g.steps.flatMap((s) => (s.changeNote ? [{ where: `${g.slug}#${s.id}`, guide: g, note: s.changeNote }] : [])));

  it("exist (the seed guides keep their dated notes)", () => {
    expect(notes.length).toBeGreaterThan(10);
  });

  it("each carry the date they were checked, no later than the guide's review, and where to confirm them", () => {
    for (const { where, guide, note } of notes) {
      expect(note.date, where).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(note.date <= guide.reviewed, where).toBe(true);
      expect(note.confirmAt.length, where).toBeGreaterThan(0);
      for (const place of note.confirmAt) {
        expect(place.url, where).toMatch(/^https:\/\/[a-z0-9.-]*x\.com(\/|$)/);
        expect(place.label.length, where).toBeGreaterThan(3);
      }
    }
  });

  it("never present the 2023 tiers as today's access", () => {
    for (const { where, note } of notes) {
      const namesTiers = /\bBasic\b.*\bPro\b|\btiers?\b/i.test(note.text);
      if (namesTiers) expect(note.text, where).toMatch(/legacy|no tier|pay-per-use/i);
      expect(note.text, where).not.toMatch(/today's tiers|depends on your (access )?tier|choose the tier|pick an access tier/i);
    }
  });
});

describe("the Developer Console guide", () => {
  const guide = guides[0]!;

  it("is today's path, first in reading order, checked on a stated date", () => {
    expect(guide.slug).toBe("developer-console");
    expect(guide.era).toBe("current");
    expect(guide.reviewed).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    if (guide.era === "current") for (const place of guide.confirmAt) expect(place.url).toMatch(/^https:\/\/(console|docs)\.x\.com/);
  });

  it("has its own drawing for every step", () => {
    const drawings = guide.steps.map((s) => s.screenshot.Drawing);
    expect(new Set(drawings).size).toBe(guide.steps.length);
    for (const { step, text } of drawingText(guide)) expect(text.trim().length, step).toBeGreaterThan(0);
  });

  it("offers every credential it produces to the vault, and shows this deployment's callback URL", () => {
    const saved = new Set(guide.steps.flatMap((s) => s.vaultFields ?? []));
    for (const field of ["apiKey", "apiKeySecret", "bearerToken", "accessToken", "accessTokenSecret", "clientId", "clientSecret"] as const) expect(saved).toContain(field);
    expect(guide.steps.some((s) => s.copyValue?.kind === "callbackUrl")).toBe(true);
  });

  it("quotes the scopes Perch's sign-in really asks for, and no others", () => {
    const text = guideStrings(guide.steps.map((s) => s.body)).join("\n");
    for (const scope of SIGN_IN_SCOPES) expect(text).toContain(`\`${scope}\``);
    expect(text).not.toContain("offline.access");
  });
});
