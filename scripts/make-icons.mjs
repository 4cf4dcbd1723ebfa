// Draws Perch's icon set into public/ from one SVG source (the header's mark): the SVG
// itself, PNGs for home screens and Apple devices, and a favicon.ico holding 16, 32 and
// 48 px PNGs. Run after changing the mark: node scripts/make-icons.mjs (the files are committed).
import { writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import sharp from "sharp";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const out = (name) => path.join(root, "public", name);

/** The mark of components/layout/perch-mark.tsx, with its light-theme colours filled in. */
const mark = (rx) => `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32">
  <rect width="32" height="32" rx="${rx}" fill="#0284c7"/>
  <path d="M6 23h20" stroke-width="2.5" stroke-linecap="round" stroke="#fff" fill="none"/>
  <path d="M11 22c0-5 3-9 8-9 2.5 0 4 1.2 4 3 0 1.5-1.2 2.6-3 2.6h-2.5L14 22" fill="#fff"/>
  <circle cx="19.5" cy="15.5" r="1.1" fill="#0369a1"/>
</svg>
`;

const png = (svg, size) => sharp(Buffer.from(svg), { density: 72 * (size / 32) * 2 }).resize(size, size).png({ compressionLevel: 9 }).toBuffer();

/** An ICO file whose images are PNGs (supported by every current browser). */
function ico(images) {
  const header = Buffer.alloc(6);
  header.writeUInt16LE(0, 0);
  header.writeUInt16LE(1, 2);
  header.writeUInt16LE(images.length, 4);
  let offset = 6 + 16 * images.length;
  const entries = images.map(({ size, data }) => {
    const entry = Buffer.alloc(16);
    entry.writeUInt8(size >= 256 ? 0 : size, 0);
    entry.writeUInt8(size >= 256 ? 0 : size, 1);
    entry.writeUInt16LE(1, 4);
    entry.writeUInt16LE(32, 6);
    entry.writeUInt32LE(data.length, 8);
    entry.writeUInt32LE(offset, 12);
    offset += data.length;
    return entry;
  });
  return Buffer.concat([header, ...entries, ...images.map((i) => i.data)]);
}

writeFileSync(out("icon.svg"), mark(8));
// Home-screen icons are square and full-bleed; the platform rounds them itself.
for (const size of [192, 512]) writeFileSync(out(`icon-${size}.png`), await png(mark(0), size));
writeFileSync(out("apple-touch-icon.png"), await png(mark(0), 180));
const small = await Promise.all([16, 32, 48].map(async (size) => ({ size, data: await png(mark(8), size) })));
writeFileSync(out("favicon.ico"), ico(small));
console.log("icons written to public/");
