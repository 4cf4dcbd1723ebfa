// Takes screenshots of pages in headless Chromium, for looking at what people see.
//   node scripts/shoot.mjs <url> [more urls…]   (env: WIDTH=360 THEME=dark OUT=bench/tmp/shots)
import { mkdirSync } from "node:fs";
import { chromium } from "@playwright/test";

const out = process.env.OUT ?? "bench/tmp/shots";
const width = Number(process.env.WIDTH ?? 1280);
const theme = process.env.THEME === "dark" ? "dark" : "light";
mkdirSync(out, { recursive: true });
const browser = await chromium.launch({
  executablePath: "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"],
});
const page = await browser.newPage({ viewport: { width, height: 900 }, colorScheme: theme });
for (const url of process.argv.slice(2)) {
  await page.goto(url, { waitUntil: "networkidle" });
  const name = `${new URL(url).pathname.replace(/\W+/g, "_") || "root"}-${width}-${theme}.png`;
  await page.screenshot({ path: `${out}/${name}`, fullPage: true });
  console.log(`${out}/${name}`);
}
await browser.close();
