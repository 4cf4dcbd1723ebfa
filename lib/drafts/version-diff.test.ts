import { describe, expect, it } from "vitest";
import { diffRows, diffSections } from "./version-diff";

describe("version diff", () => {
  it("pairs a changed line and marks the words that differ", () => {
    const rows = diffRows("We store Tweets.\nWe keep them for 90 days.", "We store Tweets.\nWe keep them for 30 days.");
    expect(rows).toHaveLength(2);
    expect(rows[0]).toEqual({ left: { kind: "same", text: "We store Tweets." }, right: { kind: "same", text: "We store Tweets." } });
    expect(rows[1]!.left.kind).toBe("removed");
    expect(rows[1]!.right.kind).toBe("added");
    expect(rows[1]!.left.words?.filter((w) => w.kind === "removed").map((w) => w.text.trim())).toEqual(["90"]);
    expect(rows[1]!.right.words?.filter((w) => w.kind === "added").map((w) => w.text.trim())).toEqual(["30"]);
  });

  it("puts lines only on one side when they were added or removed", () => {
    expect(diffRows("", "New line")).toEqual([{ left: { kind: "empty", text: "" }, right: { kind: "added", text: "New line" } }]);
    expect(diffRows("Old\nKept", "Kept")).toEqual([
      { left: { kind: "removed", text: "Old" }, right: { kind: "empty", text: "" } },
      { left: { kind: "same", text: "Kept" }, right: { kind: "same", text: "Kept" } },
    ]);
  });

  it("compares versions section by section with a status and word counts", () => {
    const diff = diffSections({ core: "We help bakeries.", sharing: "We share nothing." }, { core: "We help small bakeries.", display: "No display." });
    const byId = Object.fromEntries(diff.map((d) => [d.id, d]));
    expect(byId.core).toMatchObject({ status: "changed", added: 1, removed: 0 });
    expect(byId.sharing).toMatchObject({ status: "removed", removed: 3 });
    expect(byId.display).toMatchObject({ status: "added", added: 2 });
    expect(byId.government).toMatchObject({ status: "unchanged", rows: [] });
    expect(diff.map((d) => d.id)).toEqual(["core", "analysis", "engagement", "display", "sharing", "government", "apps", "short"]);
  });
});
