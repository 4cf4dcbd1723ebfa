"use server";

import { z } from "zod";
import { getCurrentUser } from "@/lib/auth/current-user";
import { isKnownStep } from "@/lib/guides/catalog";
import { findProgress, mergeProgress as mergeStoredProgress, setProgress } from "@/lib/guides/progress";
import type { ProgressEntry } from "@/lib/guides/progress-store";

// Progress for signed-in people. Guide pages are static, so the browser calls these after
// it has rendered; each one re-reads the session and scopes every query to its user.

export type ProgressResult = { ok: true; entries: ProgressEntry[] } | { ok: false; message: string };

const progressEntrySchema = z.object({
  guide: z.string().min(1).max(100),
  step: z.string().min(1).max(100),
  doneAt: z.iso.datetime({ offset: true }),
});

const UNKNOWN_STEP = "That guide step does not exist.";
const SIGNED_OUT = "Sign in to keep your progress in your account.";

const setStepDoneInput = z.object({ guide: z.string().min(1).max(100), step: z.string().min(1).max(100), isDone: z.boolean() }).refine((v) => isKnownStep(v.guide, v.step), UNKNOWN_STEP);

const mergeInput = z.array(progressEntrySchema.refine((v) => isKnownStep(v.guide, v.step), UNKNOWN_STEP)).max(2000);

/** Marks one step of a guide done or not done for the signed-in person. */
export async function setStepDone(input: { guide: string; step: string; isDone: boolean }): Promise<{ ok: true } | { ok: false; message: string }> {
  const parsed = setStepDoneInput.safeParse(input);
  if (!parsed.success) return { ok: false, message: parsed.error.issues[0]?.message ?? UNKNOWN_STEP };
  const user = await getCurrentUser();
  if (!user?.id) return { ok: false, message: SIGNED_OUT };
  await setProgress({ userId: user.id, guide: parsed.data.guide, step: parsed.data.step, isDone: parsed.data.isDone });
  return { ok: true };
}

/**
 * Adds the browser's progress to the signed-in person's stored progress and returns the
 * union, which the browser then adopts. Unknown guide or step ids reject the whole call.
 */
export async function mergeProgress(entries: ProgressEntry[]): Promise<ProgressResult> {
  const parsed = mergeInput.safeParse(entries);
  if (!parsed.success) return { ok: false, message: parsed.error.issues.some((i) => i.message === UNKNOWN_STEP) ? UNKNOWN_STEP : "Progress could not be read." };
  const user = await getCurrentUser();
  if (!user?.id) return { ok: false, message: SIGNED_OUT };
  return { ok: true, entries: await mergeStoredProgress({ userId: user.id, entries: parsed.data }) };
}

/** The signed-in person's stored progress. */
export async function findMyProgress(): Promise<ProgressResult> {
  const user = await getCurrentUser();
  if (!user?.id) return { ok: false, message: SIGNED_OUT };
  return { ok: true, entries: await findProgress({ userId: user.id }) };
}
