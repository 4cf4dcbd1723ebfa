import { KeyRound } from "lucide-react";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";

export const metadata = { title: "Vault" };

export default function VaultPage() {
  return (
    <>
      <PageHeader title="Vault" description="Your team's Twitter App keys and tokens, encrypted per team, masked until revealed on purpose, and audited." />
      <EmptyState icon={KeyRound} title="The vault is not open yet">
        <p>Team vaults are the next part of Perch being built. Until then, keep keys in a password manager, as the key-generation guide explains.</p>
      </EmptyState>
    </>
  );
}
