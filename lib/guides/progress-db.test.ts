import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { findProgress, mergeProgress, setProgress } from "./progress-db";

// Integration tests against the real test database; each test makes its own users.
async function newUser(): Promise<string> {
  const id = randomBytes(6).toString("hex");
  const user = await db.user.create({ data: { twitterId: `9${Date.now()}${parseInt(id, 16)}`, name: "Progress Tester", username: `p_${id}` } });
  return user.id;
}

const t = (iso: string) => new Date(iso).toISOString();

describe("guide progress data access", () => {
  it("marks steps done and not done, keeping the first completion time", async () => {
    const userId = await newUser();
    await setProgress({ userId, guide: "get-access", step: "terms", isDone: true, now: new Date("2026-01-01T00:00:00Z") });
    await setProgress({ userId, guide: "get-access", step: "terms", isDone: true, now: new Date("2026-02-01T00:00:00Z") });
    await setProgress({ userId, guide: "get-access", step: "verify-phone", isDone: true, now: new Date("2026-01-02T00:00:00Z") });
    expect(await findProgress({ userId })).toEqual([
      { guide: "get-access", step: "terms", doneAt: t("2026-01-01T00:00:00Z") },
      { guide: "get-access", step: "verify-phone", doneAt: t("2026-01-02T00:00:00Z") },
    ]);
    await setProgress({ userId, guide: "get-access", step: "terms", isDone: false });
    await setProgress({ userId, guide: "get-access", step: "never-done", isDone: false });
    expect((await findProgress({ userId })).map((e) => e.step)).toEqual(["verify-phone"]);
  });

  it("merges the browser's progress into the account and returns the union", async () => {
    const userId = await newUser();
    await setProgress({ userId, guide: "ads-api", step: "app-id", isDone: true, now: new Date("2026-03-01T00:00:00Z") });
    await setProgress({ userId, guide: "ads-api", step: "first-request", isDone: true, now: new Date("2026-03-05T00:00:00Z") });
    const union = await mergeProgress({
      userId,
      entries: [
        { guide: "ads-api", step: "app-id", doneAt: "2026-03-03T00:00:00.000Z" }, // later than stored: stored time stays
        { guide: "ads-api", step: "first-request", doneAt: "2026-03-02T00:00:00+00:00" }, // earlier: moves back
        { guide: "get-access", step: "terms", doneAt: "2026-02-01T12:00:00.000Z" }, // new
      ],
      now: new Date("2026-04-01T00:00:00Z"),
    });
    const expected = [
      { guide: "ads-api", step: "app-id", doneAt: t("2026-03-01T00:00:00Z") },
      { guide: "ads-api", step: "first-request", doneAt: t("2026-03-02T00:00:00Z") },
      { guide: "get-access", step: "terms", doneAt: t("2026-02-01T12:00:00Z") },
    ];
    expect(union).toEqual(expected);
    expect(await findProgress({ userId })).toEqual(expected);
    // Merging the same again changes nothing.
    expect(await mergeProgress({ userId, entries: union })).toEqual(expected);
  });

  it("clamps completion times from the future to now", async () => {
    const userId = await newUser();
    const now = new Date("2026-04-01T00:00:00Z");
    const union = await mergeProgress({ userId, entries: [{ guide: "g", step: "s", doneAt: "2099-01-01T00:00:00.000Z" }], now });
    expect(union).toEqual([{ guide: "g", step: "s", doneAt: now.toISOString() }]);
  });

  it("keeps each person's progress to themselves", async () => {
    const alice = await newUser();
    const bob = await newUser();
    await setProgress({ userId: alice, guide: "get-access", step: "terms", isDone: true });
    await mergeProgress({ userId: bob, entries: [{ guide: "get-access", step: "basic-information", doneAt: "2026-01-01T00:00:00.000Z" }] });
    await setProgress({ userId: bob, guide: "get-access", step: "terms", isDone: false });
    expect((await findProgress({ userId: alice })).map((e) => e.step)).toEqual(["terms"]);
    expect((await findProgress({ userId: bob })).map((e) => e.step)).toEqual(["basic-information"]);
  });

  it("removes a person's progress with their account", async () => {
    const userId = await newUser();
    await setProgress({ userId, guide: "get-access", step: "terms", isDone: true });
    await db.user.delete({ where: { id: userId } });
    expect(await findProgress({ userId })).toEqual([]);
  });
});
