import { KeyRound } from "lucide-react";
import { ButtonLink } from "@/components/ui/button-link";
import type { VaultField } from "@/lib/guides/types";

/**
 * Switch on when the vault's "new credential" form exists. Until then the offer is
 * hidden, so no guide step points at a page that is not there yet.
 */
export const IS_VAULT_READY: boolean = false;

/** Where the vault's new-credential form will live, pre-selecting the step's fields. */
export function vaultFormHref(fields: readonly VaultField[], from: { guide: string; step: string }): string {
  const params = new URLSearchParams({ fields: fields.join(","), from: `${from.guide}#${from.step}` });
  return `/vault/credentials/new?${params.toString()}`;
}

/** "Save to vault" for a step that produces keys or tokens. */
export function SaveToVault({ fields, guide, step }: { fields: readonly VaultField[]; guide: string; step: string }) {
  if (!IS_VAULT_READY || fields.length === 0) return null;
  return (
    <div className="print:hidden">
      <ButtonLink href={vaultFormHref(fields, { guide, step })} variant="secondary">
        <KeyRound className="h-4 w-4" aria-hidden="true" />
        Save to vault
      </ButtonLink>
    </div>
  );
}
