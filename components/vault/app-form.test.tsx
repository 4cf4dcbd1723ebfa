import { renderToStaticMarkup, renderToString } from "react-dom/server";
import { describe, expect, it, vi } from "vitest";
import { AppForm } from "./app-form";

vi.mock("next/navigation", () => ({ useRouter: () => ({ push: () => undefined, refresh: () => undefined }) }));

const action = () => Promise.resolve({ ok: true as const, data: { id: "x" } });
const update = () => Promise.resolve({ ok: true as const, data: { version: 2 } });
const meta = { name: "Bot", twitterAppId: "", environment: "development", accessLevel: "", notes: "", apiTarget: "twitter" as const, rotateBy: "" };

describe("AppForm", () => {
  // The browser's first render must make the same element ids as the server's, or React
  // reports a hydration error: a module-level counter shared by every server render did not.
  it("renders the same ids every time, so the server's HTML hydrates (Add app and Edit app)", () => {
    const create = () => renderToString(<AppForm mode="create" teamId="t1" isSandboxAvailable action={action} />);
    expect(create()).toBe(create());
    const stored = [{ name: "extra:ads-account-id" as const, label: "Ads account ID", hint: "", length: 10 }];
    const edit = () => renderToString(<AppForm mode="edit" teamId="t1" appId="a1" version={1} initialMeta={meta} stored={stored} isSandboxAvailable action={update} />);
    expect(edit()).toBe(edit());
    expect(edit()).toContain("field-extra-ads-account-id");
  });
});

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
