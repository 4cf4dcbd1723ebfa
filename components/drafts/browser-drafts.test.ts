import { describe, expect, it } from "vitest";
import { emptyAnswers } from "@/lib/drafts/answers";
import { emptyDraft, setAnswers } from "@/lib/drafts/draft-state";
import { clearBrowserDrafts, countUnsavedDrafts, markDraftSaved, readDraftLink, writeDraftLink, type KeyValueStorage } from "./browser-drafts";

/** A Web Storage with a Map behind it. */
function memoryStorage(entries: Record<string, string> = {}): KeyValueStorage & { keys: () => string[] } {
  const map = new Map(Object.entries(entries));
  return {
    getItem: (k) => map.get(k) ?? null,
    setItem: (k, v) => void map.set(k, v),
    removeItem: (k) => void map.delete(k),
    key: (i) => [...map.keys()][i] ?? null,
    get length() {
      return map.size;
    },
    keys: () => [...map.keys()],
  };
}

const answers = () => {
  const a = emptyAnswers();
  a.core.appName = "Bakery desk";
  return a;
};
const withWork = (iso: string) => JSON.stringify(setAnswers(emptyDraft(), answers(), new Date(iso)));

describe("browser drafts", () => {
  it("remembers which team draft the browser's draft was saved as, and refuses junk", () => {
    const storage = memoryStorage();
    expect(readDraftLink(storage)).toBeNull();
    writeDraftLink({ teamId: "t1", draftId: "d1", title: "Bakery desk" }, storage);
    expect(readDraftLink(storage)).toEqual({ teamId: "t1", draftId: "d1", title: "Bakery desk" });
    storage.setItem("perch-draft-link", '{"teamId":1}');
    expect(readDraftLink(storage)).toBeNull();
    writeDraftLink(null, storage);
    expect(storage.getItem("perch-draft-link")).toBeNull();
  });

  it("counts drafts with work not saved to a team: saved ones, empty ones and the bookkeeping keys do not count", () => {
    const storage = memoryStorage({
      "perch-draft": withWork("2026-12-07T10:00:00Z"),
      "perch-draft:abc": withWork("2026-12-07T11:00:00Z"),
      "perch-draft:empty": JSON.stringify(emptyDraft()),
      "perch-theme": "dark",
    });
    expect(countUnsavedDrafts(storage)).toBe(2);
    markDraftSaved("perch-draft", "2026-12-07T10:00:00.000Z", storage);
    writeDraftLink({ teamId: "t1", draftId: "d1", title: "Bakery desk" }, storage);
    expect(countUnsavedDrafts(storage)).toBe(1);
    // Typing after the save is unsaved again.
    storage.setItem("perch-draft", withWork("2026-12-07T12:00:00Z"));
    expect(countUnsavedDrafts(storage)).toBe(2);
  });

  it("sign-out forgets every draft and link, and nothing else", () => {
    const storage = memoryStorage({ "perch-draft": withWork("2026-12-07T10:00:00Z"), "perch-draft:abc": "{}", "perch-draft-link": "{}", "perch-draft-saved": "{}", "perch-theme": "dark" });
    clearBrowserDrafts(storage);
    expect(storage.keys()).toEqual(["perch-theme"]);
  });
});
