import { beforeEach, describe, expect, it } from "vitest";
import { allGuides } from "@/content/guides/catalog";
import { findProgress } from "@/lib/guides/progress-db";
import { Browser } from "@/test/browser";
import { newPerchUser } from "@/test/sandbox/fixtures";
import { findMyProgress, mergeProgress, setStepDone } from "./actions";

const guide = allGuides()[0]!;
const [stepA, stepB] = [guide.steps[0]!.id, guide.steps[1]!.id];
const at = "2026-01-01T00:00:00.000Z";

describe("guide progress actions", () => {
  let browser: Browser;
  beforeEach(() => {
    browser = new Browser();
  });

  it("refuse to save anything for a signed-out visitor", async () => {
    const result = await browser.call(() => setStepDone({ guide: guide.slug, step: stepA, isDone: true }));
    expect(result).toMatchObject({ ok: false, code: "UNAUTHENTICATED" });
    expect(!result.ok && result.message).toMatch(/sign in/i);
    expect(await browser.call(() => mergeProgress({ entries: [{ guide: guide.slug, step: stepA, doneAt: at }] }))).toMatchObject({ ok: false });
    expect(await browser.call(() => findMyProgress({}))).toMatchObject({ ok: false });
  });

  it("save ticks for the signed-in person only", async () => {
    const me = await newPerchUser();
    const someoneElse = await newPerchUser();
    await browser.signInAs(me);
    expect(await browser.call(() => setStepDone({ guide: guide.slug, step: stepA, isDone: true }))).toEqual({ ok: true, data: null });
    expect((await findProgress({ userId: me.id })).map((e) => e.step)).toEqual([stepA]);
    expect(await findProgress({ userId: someoneElse.id })).toEqual([]);
    expect(await browser.call(() => setStepDone({ guide: guide.slug, step: stepA, isDone: false }))).toEqual({ ok: true, data: null });
    expect(await findProgress({ userId: me.id })).toEqual([]);
  });

  it("merge the browser's progress and return the union", async () => {
    await browser.signInAs(await newPerchUser());
    await browser.call(() => setStepDone({ guide: guide.slug, step: stepA, isDone: true }));
    const result = await browser.call(() => mergeProgress({ entries: [{ guide: guide.slug, step: stepB, doneAt: at }] }));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.data.map((e) => e.step).sort()).toEqual([stepA, stepB].sort());
    expect(await browser.call(() => findMyProgress({}))).toEqual(result);
  });

  it("reject unknown guides and steps, and malformed input, storing nothing", async () => {
    const me = await newPerchUser();
    await browser.signInAs(me);
    const call = <T,>(fn: () => Promise<T>) => browser.call(fn);
    expect(await call(() => setStepDone({ guide: guide.slug, step: "no-such-step", isDone: true }))).toMatchObject({ ok: false, code: "BAD_INPUT", message: expect.stringContaining("That guide step does not exist.") as string });
    expect(await call(() => setStepDone({ guide: "no-such-guide", step: stepA, isDone: true }))).toMatchObject({ ok: false });
    expect(await call(() => setStepDone({ guide: guide.slug, step: stepA, isDone: "yes" } as unknown as { guide: string; step: string; isDone: boolean }))).toMatchObject({ ok: false, code: "BAD_INPUT" });
    expect(await call(() => mergeProgress({ entries: [{ guide: guide.slug, step: stepA, doneAt: at }, { guide: guide.slug, step: "invented", doneAt: at }] }))).toMatchObject({ ok: false, code: "BAD_INPUT" });
    expect(await call(() => mergeProgress({ entries: [{ guide: guide.slug, step: stepA, doneAt: "not a date" }] }))).toMatchObject({ ok: false });
    expect(await call(() => mergeProgress("nope" as unknown as { entries: [] }))).toMatchObject({ ok: false });
    expect(await findProgress({ userId: me.id })).toEqual([]);
  });
});
