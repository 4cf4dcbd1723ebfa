import "server-only";
import { hashPassword, verifyPassword } from "@/lib/crypto/password";
import { AppError } from "@/lib/guard/errors";
import { newAccountKey, readHeldAccounts } from "./account-keys";
import { STANDARD_FIELDS, type StandardField } from "@/lib/vault/fields";
import type { NewSecrets, OneTimeSecret, PracticeAccount } from "./form-types";
import { isPerchApp } from "./config";
import type { SandboxAppInput, SandboxUserInput } from "./schemas";
import {
  addAccountKey,
  createSandboxApp,
  createSandboxUser,
  createUserAccessToken,
  deleteSandboxApp,
  findAccountCredentials,
  findAccountsByKeys,
  findLookAlikeUsername,
  findOwnedSandboxApp,
  regenerateAppCredential,
  SANDBOX_LIMITS,
  type RegenerableCredential,
  type SandboxAppView,
  type SandboxUserView,
} from "./store";

/**
 * What the sandbox developer portal and consent screen do, behind their guarded actions:
 * each function checks ownership (Apps belong to the signed-in person who made them;
 * practice accounts to the browser holding their key) and throws an AppError a person can
 * act on. Secrets are returned once, to the action that made them.
 */


const toAccount = ({ id, name, username }: SandboxUserView): PracticeAccount => ({ id, name, username });

/** The practice accounts this browser holds a valid key for, newest first. */
export async function findHeldAccounts(): Promise<PracticeAccount[]> {
  return (await findAccountsByKeys(await readHeldAccounts())).map(toAccount);
}

/** Throws unless this browser holds practice account `userId`. */
export async function requireHeldAccount(userId: string): Promise<PracticeAccount> {
  const account = (await findHeldAccounts()).find((a) => a.id === userId);
  if (!account) throw new AppError("FORBIDDEN", "That practice account isn't available in this browser. Create one, or add it with its @username and password.");
  return account;
}

/** Creates a practice account; returns it with the key this browser must keep. */
export async function createPracticeAccount(input: SandboxUserInput): Promise<{ account: PracticeAccount; key: string }> {
  const lookAlike = await findLookAlikeUsername(input.username);
  if (lookAlike) throw new AppError("BAD_INPUT", `@${input.username} looks too much like @${lookAlike}.`, { fieldErrors: { username: [`@${input.username} looks too much like @${lookAlike}, an existing account. Try another username.`] } });
  const { key, keyHash } = newAccountKey();
  const passwordHash = input.password ? await hashPassword(input.password) : null;
  const result = await createSandboxUser({ name: input.name, username: input.username, keyHash, passwordHash });
  if (!result.ok && result.reason === "taken") throw new AppError("BAD_INPUT", `@${input.username} is taken.`, { fieldErrors: { username: [`@${input.username} is taken. Try another username.`] } });
  if (!result.ok) throw new AppError("LIMIT_REACHED", `The sandbox already has ${SANDBOX_LIMITS.accounts} practice accounts, its limit. Ask the person running this Perch to clear old ones.`);
  return { account: toAccount(result.user), key };
}

/**
 * Signs this browser in to a practice account with its password: it gets a key of its own,
 * beside the other browsers'. The same answer for an unknown @username, a wrong password
 * and an account without one, so nothing tells them apart.
 */
export async function addPracticeAccount({ username, password }: { username: string; password: string }): Promise<{ account: PracticeAccount; key: string }> {
  const found = await findAccountCredentials(username);
  // Hash something either way so an unknown @username takes about as long as a wrong password.
  const isMatch = await verifyPassword(password, found?.passwordHash ?? "scrypt$32768$8$1$AAAAAAAAAAAAAAAAAAAAAA$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA");
  if (!found?.passwordHash || !isMatch) throw new AppError("BAD_INPUT", "That @username and password don't match a practice account with a password.", { fieldErrors: { password: ["That @username and password don't match."] } });
  const { key, keyHash } = newAccountKey();
  await addAccountKey({ userId: found.user.id, keyHash });
  return { account: toAccount(found.user), key };
}

/** The portal's name for each credential, and the vault field it goes into (whose .env name it shares). */
const SECRET_FIELDS = {
  consumerKey: { label: "API Key", field: "apiKey" },
  consumerSecret: { label: "API Key Secret", field: "apiKeySecret" },
  bearerToken: { label: "Bearer Token", field: "bearerToken" },
  clientId: { label: "Client ID", field: "clientId" },
  clientSecret: { label: "Client Secret", field: "clientSecret" },
  accessToken: { label: "Access Token", field: "accessToken" },
  accessTokenSecret: { label: "Access Token Secret", field: "accessTokenSecret" },
} as const satisfies Record<string, { label: string; field: StandardField }>;

function secretsList(values: Partial<Record<keyof typeof SECRET_FIELDS, string | null>>): OneTimeSecret[] {
  return (Object.keys(SECRET_FIELDS) as (keyof typeof SECRET_FIELDS)[]).flatMap((name) => {
    const value = values[name];
    const { label, field } = SECRET_FIELDS[name];
    return value ? [{ label, field, envName: STANDARD_FIELDS[field].env, value }] : [];
  });
}

/** Creates an App the signed-in person owns; every credential once. */
export async function createOwnedApp({ ownerId, input }: { ownerId: string; input: SandboxAppInput }): Promise<NewSecrets> {
  const result = await createSandboxApp({ ownerId, ...input });
  if (!result.ok) throw new AppError("LIMIT_REACHED", `You have ${SANDBOX_LIMITS.appsPerOwner} sandbox apps, the most allowed. Delete one to make another.`);
  const { app, secrets } = result;
  return { message: `Keys and tokens for ${app.name}`, appName: app.name, secrets: secretsList({ consumerKey: app.consumerKey, consumerSecret: secrets.consumerSecret, bearerToken: secrets.bearerToken, clientId: app.clientId, clientSecret: secrets.clientSecret }) };
}

async function requireOwnedApp(appId: string, ownerId: string): Promise<SandboxAppView> {
  const app = await findOwnedSandboxApp({ appId, ownerId });
  // Another person's App (or Perch's own) looks exactly like one that does not exist.
  if (!app) throw new AppError("NOT_FOUND", "That app doesn't exist, or it isn't yours.");
  return app;
}

const REGENERATED: Record<RegenerableCredential, string> = {
  "client-secret": "Client Secret",
  "api-key": "API Key, API Key Secret and Bearer Token",
  "bearer-token": "Bearer Token",
};

/** Regenerates one credential of an App the person owns; the new value once. */
export async function regenerateOwnedCredential({ ownerId, appId, which }: { ownerId: string; appId: string; which: RegenerableCredential }): Promise<NewSecrets> {
  const app = await requireOwnedApp(appId, ownerId);
  if (which === "client-secret" && app.clientType === "public") throw new AppError("BAD_INPUT", "A public client (Native App or Single Page App) has no Client Secret.");
  const result = await regenerateAppCredential({ appId, ownerId, which });
  if (!result) throw new AppError("NOT_FOUND", "That app doesn't exist, or it isn't yours.");
  return { message: `New ${REGENERATED[which]} for ${app.name}. The old ${which === "api-key" ? "ones stop" : "one stops"} working now.`, appName: app.name, secrets: secretsList(result.secrets) };
}

/** Issues an OAuth 1.0a Access Token and Secret for an owned App, acting for a practice account this browser holds. */
export async function issueOwnedAccessToken({ ownerId, appId, userId }: { ownerId: string; appId: string; userId: string }): Promise<NewSecrets> {
  const app = await requireOwnedApp(appId, ownerId);
  const account = await requireHeldAccount(userId);
  const tokens = await createUserAccessToken({ appId: app.id, userId: account.id });
  if (!tokens) throw new AppError("LIMIT_REACHED", `${app.name} has issued ${SANDBOX_LIMITS.accessTokensPerApp} Access Tokens, the most allowed. Regenerate its API Key to start again.`);
  return { message: `Access Token and Secret for @${account.username} on ${app.name}.`, appName: app.name, secrets: secretsList(tokens) };
}

/** Deletes an App the person owns (never Perch's own, which has no owner). */
export async function deleteOwnedApp({ ownerId, appId }: { ownerId: string; appId: string }): Promise<{ message: string }> {
  if (await isPerchApp(appId)) throw new AppError("FORBIDDEN", "Perch signs in with this app, so it cannot be deleted.");
  if (!(await deleteSandboxApp({ appId, ownerId }))) throw new AppError("NOT_FOUND", "That app doesn't exist, or it isn't yours.");
  return { message: "App deleted." };
}
