"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { userAction } from "@/lib/guard/action";
import { AppError } from "@/lib/guard/errors";
import { deleteOtherSessions, deleteSession } from "@/lib/sessions/sessions";

/** Ends one of the signed-in person's other sessions. */
export const revokeSession = userAction("sessions.revoke", z.object({ sessionId: z.string().min(1).max(64) }), async ({ sessionId }, { user }) => {
  if (sessionId === user.sessionId) throw new AppError("BAD_INPUT", "Use Sign out to end this session.");
  const isDone = await deleteSession({ userId: user.id, sessionId });
  revalidatePath("/settings/sessions");
  if (!isDone) throw new AppError("NOT_FOUND", "That session had already ended.");
  return { message: "Session signed out." };
});

/** Ends every session of the signed-in person except this one. */
export const revokeOtherSessions = userAction("sessions.revokeOthers", z.object({}), async (_input, { user }) => {
  const count = await deleteOtherSessions({ userId: user.id, currentSessionId: user.sessionId });
  revalidatePath("/settings/sessions");
  return { message: count === 1 ? "1 other session signed out." : `${count} other sessions signed out.` };
});
