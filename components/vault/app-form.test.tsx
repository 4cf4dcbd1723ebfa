import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it, vi } from "vitest";

vi.mock("next/navigation", () => ({ useRouter: () => ({ push: () => undefined, refresh: () => undefined }) }));

const { AppForm } = await import("./app-form");

const action = () => Promise.resolve({ ok: true as const, data: { id: "x" } });

/** The option the "Test credentials against" menu shows as chosen in the server's HTML. */
function chosenTarget(html: string): string | undefined {
  const select = /<select[^>]*name="apiTarget"[^>]*>([\s\S]*?)<\/select>/.exec(html)?.[1] ?? "";
  return /<option value="([a-z]+)" selected="">/.exec(select)?.[1];
}

describe("AppForm: Test credentials against", () => {
  it("defaults to the sandbox when this deployment runs it (issue 19)", () => {
    expect(chosenTarget(renderToStaticMarkup(<AppForm mode="create" teamId="t" isSandboxAvailable action={action} />))).toBe("sandbox");
  });
  it("defaults to the X API when the sandbox is off", () => {
    expect(chosenTarget(renderToStaticMarkup(<AppForm mode="create" teamId="t" isSandboxAvailable={false} action={action} />))).toBe("twitter");
  });
  it("keeps what a caller asked for", () => {
    expect(chosenTarget(renderToStaticMarkup(<AppForm mode="create" teamId="t" isSandboxAvailable initialMeta={{ apiTarget: "twitter" }} action={action} />))).toBe("twitter");
  });
});
