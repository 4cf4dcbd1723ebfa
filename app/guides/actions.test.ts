import { randomBytes } from "node:crypto";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db/client";
import { allGuides } from "@/lib/guides/catalog";
import { findProgress } from "@/lib/guides/progress";

// The session is the only thing faked: who "is signed in" for each call.
const session = vi.hoisted(() => ({ user: null as { id: string } | null }));
vi.mock("@/lib/auth/current-user", () => ({ getCurrentUser: () => Promise.resolve(session.user) }));

const { findMyProgress, mergeProgress, setStepDone } = await import("./actions");

async function newUser(): Promise<string> {
  const id = randomBytes(6).toString("hex");
  const user = await db.user.create({ data: { twitterId: `8${Date.now()}${parseInt(id, 16)}`, name: "Action Tester", username: `a_${id}` } });
  return user.id;
}

const guide = allGuides()[0]!;
const [stepA, stepB] = [guide.steps[0]!.id, guide.steps[1]!.id];
const at = "2026-01-01T00:00:00.000Z";

describe("guide progress actions", () => {
  beforeEach(() => {
    session.user = null;
  });

  it("refuse to save anything for a signed-out visitor", async () => {
    const result = await setStepDone({ guide: guide.slug, step: stepA, isDone: true });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.message).toMatch(/sign in/i);
    expect(await mergeProgress([{ guide: guide.slug, step: stepA, doneAt: at }])).toMatchObject({ ok: false });
    expect(await findMyProgress()).toMatchObject({ ok: false });
  });

  it("save ticks for the signed-in person only", async () => {
    const me = await newUser();
    const someoneElse = await newUser();
    session.user = { id: me };
    expect(await setStepDone({ guide: guide.slug, step: stepA, isDone: true })).toEqual({ ok: true });
    expect((await findProgress({ userId: me })).map((e) => e.step)).toEqual([stepA]);
    expect(await findProgress({ userId: someoneElse })).toEqual([]);
    expect(await setStepDone({ guide: guide.slug, step: stepA, isDone: false })).toEqual({ ok: true });
    expect(await findProgress({ userId: me })).toEqual([]);
  });

  it("merge the browser's progress and return the union", async () => {
    const me = await newUser();
    session.user = { id: me };
    await setStepDone({ guide: guide.slug, step: stepA, isDone: true });
    const result = await mergeProgress([{ guide: guide.slug, step: stepB, doneAt: at }]);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.entries.map((e) => e.step).sort()).toEqual([stepA, stepB].sort());
    expect(await findMyProgress()).toEqual(result);
  });

  it("reject unknown guides and steps, and malformed input", async () => {
    const me = await newUser();
    session.user = { id: me };
    expect(await setStepDone({ guide: guide.slug, step: "no-such-step", isDone: true })).toEqual({ ok: false, message: "That guide step does not exist." });
    expect(await setStepDone({ guide: "no-such-guide", step: stepA, isDone: true })).toMatchObject({ ok: false });
    expect(await setStepDone({ guide: guide.slug, step: stepA, isDone: "yes" } as unknown as { guide: string; step: string; isDone: boolean })).toMatchObject({ ok: false });
    expect(await mergeProgress([{ guide: guide.slug, step: stepA, doneAt: at }, { guide: guide.slug, step: "invented", doneAt: at }])).toEqual({ ok: false, message: "That guide step does not exist." });
    expect(await mergeProgress([{ guide: guide.slug, step: stepA, doneAt: "not a date" }])).toMatchObject({ ok: false });
    expect(await mergeProgress("nope" as unknown as [])).toMatchObject({ ok: false });
    // Nothing from the rejected calls was stored.
    expect(await findProgress({ userId: me })).toEqual([]);
  });
});
