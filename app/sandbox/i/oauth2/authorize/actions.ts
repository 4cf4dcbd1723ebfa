"use server";

import { isSandbox } from "@/lib/env";
import { approveAuthorization, denyAuthorization, rawParamsFrom } from "@/lib/sandbox/authorize";
import type { ConsentState, UserFormState } from "@/lib/sandbox/form-types";
import { submitSandboxUserForm } from "@/lib/sandbox/forms";

const OFF = "The Twitter sandbox is off in this deployment.";

/** Authorize or Cancel on the consent screen. Re-validates the whole request, then says where the browser goes. */
export async function decideAuthorization(_state: ConsentState, formData: FormData): Promise<ConsentState> {
  if (!isSandbox) return { message: OFF };
  const raw = rawParamsFrom(formData);
  const decision = formData.get("decision");
  const userId = formData.get("userId");
  const result =
    decision === "cancel"
      ? await denyAuthorization({ raw })
      : decision === "authorize"
        ? await approveAuthorization({ raw, userId: typeof userId === "string" ? userId : null })
        : { ok: false as const, message: "Choose Authorize app or Cancel." };
  return result.ok ? { location: result.location } : { message: result.message };
}

/** "Create a sandbox account" on the consent screen. */
export async function createConsentUser(_state: UserFormState, formData: FormData): Promise<UserFormState> {
  if (!isSandbox) return { message: OFF };
  return submitSandboxUserForm(formData);
}
