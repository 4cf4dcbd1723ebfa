import "server-only";
import { db } from "@/lib/db/client";
import type { ProgressEntry } from "./progress-merge";
import { mergeEntries, progressKey } from "./progress-merge";

// Data access for guide progress. Every query is scoped to the user in its `where`.
// Callers validate guide and step ids against the content first (app/guides/actions.ts).

type Row = { guide: string; step: string; doneAt: Date };

const toEntry = (r: Row): ProgressEntry => ({ guide: r.guide, step: r.step, doneAt: r.doneAt.toISOString() });

/** Every step the user has marked done, in a stable order. */
export async function findProgress({ userId }: { userId: string }): Promise<ProgressEntry[]> {
  const rows = await db.guideProgress.findMany({ where: { userId }, select: { guide: true, step: true, doneAt: true } });
  return mergeEntries(rows.map(toEntry), []);
}

/**
 * Marks one step done or not done for the user. Marking a done step done again keeps
 * its first completion time; un-marking a step that is not done is a no-op.
 */
export async function setProgress({ userId, guide, step, isDone, now = new Date() }: { userId: string; guide: string; step: string; isDone: boolean; now?: Date }): Promise<void> {
  if (!isDone) {
    await db.guideProgress.deleteMany({ where: { userId, guide, step } });
    return;
  }
  await db.guideProgress.upsert({
    where: { userId_guide_step: { userId, guide, step } },
    create: { userId, guide, step, doneAt: now },
    update: {},
  });
}

/**
 * Adds `entries` to the user's stored progress and returns the union. A step done in
 * either place stays done, with the earlier completion time; nothing is ever removed.
 * Completion times in the future are clamped to now.
 */
export async function mergeProgress({ userId, entries, now = new Date() }: { userId: string; entries: readonly ProgressEntry[]; now?: Date }): Promise<ProgressEntry[]> {
  // Normalise to the database's precision and format so the returned union is canonical.
  const incoming = mergeEntries(
    entries.map((e) => ({ ...e, doneAt: new Date(Math.min(Date.parse(e.doneAt), now.getTime())).toISOString() })),
    [],
  );
  return db.$transaction(async (tx) => {
    const rows = await tx.guideProgress.findMany({ where: { userId }, select: { guide: true, step: true, doneAt: true } });
    const existing = new Map(rows.map((r) => [progressKey(r.guide, r.step), r]));
    const toCreate = incoming.filter((e) => !existing.has(progressKey(e.guide, e.step)));
    const toMoveEarlier = incoming.filter((e) => {
      const row = existing.get(progressKey(e.guide, e.step));
      return row !== undefined && Date.parse(e.doneAt) < row.doneAt.getTime();
    });
    if (toCreate.length > 0) {
      await tx.guideProgress.createMany({ data: toCreate.map((e) => ({ userId, guide: e.guide, step: e.step, doneAt: new Date(e.doneAt) })) });
    }
    for (const e of toMoveEarlier) {
      await tx.guideProgress.update({ where: { userId_guide_step: { userId, guide: e.guide, step: e.step } }, data: { doneAt: new Date(e.doneAt) } });
    }
    return mergeEntries(rows.map(toEntry), incoming);
  });
}
