import "server-only";
import { isSandbox } from "@/lib/env";
import type { ClientInfo } from "@/lib/guard/client";
import { AppError } from "@/lib/guard/errors";
import { sandboxEndpoints } from "@/lib/sandbox/config";
import { checkCredentials, type CheckOutcome, type CredentialsToCheck } from "@/lib/twitter/credential-check";
import { readAppSecrets, recordTestOutcome } from "./apps";
import { appendAudit } from "./audit";
import { isStandardField } from "./fields";

/** Where "Test these credentials" sends its requests. */
const TWITTER_API = "https://api.x.com";
/** How the results name the API that answered. */
const API_NAMES = { twitter: "X", sandbox: "Perch's sandbox" } as const;

export type CredentialTestResult = { target: "twitter" | "sandbox"; apiUrl: string; userContext: CheckOutcome | null; appOnly: CheckOutcome | null; summary: string; ok: boolean };

function summarise(userContext: CheckOutcome | null, appOnly: CheckOutcome | null): { ok: boolean; summary: string } {
  const parts: string[] = [];
  // A failure names the catalogue's error when it knows one ("invalid: 401 Unauthorized").
  const failed = (o: Extract<CheckOutcome, { ok: false }>) => `${o.reason}${o.diagnosis ? `: ${o.diagnosis.title}` : ""}`;
  if (userContext) parts.push(userContext.ok ? `user context works${userContext.user ? ` (@${userContext.user.username})` : ""}` : `user context failed: ${failed(userContext)}`);
  if (appOnly) parts.push(appOnly.ok ? "app-only Bearer Token works" : `app-only failed: ${failed(appOnly)}`);
  const ran = [userContext, appOnly].filter((o): o is CheckOutcome => o !== null);
  return { ok: ran.length > 0 && ran.every((o) => o.ok), summary: parts.join("; ") || "nothing to test" };
}

/**
 * Tests an app's credentials against the API it targets (the sandbox, which really checks
 * signatures, or X): GET /2/users/me with OAuth 1.0a user context, and an app-only call with
 * the Bearer Token. Decrypts the fields for the call only, records the outcome (in words)
 * on the app (without changing its "changed" time: a test edits nothing), and writes an
 * audit entry. Messages name the API that answered (X, or Perch's sandbox). Nothing
 * returned holds a secret.
 */
export async function testAppCredentials({
  userId,
  serviceTokenId = null,
  teamId,
  appId,
  origin,
  client,
  now = new Date(),
}: {
  /** The person testing, or null when a service token does (`perch check`). */
  userId: string | null;
  serviceTokenId?: string | null;
  teamId: string;
  appId: string;
  origin: string;
  client?: ClientInfo;
  now?: Date;
}): Promise<CredentialTestResult> {
  const { meta, fields } = await readAppSecrets({ teamId, appId });
  const target = meta.apiTarget;
  if (target === "sandbox" && !isSandbox) throw new AppError("BAD_INPUT", "This app's credentials are tested against Perch's sandbox, which is off in this deployment. Edit the app to test against the X API.");
  const apiUrl = target === "sandbox" ? sandboxEndpoints(origin).apiUrl : TWITTER_API;
  const credentials: CredentialsToCheck = {};
  for (const f of fields) if (isStandardField(f.name) && f.name !== "clientId" && f.name !== "clientSecret") credentials[f.name] = f.value;
  const { userContext, appOnly } = await checkCredentials({ apiUrl, credentials, now, apiName: API_NAMES[target] });
  if (!userContext && !appOnly) throw new AppError("BAD_INPUT", "There is nothing to test yet: add the API Key, API Key Secret, Access Token and Access Token Secret, or a Bearer Token.");
  const { ok, summary } = summarise(userContext, appOnly);
  await recordTestOutcome({ teamId, appId, ok, summary, now });
  await appendAudit({ teamId, actorId: userId, serviceTokenId, action: "credential.tested", target: { type: "app", id: appId, label: meta.name }, detail: { target, ok, summary }, client });
  return { target, apiUrl, userContext, appOnly, summary, ok };
}
