import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";
import { PALETTE } from "./palette";

describe("drawing palette", () => {
  it("matches Tailwind's theme, so an .svg file shows the colours the page would", () => {
    const theme = readFileSync(createRequire(import.meta.url).resolve("tailwindcss/theme.css"), "utf8");
    for (const [name, value] of Object.entries(PALETTE)) {
      const declared = new RegExp(`--color-${name}:\\s*([^;]+);`).exec(theme)?.[1]?.trim();
      expect(declared, name).toBe(value);
    }
  });
});
