/**
 * Renders every guide screenshot to one HTML page (light and dark) and, with --png,
 * photographs it in headless Chromium, so drawings can be looked at without the app.
 *
 *   npx tsx scripts/preview-drawings.tsx [guide-slug] [--png]
 *
 * Output: bench/tmp/drawings-<slug|all>.html (and .png).
 */
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import postcss from "postcss";
import tailwind from "@tailwindcss/postcss";
import { renderToStaticMarkup } from "react-dom/server";
import { chromium } from "@playwright/test";
import { guides } from "../content/guides";

const args = process.argv.slice(2);
const slug = args.find((a) => !a.startsWith("--"));
const wantPng = args.includes("--png");
const root = path.resolve(__dirname, "..");
const outDir = path.join(root, "bench", "tmp");
mkdirSync(outDir, { recursive: true });

async function main() {
  const selected = guides.filter((g) => !slug || g.slug === slug);
  const blocks = selected.flatMap((g) =>
    g.steps.map((s, i) => {
      const { Drawing } = s.screenshot;
      const list = s.instructions.map((t) => `<li>${t}</li>`).join("");
      return `<section><h2>${g.slug} · ${i + 1}. ${s.title}</h2><div class="pair"><div>${renderToStaticMarkup(<Drawing />)}</div><div class="dark"><div class="bg">${renderToStaticMarkup(<Drawing />)}</div></div></div><ol>${list}</ol><p class="alt">alt: ${s.screenshot.alt}</p></section>`;
    }),
  );
  const input = `@import "tailwindcss" source(none); @source "${path.join(root, "components")}"; @source "${path.join(root, "content")}"; @custom-variant dark (&:where(.dark, .dark *));`;
  const { css } = await postcss([tailwind({ base: root }) as postcss.AcceptedPlugin]).process(input, { from: path.join(root, "app", "x.css") });
  const html = `<!doctype html><meta charset="utf-8"><style>${css} body{font-family:system-ui;margin:16px;background:#f4f4f5} .pair{display:grid;grid-template-columns:1fr 1fr;gap:12px} .dark .bg{background:#09090b;padding:4px} h2{font-size:14px} ol,.alt{font-size:12px}</style>${blocks.join("")}`;
  const base = path.join(outDir, `drawings-${slug ?? "all"}`);
  writeFileSync(`${base}.html`, html);
  console.log(`wrote ${base}.html`);
  if (wantPng) {
    const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"] });
    const page = await browser.newPage({ viewport: { width: 1600, height: 900 } });
    await page.goto(`file://${base}.html`);
    await page.screenshot({ path: `${base}.png`, fullPage: true });
    await browser.close();
    console.log(`wrote ${base}.png`);
  }
}

void main();
