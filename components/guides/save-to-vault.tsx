import { KeyRound } from "lucide-react";
import { ButtonLink } from "@/components/ui/button-link";
import type { VaultField } from "@/lib/guides/types";

/** The vault's new-credential form (app/vault/credentials/new), pre-selecting the step's fields. */
export function vaultFormHref(fields: readonly VaultField[], from: { guide: string; step: string }): string {
  const params = new URLSearchParams({ fields: fields.join(","), from: `${from.guide}#${from.step}` });
  return `/vault/credentials/new?${params.toString()}`;
}

/** "Save to vault" for a step that produces keys or tokens. */
export function SaveToVault({ fields, guide, step }: { fields: readonly VaultField[]; guide: string; step: string }) {
  if (fields.length === 0) return null;
  return (
    <div className="print:hidden">
      <ButtonLink href={vaultFormHref(fields, { guide, step })} variant="secondary">
        <KeyRound className="h-4 w-4" aria-hidden="true" />
        Save to vault
      </ButtonLink>
    </div>
  );
}
