"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { requireUser } from "@/lib/auth/current-user";
import { deleteOtherSessions, deleteSession } from "@/lib/sessions/sessions";

export type ActionResult = { ok: true; message: string } | { ok: false; message: string };

const revokeInput = z.object({ sessionId: z.string().min(1).max(64) });

/** Ends one of the signed-in person's other sessions. */
export async function revokeSession(formData: FormData): Promise<ActionResult> {
  const user = await requireUser("/settings/sessions");
  const parsed = revokeInput.safeParse({ sessionId: formData.get("sessionId") });
  if (!parsed.success) return { ok: false, message: "That session could not be identified." };
  if (parsed.data.sessionId === user.sessionId) return { ok: false, message: "Use Sign out to end this session." };
  const isDone = await deleteSession({ userId: user.id, sessionId: parsed.data.sessionId });
  revalidatePath("/settings/sessions");
  return isDone ? { ok: true, message: "Session signed out." } : { ok: false, message: "That session had already ended." };
}

/** Ends every session of the signed-in person except this one. */
export async function revokeOtherSessions(): Promise<ActionResult> {
  const user = await requireUser("/settings/sessions");
  const count = await deleteOtherSessions({ userId: user.id, currentSessionId: user.sessionId });
  revalidatePath("/settings/sessions");
  return { ok: true, message: count === 1 ? "1 other session signed out." : `${count} other sessions signed out.` };
}
