"use server";

import { revalidatePath } from "next/cache";
import { isSandbox } from "@/lib/env";
import type { AppFormState, CredentialActionState, UserFormState } from "@/lib/sandbox/form-types";
import { submitAccessTokenForm, submitDeleteAppForm, submitRegenerateForm, submitSandboxAppForm, submitSandboxUserForm } from "@/lib/sandbox/forms";

// The sandbox developer portal's actions. The sandbox is one shared practice world per
// deployment (no owners, like a local test server), and exists only when it is switched on.

const OFF = "The Twitter sandbox is off in this deployment.";

/** Creates a sandbox App and returns its credentials once. */
export async function createAppAction(_state: AppFormState, formData: FormData): Promise<AppFormState> {
  if (!isSandbox) return { message: OFF };
  const result = await submitSandboxAppForm(formData);
  if (result.secrets) revalidatePath("/sandbox");
  return result;
}

/** Regenerates one credential of an App and returns the new value once. */
export async function regenerateAction(_state: CredentialActionState, formData: FormData): Promise<CredentialActionState> {
  if (!isSandbox) return { isError: true, message: OFF };
  const result = await submitRegenerateForm(formData);
  if (!result.isError) revalidatePath("/sandbox");
  return result;
}

/** Generates an OAuth 1.0a Access Token and Secret for a sandbox account. */
export async function generateAccessTokenAction(_state: CredentialActionState, formData: FormData): Promise<CredentialActionState> {
  if (!isSandbox) return { isError: true, message: OFF };
  const result = await submitAccessTokenForm(formData);
  if (!result.isError) revalidatePath("/sandbox");
  return result;
}

/** Deletes a sandbox App. */
export async function deleteAppAction(_state: CredentialActionState, formData: FormData): Promise<CredentialActionState> {
  if (!isSandbox) return { isError: true, message: OFF };
  const result = await submitDeleteAppForm(formData);
  if (!result.isError) revalidatePath("/sandbox");
  return result;
}

/** Creates a sandbox account. */
export async function createUserAction(_state: UserFormState, formData: FormData): Promise<UserFormState> {
  if (!isSandbox) return { message: OFF };
  const result = await submitSandboxUserForm(formData);
  if (result.user) revalidatePath("/sandbox");
  return result;
}
