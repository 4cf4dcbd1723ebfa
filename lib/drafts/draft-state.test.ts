import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseAnswers } from "./answers";
import { editedSections, editSection, emptyDraft, keepEdit, parseStoredDraft, regenerateSection, SECTION_TEXT_MAX, setAnswers, viewDraft } from "./draft-state";
import { bakeryAnswers } from "@/test/drafts/fixtures";

const now = new Date("2026-11-23T10:00:00Z");

describe("draft state", () => {
  const base = setAnswers(emptyDraft(), bakeryAnswers(), now);

  it("follows the answers in every section until the person edits one", () => {
    const view = viewDraft(base);
    expect(view.sections.core.isEdited).toBe(false);
    expect(view.text).toContain("## Core use case");
    expect(view.short).toContain("Crumb Replies");
  });

  it("keeps an edit when other answers change, and marks it stale only when its own section would change", () => {
    const edited = editSection(base, "core", "My own words about the bakery inbox.", now);
    const changed = setAnswers(edited, parseAnswers({ ...bakeryAnswers(), display: { displays: "no" } }), now);
    const view = viewDraft(changed);
    expect(view.sections.core).toMatchObject({ text: "My own words about the bakery inbox.", isEdited: true, isStale: false });
    expect(view.sections.display.text).toBe("No Twitter content is displayed outside Twitter.");
    const coreChanged = setAnswers(changed, parseAnswers({ ...bakeryAnswers(), core: { ...bakeryAnswers().core, goal: "faster answers" } }), now);
    expect(viewDraft(coreChanged).sections.core).toMatchObject({ text: "My own words about the bakery inbox.", isStale: true });
    expect(viewDraft(keepEdit(coreChanged, "core", now)).sections.core).toMatchObject({ isEdited: true, isStale: false });
  });

  it("regenerating a section drops its edit and leaves the others alone", () => {
    const two = editSection(editSection(base, "core", "Mine.", now), "apps", "Two Apps.", now);
    expect(editedSections(two)).toEqual(["core", "apps"]);
    const regenerated = regenerateSection(two, "apps", now);
    expect(editedSections(regenerated)).toEqual(["core"]);
    expect(viewDraft(regenerated).sections.apps.text).toBe(viewDraft(base).sections.apps.text);
  });

  it("typing a section back to the generated text is not an edit", () => {
    const generated = viewDraft(base).sections.government.text;
    expect(editedSections(editSection(editSection(base, "government", "x", now), "government", generated, now))).toEqual([]);
  });

  it("round-trips through JSON and reads junk as an empty draft", () => {
    const edited = editSection(base, "short", "A short one.", now);
    expect(parseStoredDraft(JSON.stringify(edited))).toEqual(edited);
    expect(parseStoredDraft("{not json")).toEqual(emptyDraft());
    expect(parseStoredDraft({ answers: 5, edits: { core: { text: 7 } }, step: 9, updatedAt: "yesterday" })).toEqual(emptyDraft());
    expect(parseStoredDraft({ edits: { core: { text: "x".repeat(SECTION_TEXT_MAX + 10) } } }).edits.core?.text.length).toBe(SECTION_TEXT_MAX);
    fc.assert(fc.property(fc.anything(), (junk) => void parseStoredDraft(junk)));
    fc.assert(fc.property(fc.string(), (junk) => void parseStoredDraft(junk)));
  });
});
