/**
 * Turns a drawing (a tree of SVG elements built from the kit) into a stand-alone .svg
 * file for one theme, so a guide page sends each picture once, as a cacheable image,
 * instead of inline markup that the React Server Components payload repeats.
 *
 * Drawings are plain functions of their props with no hooks or state, so a small
 * serializer walks the element tree; it runs anywhere (route handlers, build, tests)
 * without a DOM renderer. Tailwind colour classes become one <style> block whose
 * values come from the palette, with the `dark:` ones applied only in the dark file.
 */
import { createHash } from "node:crypto";
import { Fragment, createElement, isValidElement, type ComponentType, type ReactNode } from "react";
import { HEIGHT, WIDTH } from "./draw";
import { PALETTE } from "./palette";

export type DrawingTheme = "light" | "dark";
export const DRAWING_THEMES: readonly DrawingTheme[] = ["light", "dark"];

/** SVG attributes whose camelCase spelling is the real one; every other camelCase prop is kebab-case in SVG. */
const CAMEL_ATTRIBUTES = new Set(["viewBox", "preserveAspectRatio", "textLength", "lengthAdjust", "gradientUnits", "gradientTransform", "patternUnits"]);
const SPECIAL_ATTRIBUTES: Record<string, string> = { className: "class", xmlSpace: "xml:space", xlinkHref: "xlink:href" };

function escapeText(text: string): string {
  return text.replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll(">", "&gt;");
}

function escapeAttribute(text: string): string {
  return escapeText(text).replaceAll('"', "&quot;");
}

function attributeName(prop: string): string {
  if (SPECIAL_ATTRIBUTES[prop]) return SPECIAL_ATTRIBUTES[prop];
  if (CAMEL_ATTRIBUTES.has(prop)) return prop;
  return prop.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
}

/** SVG markup for a React node made of host SVG elements, fragments and plain function components. */
export function toSvgMarkup(node: ReactNode): string {
  if (node === null || node === undefined || typeof node === "boolean") return "";
  if (typeof node === "string" || typeof node === "number" || typeof node === "bigint") return escapeText(String(node));
  if (Array.isArray(node)) return node.map(toSvgMarkup).join("");
  if (!isValidElement(node)) throw new Error("drawings may contain only elements, text and numbers");
  const props = node.props as Record<string, unknown> & { children?: ReactNode };
  if (node.type === Fragment) return toSvgMarkup(props.children);
  if (typeof node.type === "function") return toSvgMarkup((node.type as (p: unknown) => ReactNode)(props));
  if (typeof node.type !== "string") throw new Error("drawings may use only SVG elements and function components");
  let attributes = "";
  for (const [prop, value] of Object.entries(props)) {
    if (prop === "children" || value === undefined || value === null || value === false) continue;
    if (typeof value !== "string" && typeof value !== "number" && value !== true) throw new Error(`drawing attribute ${prop} must be a string or number`);
    attributes += ` ${attributeName(prop)}="${escapeAttribute(String(value))}"`;
  }
  const children = toSvgMarkup(props.children);
  return children ? `<${node.type}${attributes}>${children}</${node.type}>` : `<${node.type}${attributes}/>`;
}

/** The CSS rule for one Tailwind colour class (`fill-zinc-700`, `stroke-white`, `fill-black/40`), or null for layout classes. */
function colourRule(className: string): string | null {
  const match = /^(?:dark:)?(fill|stroke)-([a-z]+(?:-\d+)?)(?:\/(\d+))?$/.exec(className);
  if (!match) return null;
  const [, property, colourName, alpha] = match;
  const colour = PALETTE[colourName as keyof typeof PALETTE];
  if (!colour) throw new Error(`drawing colour ${colourName} is not in content/guides/kit/palette.ts`);
  const value = alpha ? `color-mix(in oklab, ${colour} ${alpha}%, transparent)` : colour;
  return `.${className.replace(":", "\\:").replace("/", "\\/")}{${property}:${value}}`;
}

/**
 * A complete .svg file of `Drawing` for one theme: the markup, plus a <style> block
 * with the colours of the classes it uses (dark rules last, so they win in the dark file).
 */
export function drawingFile(Drawing: ComponentType, theme: DrawingTheme): string {
  const markup = toSvgMarkup(createElement(Drawing));
  const classes = new Set([...markup.matchAll(/ class="([^"]*)"/g)].flatMap((m) => m[1]!.split(/\s+/)).filter(Boolean));
  const light = [...classes].filter((c) => !c.startsWith("dark:"));
  const dark = theme === "dark" ? [...classes].filter((c) => c.startsWith("dark:")) : [];
  const css = [...light, ...dark].map(colourRule).filter(Boolean).join("");
  // The root <svg> carries the styles; a stand-alone file needs its own width and height.
  return markup.replace(/^<svg([^>]*)>/, (_, attrs: string) => `<svg${attrs.replace(/ class="[^"]*"/, "")} width="${WIDTH}" height="${HEIGHT}"><style>${css}</style>`);
}

/** A short content hash, so a changed drawing gets a new URL and an unchanged one stays cached. */
export function contentHash(text: string): string {
  return createHash("sha256").update(text).digest("base64url").slice(0, 10);
}
