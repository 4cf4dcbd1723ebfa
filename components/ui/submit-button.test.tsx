import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { SubmitButton } from "./submit-button";

describe("SubmitButton", () => {
  it("is disabled in the server's HTML, so a click before hydration cannot post the form natively", () => {
    const html = renderToStaticMarkup(<SubmitButton isPending={false}>Create and select</SubmitButton>);
    expect(html).toMatch(/<button[^>]* disabled=""/);
    expect(html).toContain('type="submit"');
  });

  it("stays disabled before hydration even when the caller passes disabled={false}", () => {
    const html = renderToStaticMarkup(
      <SubmitButton isPending={false} disabled={false}>
        Go
      </SubmitButton>,
    );
    expect(html).toMatch(/disabled=""/);
  });
});
