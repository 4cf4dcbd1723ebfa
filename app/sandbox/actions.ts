"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { publicAction, userAction } from "@/lib/guard/action";
import { forgetAccount as forgetHeldAccount, holdAccount } from "@/lib/sandbox/account-keys";
import { addPracticeAccount, createOwnedApp, createPracticeAccount, deleteOwnedApp, issueOwnedAccessToken, regenerateOwnedCredential } from "@/lib/sandbox/portal";
import { sandboxAppInput, sandboxId, sandboxUserInput, sandboxUsername } from "@/lib/sandbox/schemas";

// The sandbox developer portal's actions (and the practice-account ones the consent screen
// shares). Apps belong to the signed-in person who made them; practice accounts to the
// browser that holds their key. Every action is guarded (lib/guard/access.ts).

/** Creates a sandbox App the signed-in person owns; every credential once. */
export const createApp = userAction("sandbox.createApp", sandboxAppInput, async (input, { user }) => {
  const created = await createOwnedApp({ ownerId: user.id, input });
  revalidatePath("/sandbox");
  return created;
});

/** Regenerates one credential of one of your Apps; the new value once. */
export const regenerateCredential = userAction(
  "sandbox.regenerateCredential",
  z.object({ appId: sandboxId, which: z.enum(["client-secret", "api-key", "bearer-token"], { error: "Choose what to regenerate." }) }),
  async ({ appId, which }, { user }) => {
    const result = await regenerateOwnedCredential({ ownerId: user.id, appId, which });
    revalidatePath("/sandbox");
    return result;
  },
);

/** Issues an OAuth 1.0a Access Token and Secret for one of your Apps, acting for a practice account this browser holds. */
export const generateAccessToken = userAction(
  "sandbox.generateAccessToken",
  z.object({ appId: sandboxId, userId: sandboxId }),
  async ({ appId, userId }, { user }) => {
    const result = await issueOwnedAccessToken({ ownerId: user.id, appId, userId });
    revalidatePath("/sandbox");
    return result;
  },
);

/** Deletes one of your Apps. */
export const deleteApp = userAction("sandbox.deleteApp", z.object({ appId: sandboxId }), async ({ appId }, { user }) => {
  const result = await deleteOwnedApp({ ownerId: user.id, appId });
  revalidatePath("/sandbox");
  return result;
});

/** Creates a practice account and gives this browser its key. */
export const createAccount = publicAction("sandbox.createAccount", sandboxUserInput, async (input, { origin }) => {
  const { account, key } = await createPracticeAccount(input);
  await holdAccount({ id: account.id, key }, origin);
  revalidatePath("/sandbox");
  return account;
});

/** Uses a practice account in this browser too, with its @username and password. */
export const addAccount = publicAction(
  "sandbox.addAccount",
  z.object({ username: sandboxUsername, password: z.string().min(1, "Enter the account's password.").max(200) }),
  async (input, { origin }) => {
    const { account, key } = await addPracticeAccount(input);
    await holdAccount({ id: account.id, key }, origin);
    revalidatePath("/sandbox");
    return account;
  },
);

/** Removes a practice account from this browser's list (the account itself stays). */
export const forgetAccount = publicAction("sandbox.forgetAccount", z.object({ userId: sandboxId }), async ({ userId }, { origin }) => {
  await forgetHeldAccount(userId, origin);
  revalidatePath("/sandbox");
  return { userId };
});
