import "server-only";
import type { ClientInfo } from "@/lib/guard/client";
import { readAppSecrets } from "./apps";
import { appendAudit } from "./audit";
import { exportEnv } from "./env-export";
import { fieldLabel } from "./fields";

/** An app's credentials as a .env file, for an admin's explicit export; audited. */
export async function exportVaultApp({ userId, teamId, appId, client, now = new Date() }: { userId: string; teamId: string; appId: string; client?: ClientInfo; now?: Date }): Promise<{ fileName: string; text: string }> {
  const { meta, fields } = await readAppSecrets({ teamId, appId });
  const text = exportEnv({ appName: meta.name, environment: meta.environment, exportedAt: now, fields });
  await appendAudit({ teamId, actorId: userId, action: "app.exported", target: { type: "app", id: appId, label: meta.name }, detail: { fields: fields.map((f) => fieldLabel(f.name, f.label)) }, client });
  const slug = meta.name.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "") || "app";
  return { fileName: `${slug}.${meta.environment}.env`, text };
}
