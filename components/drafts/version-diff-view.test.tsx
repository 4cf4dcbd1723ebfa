import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { diffSections } from "@/lib/drafts/version-diff";
import { VersionDiffView } from "./version-diff-view";

const prose = (chars: number, prefix: string) => {
  let s = "";
  for (let i = 0; s.length < chars; i++) s += `${prefix}${i} `;
  return s.slice(0, chars);
};

describe("VersionDiffView", () => {
  it("marks changed words when the diff could compare them", () => {
    const html = renderToStaticMarkup(<VersionDiffView sections={diffSections({ core: "We keep them for 90 days." }, { core: "We keep them for 30 days." })} left="Version 1" right="Version 2" />);
    expect(html).toContain("<del");
    expect(html).toContain("<ins");
    expect(html).not.toContain("Too different");
  });

  it("says plainly when two versions are too different to show word by word, and shows the whole text", () => {
    const a = prose(20_000, "a");
    const b = prose(20_000, "b");
    const html = renderToStaticMarkup(<VersionDiffView sections={diffSections({ core: a }, { core: b })} left="Version 1" right="Version 2" />);
    expect(html).toMatch(/Too different to (show word by word|compare line by line)/);
    expect(html).not.toContain("<del");
    expect(html).toContain(a.slice(-200));
    expect(html).toContain(b.slice(-200));
  });
});
