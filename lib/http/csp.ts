import { createHash, randomBytes } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";
import { themeScript } from "@/lib/theme";

/**
 * The Content-Security-Policy, built by proxy.ts for every page.
 *
 * - Pages rendered per request get a fresh nonce: Next.js reads it from the request's
 *   Content-Security-Policy header and puts it on every script it writes. Script files come
 *   from this origin only. No 'strict-dynamic': any address that matches no route gets the
 *   prerendered not-found page, whose script tags carry no nonce, so that policy also
 *   allows its inline scripts by hash and same-origin files (the console guard in the e2e
 *   tests caught the 404 page blocked).
 * - Prerendered pages (the guides, the home page) are the same bytes for everyone, so no
 *   nonce can be in them. Their inline scripts are allowed by hash instead (read once from
 *   the built HTML in .next), and script files only from this origin: no 'unsafe-inline'.
 * - Everywhere: `frame-ancestors 'none'` (no framing, no clickjacking), no plugins, no
 *   `<base>` from elsewhere. Styles allow 'unsafe-inline' because React's `style` props and
 *   the UI primitives (Radix, sonner) set style attributes; scripts are what CSP must stop.
 *
 * The proxy only sets headers. It is never the gate: every action and route checks its own
 * access (lib/guard), so a request that skipped the proxy would lose headers, not rights.
 */

const sha256 = (text: string) => `'sha256-${createHash("sha256").update(text, "utf8").digest("base64")}'`;

/** The theme script in the root layout, written before hydration so the page never flashes: allowed by its hash everywhere. */
const THEME_HASH = sha256(themeScript);

/** A fresh, unguessable nonce for one response. */
export function newNonce(): string {
  return randomBytes(16).toString("base64");
}

/** The policy: a nonce for a page rendered now, or the hashes of a prerendered page's inline scripts. */
export function contentSecurityPolicy({ nonce, scriptHashes, isDev = false }: { nonce?: string; scriptHashes?: readonly string[]; isDev?: boolean }): string {
  // Next's development server evaluates code for its overlay and fast refresh.
  const devEval = isDev ? " 'unsafe-eval'" : "";
  const scripts = `'self'${nonce ? ` 'nonce-${nonce}'` : ""} ${[THEME_HASH, ...(scriptHashes ?? [])].join(" ")}${devEval}`;
  return [
    "default-src 'self'",
    `script-src ${scripts}`,
    "style-src 'self' 'unsafe-inline'",
    // Twitter profile pictures (real sign-in), generated avatars, data: and blob: images.
    "img-src 'self' data: blob: https://pbs.twimg.com https://abs.twimg.com",
    "font-src 'self'",
    `connect-src 'self'${isDev ? " ws: wss:" : ""}`,
    "object-src 'none'",
    "base-uri 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}

/** Inline `<script>` bodies of an HTML document (scripts with a `src` are files, allowed by origin). */
export function inlineScripts(html: string): string[] {
  const out: string[] = [];
  for (const m of html.matchAll(/<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/gi)) if (m[1]) out.push(m[1]);
  return out;
}

type Prerendered = { routes: Set<string>; hashes: Map<string, string[]> };
let prerendered: Prerendered | null = null;

/** `.next` of the running build (next start runs in the project directory). */
const distDir = () => path.join(process.cwd(), ".next");

function loadPrerendered(): Prerendered {
  try {
    const manifest = JSON.parse(readFileSync(path.join(distDir(), "prerender-manifest.json"), "utf8")) as { routes?: Record<string, unknown> };
    return { routes: new Set(Object.keys(manifest.routes ?? {})), hashes: new Map() };
  } catch {
    // No build (next dev): every page is rendered per request, so every page gets a nonce.
    return { routes: new Set(), hashes: new Map() };
  }
}

/**
 * The hashes of a prerendered page's inline scripts, or null when `pathname` is rendered
 * per request. Read from the built HTML on first use and kept (the build does not change
 * under a running server).
 */
export function prerenderedScriptHashes(pathname: string): string[] | null {
  prerendered ??= loadPrerendered();
  const route = pathname !== "/" && pathname.endsWith("/") ? pathname.slice(0, -1) : pathname;
  if (!prerendered.routes.has(route)) return null;
  let hashes = prerendered.hashes.get(route);
  if (!hashes) {
    try {
      const file = path.join(distDir(), "server", "app", `${route === "/" ? "index" : route.slice(1)}.html`);
      hashes = [...new Set(inlineScripts(readFileSync(file, "utf8")).map(sha256))];
    } catch {
      return null;
    }
    prerendered.hashes.set(route, hashes);
  }
  return hashes;
}
