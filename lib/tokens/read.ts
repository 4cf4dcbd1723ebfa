import "server-only";
import type { ClientInfo } from "@/lib/guard/client";
import { readAppSecrets } from "@/lib/vault/apps";
import { appendAudit } from "@/lib/vault/audit";
import { envVariables, exportEnv } from "@/lib/vault/env-export";
import type { AppEnvironment } from "@/lib/vault/schemas";
import { recordTokenUse, resolveTokenApp, type ServiceTokenPrincipal } from "./service-tokens";

/** What the read API answers: the app's variables under the names the `.env` export uses. */
export type SecretsAnswer = { team: { id: string; name: string }; app: { id: string; name: string }; environment: AppEnvironment; secrets: Record<string, string> };

/**
 * One app's secrets for a service token, after the scope check: as JSON, or as the `.env`
 * text the export writes. Every read is audited (token, app, variable names, address).
 */
export async function readSecretsWithToken({
  token,
  app,
  environment,
  format,
  client,
  now = new Date(),
}: {
  token: ServiceTokenPrincipal;
  app: string;
  environment?: AppEnvironment;
  format: "json" | "dotenv";
  client?: ClientInfo;
  now?: Date;
}): Promise<{ answer: SecretsAnswer; dotenv: string | null }> {
  const target = await resolveTokenApp({ token, app, environment });
  const { meta, fields } = await readAppSecrets({ teamId: token.teamId, appId: target.id });
  const variables = envVariables(fields);
  const dotenv = format === "dotenv" ? exportEnv({ appName: meta.name, environment: meta.environment, exportedAt: now, fields }) : null;
  await appendAudit({
    teamId: token.teamId,
    actorId: null,
    serviceTokenId: token.id,
    action: "secrets.read",
    target: { type: "app", id: target.id, label: meta.name },
    detail: { token: token.name, fields: variables.map((v) => v.envName), environment: meta.environment, format },
    client,
  });
  await recordTokenUse({ tokenId: token.id, client, now });
  return {
    answer: { team: { id: token.teamId, name: target.teamName }, app: { id: target.id, name: meta.name }, environment: meta.environment, secrets: Object.fromEntries(variables.map((v) => [v.envName, v.value])) },
    dotenv,
  };
}
