import { describe, expect, it } from "vitest";
import { viewDraft, setAnswers, emptyDraft } from "./draft-state";
import { exportFileName, toMarkdown, toPlainText } from "./export";
import { bakeryAnswers } from "@/test/drafts/fixtures";

describe("export", () => {
  const view = viewDraft(setAnswers(emptyDraft(), bakeryAnswers()));

  it("writes Markdown with the short description first and a heading per section", () => {
    const md = toMarkdown(view, { title: "Crumb Replies" });
    expect(md.startsWith("# Crumb Replies\n\n## App description (New App form)\n\n")).toBe(true);
    expect(md).toContain("## Core use case\n\n");
    expect(md).toContain("## Apps and environments\n\n");
    expect(md.indexOf("## Core use case")).toBeLessThan(md.indexOf("## Data sharing"));
    expect(md.endsWith("\n")).toBe(true);
  });

  it("writes plain text with underlined headings and no Markdown marks", () => {
    const txt = toPlainText(view, { title: "Crumb Replies" });
    expect(txt).toMatch(/^Crumb Replies\n=+\n/);
    expect(txt).toMatch(/\nCore use case\n-{13}\n/);
    expect(txt).not.toContain("##");
  });

  it("leaves empty sections out", () => {
    const empty = viewDraft(emptyDraft());
    expect(toMarkdown(empty)).toBe("# Use-case description\n");
  });

  it("makes safe file names", () => {
    expect(exportFileName("Crumb Replies!", "md")).toBe("crumb-replies-use-case.md");
    expect(exportFileName("Café / ../etc", "txt")).toBe("cafe-etc-use-case.txt");
    expect(exportFileName("", "md")).toBe("use-case.md");
  });
});
