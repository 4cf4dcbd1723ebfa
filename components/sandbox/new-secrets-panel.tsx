"use client";

import { SaveToVaultButton, type VaultTarget } from "@/components/vault/save-to-vault-button";
import type { ActionResult } from "@/lib/guard/result";
import type { NewSecrets } from "@/lib/sandbox/form-types";
import type { FieldName } from "@/lib/vault/fields";
import { OneTimeSecrets } from "./one-time-secrets";

/** Where the sandbox portal can save new secrets: the signed-in person's teams and the save action. */
export type SandboxVault = {
  teams: VaultTarget[];
  save: (input: { teamId: string; name: string; environment: "development" | "staging" | "production"; apiTarget: "twitter" | "sandbox"; fields: { name: FieldName; label: null; value: string }[] }) => Promise<ActionResult<{ appId: string; isNew: boolean }>>;
};

/** Secrets shown once, with "Save to vault" into the app of the same name (sandbox target). */
export function NewSecretsPanel({ secrets, vault }: { secrets: NewSecrets; vault?: SandboxVault }) {
  return (
    <OneTimeSecrets
      title={secrets.message}
      secrets={secrets.secrets}
      footer={vault ? <SaveToVaultButton teams={vault.teams} appName={secrets.appName} apiTarget="sandbox" fields={secrets.secrets.map((s) => ({ name: s.field, value: s.value }))} action={vault.save} /> : null}
    />
  );
}
