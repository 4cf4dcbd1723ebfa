import { describe, expect, it } from "vitest";
import { checkCallbackUrl, loopbackAlternative, MAX_CALLBACK_URL_LENGTH, REFUSED_SCHEMES } from "./callback-url";
import { X_SOURCES } from "./sources";

describe("checkCallbackUrl (X's Apps page rules)", () => {
  it("accepts https anywhere and http on 127.0.0.1", () => {
    expect(checkCallbackUrl("https://perch.example/api/auth/callback/twitter")).toEqual({ level: "ok", findings: [] });
    expect(checkCallbackUrl("http://127.0.0.1:3000/api/auth/callback/twitter").level).toBe("ok");
    expect(checkCallbackUrl("http://[::1]:3000/cb").level).toBe("ok");
  });

  it.each(REFUSED_SCHEMES.map((s) => [s]))("refuses the %s: scheme", (scheme) => {
    const verdict = checkCallbackUrl(`${scheme}:something`);
    expect(verdict.level).toBe("refused");
    expect(verdict.findings[0]).toMatchObject({ code: "refused-scheme", source: "developerApps" });
  });

  it("refuses JavaScript in any case, and text that is not a URL", () => {
    expect(checkCallbackUrl("JavaScript:alert(1)").findings[0]?.code).toBe("refused-scheme");
    expect(checkCallbackUrl("/api/auth/callback").findings[0]?.code).toBe("not-a-url");
    expect(checkCallbackUrl("").level).toBe("refused");
  });

  it("warns about localhost and offers the 127.0.0.1 address X asks for", () => {
    const verdict = checkCallbackUrl("http://localhost:3000/api/auth/callback/twitter");
    expect(verdict.level).toBe("warning");
    expect(verdict.findings[0]?.code).toBe("localhost");
    expect(verdict.findings[0]?.message).toContain("http://127.0.0.1:3000/api/auth/callback/twitter");
    expect(loopbackAlternative("http://LOCALHOST:8080/cb?x=1")).toBe("http://127.0.0.1:8080/cb?x=1");
    expect(loopbackAlternative("https://example.com/")).toBeNull();
  });

  it("warns about plain http on a public host, and about a custom app scheme", () => {
    expect(checkCallbackUrl("http://perch.example/cb").findings[0]?.code).toBe("plain-http");
    expect(checkCallbackUrl("myapp://callback").findings[0]).toMatchObject({ level: "warning", code: "custom-scheme" });
  });

  it("bounds the work: an over-long URL is refused before parsing", () => {
    const long = `https://example.com/${"a".repeat(MAX_CALLBACK_URL_LENGTH)}`;
    expect(checkCallbackUrl(long).findings[0]?.code).toBe("too-long");
    expect(checkCallbackUrl(`https://example.com/${"a".repeat(MAX_CALLBACK_URL_LENGTH - 30)}`).level).toBe("ok");
  });

  it("cites a page that is in the sources registry", () => {
    for (const value of ["ftp://x", "http://localhost/", "x", "myapp://cb", "http://a.example/"]) {
      for (const f of checkCallbackUrl(value).findings) expect(X_SOURCES[f.source]).toBeDefined();
    }
  });
});
