import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { themeScript } from "@/lib/theme";
import { contentSecurityPolicy, inlineScripts, newNonce } from "./csp";

function directives(policy: string): Record<string, string[] | undefined> {
  return Object.fromEntries(policy.split("; ").map((d) => [d.split(" ")[0] ?? "", d.split(" ").slice(1)]));
}

describe("Content-Security-Policy (issue 15, low)", () => {
  it("a page rendered now: its nonce, 'self', the theme script's and the not-found page's hashes, never unsafe-inline or eval", () => {
    const nonce = newNonce();
    const d = directives(contentSecurityPolicy({ nonce, scriptHashes: ["'sha256-notfound='"] }));
    expect(d["script-src"]).toEqual(expect.arrayContaining(["'self'", `'nonce-${nonce}'`, "'sha256-notfound='", `'sha256-${createHash("sha256").update(themeScript).digest("base64")}'`]));
    // 'strict-dynamic' would ignore 'self' and block the prerendered not-found page's script tags.
    expect(d["script-src"]).not.toContain("'strict-dynamic'");
    expect(d["script-src"]).not.toContain("'unsafe-inline'");
    expect(d["script-src"]).not.toContain("'unsafe-eval'");
    expect(d["frame-ancestors"]).toEqual(["'none'"]);
    expect(d["object-src"]).toEqual(["'none'"]);
    expect(d["base-uri"]).toEqual(["'self'"]);
  });

  it("a prerendered page: 'self' and the hashes of its inline scripts, no nonce, no strict-dynamic", () => {
    const d = directives(contentSecurityPolicy({ scriptHashes: ["'sha256-abc='"] }));
    expect(d["script-src"]).toEqual(expect.arrayContaining(["'self'", "'sha256-abc='"]));
    expect(d["script-src"]?.some((v) => v.startsWith("'nonce-"))).toBe(false);
    expect(d["script-src"]).not.toContain("'strict-dynamic'");
  });

  it("a fresh nonce every time", () => {
    expect(new Set(Array.from({ length: 100 }, newNonce)).size).toBe(100);
  });

  it("finds inline scripts and leaves script files alone", () => {
    const html = `<script src="/_next/a.js" async></script><script>self.__next_f.push([1])</script><script id="x" type="application/json">{"a":1}</script><SCRIPT>b()</SCRIPT>`;
    expect(inlineScripts(html)).toEqual(["self.__next_f.push([1])", '{"a":1}', "b()"]);
  });

  it("adds eval and websockets for the development server only", () => {
    expect(contentSecurityPolicy({ nonce: "n", isDev: true })).toContain("'unsafe-eval'");
    expect(contentSecurityPolicy({ nonce: "n", isDev: true })).toContain("connect-src 'self' ws: wss:");
  });
});
