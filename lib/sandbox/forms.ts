import "server-only";
import { z } from "zod";
import { PERCH_SANDBOX_CLIENT_ID } from "./config";
import type { AppFormState, CredentialActionState, OneTimeSecret, UserFormState } from "./form-types";
import { sandboxAppInput, sandboxId, sandboxUserInput } from "./schemas";
import { createSandboxApp, createSandboxUser, createUserAccessToken, deleteSandboxApp, findSandboxApp, findSandboxUser, regenerateAppCredential, type RegenerableCredential } from "./store";

/**
 * Form handling behind the sandbox's server actions: validate with zod, call the store,
 * and return plain data for the form to render (field errors, or secrets shown once).
 */

const text = (value: FormDataEntryValue | null): string => (typeof value === "string" ? value : "");
const firstError = (errors: string[] | undefined): string | undefined => errors?.[0];

/** "Create a sandbox account" (consent screen and portal). */
export async function submitSandboxUserForm(formData: FormData): Promise<UserFormState> {
  const values = { name: text(formData.get("name")), username: text(formData.get("username")) };
  const parsed = sandboxUserInput.safeParse(values);
  if (!parsed.success) {
    const { fieldErrors } = z.flattenError(parsed.error);
    return { values, fieldErrors: { name: firstError(fieldErrors.name), username: firstError(fieldErrors.username) } };
  }
  const result = await createSandboxUser(parsed.data);
  if (!result.ok) return { values, fieldErrors: { username: `@${parsed.data.username} is taken. Try another username.` } };
  const { id, name, username } = result.user;
  return { user: { id, name, username } };
}

/** "Create an App": returns every credential once. */
export async function submitSandboxAppForm(formData: FormData): Promise<AppFormState> {
  const values = { name: text(formData.get("name")), callbackUrls: text(formData.get("callbackUrls")) };
  const parsed = sandboxAppInput.safeParse(values);
  if (!parsed.success) {
    const { fieldErrors } = z.flattenError(parsed.error);
    return { values, fieldErrors: { name: firstError(fieldErrors.name), callbackUrls: firstError(fieldErrors.callbackUrls) } };
  }
  const { app, secrets } = await createSandboxApp(parsed.data);
  return {
    appName: app.name,
    secrets: [
      { label: "API Key", value: app.consumerKey, envName: "TWITTER_API_KEY" },
      { label: "API Key Secret", value: secrets.consumerSecret, envName: "TWITTER_API_KEY_SECRET" },
      { label: "Bearer Token", value: secrets.bearerToken, envName: "TWITTER_BEARER_TOKEN" },
      { label: "Client ID", value: app.clientId, envName: "TWITTER_CLIENT_ID" },
      { label: "Client Secret", value: secrets.clientSecret, envName: "TWITTER_CLIENT_SECRET" },
    ],
  };
}

const regenerateInput = z.object({ appId: sandboxId, which: z.enum(["client-secret", "api-key", "bearer-token"]) });

/** Regenerates one of an App's credentials; Perch's own client secret is derived and cannot be. */
export async function submitRegenerateForm(formData: FormData): Promise<CredentialActionState> {
  const parsed = regenerateInput.safeParse({ appId: formData.get("appId"), which: formData.get("which") });
  if (!parsed.success) return { isError: true, message: "That request was not understood. Reload the page and try again." };
  const { appId, which } = parsed.data;
  if (which === "client-secret" && (await isPerchApp(appId))) {
    return { isError: true, message: "Perch's own client secret is derived from NEXTAUTH_SECRET and cannot be regenerated here." };
  }
  const result = await regenerateAppCredential({ appId, which: which satisfies RegenerableCredential });
  if (!result) return { isError: true, message: "That app no longer exists." };
  const { secrets, app } = result;
  const shown: OneTimeSecret[] = [];
  if (secrets.consumerKey) shown.push({ label: "API Key", value: secrets.consumerKey, envName: "TWITTER_API_KEY" });
  if (secrets.consumerSecret) shown.push({ label: "API Key Secret", value: secrets.consumerSecret, envName: "TWITTER_API_KEY_SECRET" });
  if (secrets.bearerToken) shown.push({ label: "Bearer Token", value: secrets.bearerToken, envName: "TWITTER_BEARER_TOKEN" });
  if (secrets.clientSecret) shown.push({ label: "Client Secret", value: secrets.clientSecret, envName: "TWITTER_CLIENT_SECRET" });
  const what = { "client-secret": "Client Secret", "api-key": "API Key, API Key Secret and Bearer Token", "bearer-token": "Bearer Token" }[which];
  return { secrets: shown, message: `New ${what} for ${app.name}. The old ${which === "api-key" ? "ones stop" : "one stops"} working now.` };
}

const accessTokenInput = z.object({ appId: sandboxId, userId: sandboxId });

/** Generates an OAuth 1.0a Access Token and Secret for a sandbox account. */
export async function submitAccessTokenForm(formData: FormData): Promise<CredentialActionState> {
  const parsed = accessTokenInput.safeParse({ appId: formData.get("appId"), userId: formData.get("userId") });
  if (!parsed.success) return { isError: true, message: "Choose the sandbox account the token should act for." };
  const [app, user] = await Promise.all([findSandboxApp(parsed.data.appId), findSandboxUser(parsed.data.userId)]);
  if (!app || !user) return { isError: true, message: "That app or account no longer exists." };
  const { accessToken, accessTokenSecret } = await createUserAccessToken({ appId: app.id, userId: user.id });
  return {
    message: `Access Token and Secret for @${user.username} on ${app.name}.`,
    secrets: [
      { label: "Access Token", value: accessToken, envName: "TWITTER_ACCESS_TOKEN" },
      { label: "Access Token Secret", value: accessTokenSecret, envName: "TWITTER_ACCESS_TOKEN_SECRET" },
    ],
  };
}

/** Deletes an App (never Perch's own). */
export async function submitDeleteAppForm(formData: FormData): Promise<CredentialActionState> {
  const parsed = sandboxId.safeParse(formData.get("appId"));
  if (!parsed.success) return { isError: true, message: "That request was not understood." };
  if (await isPerchApp(parsed.data)) return { isError: true, message: "Perch signs in with this app, so it cannot be deleted." };
  return (await deleteSandboxApp({ appId: parsed.data })) ? { message: "App deleted." } : { isError: true, message: "That app was already deleted." };
}

async function isPerchApp(appId: string): Promise<boolean> {
  return (await findSandboxApp(appId))?.clientId === PERCH_SANDBOX_CLIENT_ID;
}
