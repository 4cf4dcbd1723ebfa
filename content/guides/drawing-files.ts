/**
 * Every guide step's drawing as .svg files, one per theme, named by content hash:
 * the guide page links to them and a static route serves them, so a picture's bytes
 * travel once and browsers keep them (a changed drawing gets a new name).
 */
import { guides } from "./index";
import { DRAWING_THEMES, contentHash, drawingFile, type DrawingTheme } from "./kit/svg-file";

type DrawingFile = { guide: string; step: string; theme: DrawingTheme; name: string; svg: string };

let files: Map<string, DrawingFile> | null = null;

const key = (guide: string, name: string) => `${guide}/${name}`;

function allFiles(): Map<string, DrawingFile> {
  if (files) return files;
  files = new Map();
  for (const guide of guides) {
    for (const step of guide.steps) {
      for (const theme of DRAWING_THEMES) {
        const svg = drawingFile(step.screenshot.Drawing, theme);
        const name = `${step.id}.${theme}.${contentHash(svg)}.svg`;
        files.set(key(guide.slug, name), { guide: guide.slug, step: step.id, theme, name, svg });
      }
    }
  }
  return files;
}

/** The route's parameters for every file, for prerendering. */
export function drawingFileParams(): { slug: string; file: string }[] {
  return [...allFiles().values()].map((f) => ({ slug: f.guide, file: f.name }));
}

/** The SVG text of one file, or null if no step has it. */
export function findDrawingFile(guide: string, name: string): string | null {
  return allFiles().get(key(guide, name))?.svg ?? null;
}

/** The URLs of a step's drawing in each theme. */
export function drawingUrls(guide: string, step: string): Record<DrawingTheme, string> {
  const urls: Partial<Record<DrawingTheme, string>> = {};
  for (const f of allFiles().values()) if (f.guide === guide && f.step === step) urls[f.theme] = `/guides/${guide}/drawings/${f.name}`;
  if (!urls.light || !urls.dark) throw new Error(`no drawing for ${guide}#${step}`);
  return urls as Record<DrawingTheme, string>;
}
