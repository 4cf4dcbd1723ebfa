// Facts about today's X: prices come only from lib/pricing.ts, every change note says when
// it was checked and where to confirm it, and today's Developer Console guide is complete.
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { SIGN_IN_SCOPES } from "@/lib/auth/scopes";
import type { Guide } from "@/lib/guides/types";
import { changeNoteText } from "@/lib/guides/fact-note";
import { formatUsd, knownDollarFigures, X_API_PRICING, X_PRICE_CARD } from "@/lib/pricing";
import { X_FACTS, latestCheck, type XFactId } from "@/lib/x/facts";
import { X_SOURCES } from "@/lib/x/sources";
import { guides } from "./index";

/** "$0.005", "$ 12", "$1,200.50": a dollar amount as a reader would see it. */
const DOLLAR_AMOUNT = /\$\s?\d[\d,]*(?:\.\d+)?/g;

/** The dollar figures guides may print: exactly as formatUsd prints lib/pricing.ts's figures. */
const KNOWN_PRICES = knownDollarFigures();

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

/** The facts about X a guide shows, in its steps' lists and change notes. */
function guideFacts(guide: Guide): XFactId[] {
  return guide.steps.flatMap((s) => [...(s.changeNote?.facts ?? []), ...(s.xFacts ?? [])]);
}

/** The guide's strings plus the text of every fact it shows. */
function shownStrings(guide: Guide): string[] {
  return [...guideStrings({ ...guide, steps: guide.steps.map(({ screenshot, ...rest }) => ({ ...rest, alt: screenshot.alt })) }), ...guideFacts(guide).map((id) => X_FACTS[id].text)];
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
      expect(shownStrings(guide).flatMap(unknownPrices)).toEqual([]);
    });

    it(`${guide.slug}: every dollar amount in its drawings is a price from lib/pricing.ts`, () => {
      for (const { step, text } of drawingText(guide)) expect(unknownPrices(text), step).toEqual([]);
    });
  }

  it("the Developer Console guide shows the whole price card, with the date it was checked and where to confirm it", () => {
    const console_ = guides.find((g) => g.slug === "developer-console")!;
    const text = guideStrings(console_.steps.map((s) => ({ body: s.body, facts: s.facts, instructions: s.instructions }))).join("\n");
    for (const known of KNOWN_PRICES) expect(text).toContain(known);
    const rows = console_.steps.flatMap((s) => s.facts ?? []);
    for (const line of X_PRICE_CARD.lines) {
      const row = rows.find((r) => r.label.endsWith(`: ${line.label}`));
      expect(row, line.id).toBeDefined();
      expect(row!.value, line.id).toBe(line.usd === null ? "Not billed" : `${formatUsd(line.usd)} per ${line.unit}`);
    }
    for (const endpoint of X_PRICE_CARD.ownedRead.endpoints) expect(text).toContain(endpoint);
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
      const text = changeNoteText(note);
      const namesTiers = /\bBasic\b.*\bPro\b|\btiers?\b/i.test(text);
      if (namesTiers) expect(text, where).toMatch(/legacy|no tier|pay-per-use/i);
      expect(text, where).not.toMatch(/today's tiers|depends on your (access )?tier|choose the tier|pick an access tier/i);
    }
  });

  // The policy guide's notes belong to the policy check's work (issue 16) and still carry
  // their own dated text; every other guide states today's X only through lib/x/facts.ts.
  const FREE_TEXT_NOTES_ALLOWED = new Set(["access-levels-and-policy"]);

  it("state today's X only as facts with a registered source, dated by that source and linking it", () => {
    for (const { where, guide, note } of notes) {
      if (FREE_TEXT_NOTES_ALLOWED.has(guide.slug)) continue;
      expect(note.facts?.length, where).toBeGreaterThan(0);
      expect(note.date, where).toBe(latestCheck(note.facts!));
      for (const id of note.facts!) expect(note.confirmAt.map((c) => c.url), `${where} ${id}`).toContain(X_SOURCES[X_FACTS[id].source].url);
    }
  });
});

describe("facts about today's X in the guides", () => {
  it("every fact in lib/x/facts.ts is shown by some guide step", () => {
    const shown = new Set(guides.flatMap(guideFacts));
    expect(Object.keys(X_FACTS).filter((id) => !shown.has(id as XFactId))).toEqual([]);
  });

  it("no step lists the same fact twice, and each step's facts are no newer than its guide's review", () => {
    for (const guide of guides) {
      for (const step of guide.steps) {
        const ids = [...(step.changeNote?.facts ?? []), ...(step.xFacts ?? [])];
        expect(new Set(ids).size, `${guide.slug}#${step.id}`).toBe(ids.length);
        const latest = latestCheck(ids);
        if (latest) expect(latest <= guide.reviewed, `${guide.slug}#${step.id}`).toBe(true);
      }
    }
  });

  it("the Developer Console guide covers what the docs say a developer setting up an App needs today", () => {
    const shown = new Set(guideFacts(guides[0]!));
    const needed: XFactId[] = [
      "apiKeyIsConsumerKey", "accessTokenIsOwner", "bearerIsAppOnly", "clientIdIsOAuth2",
      "confidentialClients", "publicClients",
      "callbackExactMatch", "callbackLocalhost", "callbackRefusedSchemes", "callbackLimit",
      "authCodeLifetime", "accessTokenLifetime", "refreshNeedsOfflineAccess",
      "permissionLevels", "permissionChangeNeedsNewTokens",
      "dailyDeduplication", "creditsRunOut", "autoRecharge", "autoRechargeSafeguards", "spendingLimit",
      "automatedLabel", "automationRequirements",
    ];
    expect(needed.filter((id) => !shown.has(id))).toEqual([]);
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
