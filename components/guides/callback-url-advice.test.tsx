import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { CallbackUrlAdvice } from "./callback-url-advice";

describe("CallbackUrlAdvice", () => {
  it("always says what X accepts for local development, with its source and date", () => {
    const html = renderToStaticMarkup(<CallbackUrlAdvice url="https://perch.example/api/auth/callback/twitter" />);
    expect(html).toContain('data-level="ok"');
    expect(html).toContain("http://127.0.0.1");
    expect(html).toContain("https://docs.x.com/fundamentals/developer-apps");
    expect(html).toContain("checked 2026-12-07");
    expect(html).not.toContain('role="note"');
  });

  it("warns when this deployment's own URL uses localhost, and offers the 127.0.0.1 address", () => {
    const html = renderToStaticMarkup(<CallbackUrlAdvice url="http://localhost:3000/api/auth/callback/twitter" />);
    expect(html).toContain('data-level="warning"');
    expect(html).toContain('role="note"');
    expect(html).toContain("http://127.0.0.1:3000/api/auth/callback/twitter");
  });

  it("warns about plain http on a public host", () => {
    const html = renderToStaticMarkup(<CallbackUrlAdvice url="http://perch.example/api/auth/callback/twitter" />);
    expect(html).toContain('data-level="warning"');
    expect(html).toContain("https://");
  });
});
