"use server";

import { z } from "zod";
import { userAction } from "@/lib/guard/action";
import { isKnownStep } from "@/content/guides/catalog";
import { findProgress, mergeProgress as mergeStoredProgress, setProgress } from "@/lib/guides/progress-db";

// Progress for signed-in people. Guide pages are static, so the browser calls these after
// it has rendered; each one re-reads the session and scopes every query to its user.

const UNKNOWN_STEP = "That guide step does not exist.";
const step = { guide: z.string().min(1).max(100), step: z.string().min(1).max(100) };

const progressEntry = z.object({ ...step, doneAt: z.iso.datetime({ offset: true }) }).refine((v) => isKnownStep(v.guide, v.step), UNKNOWN_STEP);

/** Marks one step of a guide done or not done for the signed-in person. */
export const setStepDone = userAction(
  "progress.setStepDone",
  z.object({ ...step, isDone: z.boolean() }).refine((v) => isKnownStep(v.guide, v.step), UNKNOWN_STEP),
  async ({ guide, step: stepId, isDone }, { user }) => {
    await setProgress({ userId: user.id, guide, step: stepId, isDone });
    return null;
  },
);

/**
 * Adds the browser's progress to the signed-in person's stored progress and returns the
 * union, which the browser then adopts. Unknown guide or step ids reject the whole call.
 */
export const mergeProgress = userAction("progress.merge", z.object({ entries: z.array(progressEntry).max(2000) }), async ({ entries }, { user }) => mergeStoredProgress({ userId: user.id, entries }));

/** The signed-in person's stored progress. */
export const findMyProgress = userAction("progress.findMine", z.object({}), async (_input, { user }) => findProgress({ userId: user.id }));
