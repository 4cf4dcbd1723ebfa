import { describe, expect, it } from "vitest";
import { X_FACTS } from "@/lib/x/facts";
import { X_SOURCES } from "@/lib/x/sources";
import { changeNoteText, factNote, factPlaces, stepFactTexts } from "./fact-note";

describe("change notes built from facts about X", () => {
  it("take their date and links from the facts' sources, and keep the lead apart", () => {
    const note = factNote(["callbackLocalhost", "payPerUse", "callbackLimit"], "The seed's step is older.");
    expect(note.date).toBe([X_SOURCES.developerApps.checkedOn, X_SOURCES.pricing.checkedOn].sort().at(-1));
    expect(note.confirmAt.map((c) => c.url)).toEqual([X_SOURCES.developerApps.url, X_SOURCES.pricing.url]);
    expect(note.text).toBe("The seed's step is older.");
    expect(changeNoteText(note)).toBe(["The seed's step is older.", X_FACTS.callbackLocalhost.text, X_FACTS.payPerUse.text, X_FACTS.callbackLimit.text].join(" "));
  });

  it("refuse to be empty, since a note about today's X must state something", () => {
    expect(() => factNote([])).toThrow(/at least one fact/);
  });

  it("name each page once, labelled as X's docs", () => {
    expect(factPlaces(["callbackLimit", "callbackHttps"])).toEqual([{ label: `X docs: ${X_SOURCES.developerApps.title}`, url: X_SOURCES.developerApps.url }]);
  });

  it("give search the text of a step's note facts and list facts", () => {
    const step = { id: "s", title: "t", body: [], instructions: ["i"], screenshot: { alt: "a", Drawing: () => null }, changeNote: factNote(["spendingLimit"]), xFacts: ["postReadCap"] as const };
    expect(stepFactTexts(step)).toEqual([X_FACTS.spendingLimit.text, X_FACTS.postReadCap.text]);
    expect(changeNoteText({ date: "2026-01-01", text: "free text", confirmAt: [] })).toBe("free text");
  });
});
