import { describe, expect, it } from "vitest";
import { contentHash, drawingFile, toSvgMarkup } from "./svg-file";
import { Callout, Screen } from "./draw";

function Sample() {
  return (
    <Screen url="console.x.com/apps">
      <text x={10} y={20} fontSize="13" textAnchor="middle" xmlSpace="preserve" className="fill-zinc-700 dark:fill-zinc-300">
        {"Keys & <tokens>"}
      </text>
      <rect width={4} height={4} className="fill-black/40" />
      <Callout n={1} x={30} y={40} />
    </Screen>
  );
}

describe("drawing files", () => {
  it("writes SVG attribute names and escapes text and attributes", () => {
    const markup = toSvgMarkup(<text x={1} fontSize="12" textAnchor="end" xmlSpace="preserve" data-callout={2} className={'a"b'}>{"a < b & c"}</text>);
    expect(markup).toBe('<text x="1" font-size="12" text-anchor="end" xml:space="preserve" data-callout="2" class="a&quot;b">a &lt; b &amp; c</text>');
    expect(toSvgMarkup(<svg viewBox="0 0 1 1"><g /></svg>)).toBe('<svg viewBox="0 0 1 1"><g/></svg>');
  });

  it("refuses what a static file cannot hold: hooks' objects, event handlers", () => {
    expect(() => toSvgMarkup(<rect onClick={() => {}} />)).toThrow(/attribute onClick/);
    expect(() => toSvgMarkup(<rect style={{ fill: "red" }} />)).toThrow(/attribute style/);
  });

  it("gives each theme its own colours, with dark rules only in the dark file", () => {
    const light = drawingFile(Sample, "light");
    const dark = drawingFile(Sample, "dark");
    expect(light).toMatch(/^<svg viewBox="0 0 960 600" xmlns="http:\/\/www.w3.org\/2000\/svg"[^>]* width="960" height="600"><style>/);
    expect(light).toContain(".fill-zinc-700{fill:oklch(37% 0.013 285.805)}");
    expect(light).not.toContain("dark\\:");
    expect(dark).toContain(".dark\\:fill-zinc-300{fill:oklch(87.1% 0.006 286.286)}");
    // Dark rules come after the light ones, so they win where both apply.
    expect(dark.indexOf(".dark\\:fill-zinc-300")).toBeGreaterThan(dark.indexOf(".fill-zinc-700"));
    expect(light).toContain(".fill-black\\/40{fill:color-mix(in oklab, #000 40%, transparent)}");
    expect(light).toContain("Keys &amp; &lt;tokens&gt;");
    expect(light).toContain('data-callout="1"');
    // The page's layout classes are meaningless in a file and are dropped from the root.
    expect(light).not.toMatch(/^<svg[^>]*class=/);
  });

  it("fails loudly on a colour the palette lacks", () => {
    const Odd = () => <svg><rect className="fill-fuchsia-500" /></svg>;
    expect(() => drawingFile(Odd, "light")).toThrow(/fuchsia-500 is not in/);
  });

  it("names content by hash: same bytes, same name; other bytes, another", () => {
    expect(contentHash("a")).toBe(contentHash("a"));
    expect(contentHash("a")).not.toBe(contentHash("b"));
    expect(contentHash("a")).toMatch(/^[\w-]{10}$/);
  });
});
