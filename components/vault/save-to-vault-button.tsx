"use client";

import { KeyRound } from "lucide-react";
import Link from "next/link";
import { useId, useState } from "react";
import { ActionMessage } from "@/components/ui/action-message";
import { inputClass, labelClass } from "@/components/ui/form-styles";
import { cn } from "@/lib/utils";
import { SubmitButton } from "@/components/ui/submit-button";
import { useAction } from "@/components/ui/use-action";
import type { ActionResult } from "@/lib/guard/result";
import type { FieldName } from "@/lib/vault/fields";

export type VaultTarget = { teamId: string; teamName: string };
type SaveInput = { teamId: string; name: string; environment: "development" | "staging" | "production"; apiTarget: "twitter" | "sandbox"; fields: { name: FieldName; label: null; value: string }[] };

/**
 * Saves credentials that are shown once (a sandbox app's keys, a generated token) into the
 * team vault's app of the same name, in one click; with several teams, pick which.
 */
export function SaveToVaultButton({
  teams,
  appName,
  apiTarget,
  fields,
  action,
}: {
  teams: VaultTarget[];
  appName: string;
  apiTarget: "twitter" | "sandbox";
  fields: { name: FieldName; value: string }[];
  action: (input: SaveInput) => Promise<ActionResult<{ appId: string; isNew: boolean }>>;
}) {
  const id = useId();
  const [teamId, setTeamId] = useState(teams[0]?.teamId ?? "");
  const { result, isPending, run } = useAction(action);
  if (teams.length === 0) return null;
  return (
    <div className="flex flex-wrap items-end gap-2" data-testid="save-to-vault">
      {teams.length > 1 ? (
        <div>
          <label htmlFor={`${id}-team`} className={labelClass}>
            Team
          </label>
          <select id={`${id}-team`} className={cn(inputClass, "mt-1 w-48")} value={teamId} onChange={(e) => setTeamId(e.target.value)}>
            {teams.map((t) => (
              <option key={t.teamId} value={t.teamId}>
                {t.teamName}
              </option>
            ))}
          </select>
        </div>
      ) : null}
      <SubmitButton
        type="button"
        variant="secondary"
        isPending={isPending}
        disabled={isPending || Boolean(result?.ok)}
        icon={<KeyRound className="h-4 w-4" aria-hidden="true" />}
        onClick={() => void run({ teamId, name: appName, environment: "development", apiTarget, fields: fields.map((f) => ({ name: f.name, label: null, value: f.value })) })}
      >
        {result?.ok ? "Saved to vault" : "Save to vault"}
      </SubmitButton>
      {result?.ok ? (
        <p role="status" className="text-sm text-emerald-700 dark:text-emerald-400">
          {result.data.isNew ? "Saved as a new app" : "Saved into the app"} “{appName}”.{" "}
          <Link href={`/vault/${teamId}/apps/${result.data.appId}`} className="font-semibold underline underline-offset-2">
            Open it
          </Link>
        </p>
      ) : (
        <ActionMessage result={result} />
      )}
    </div>
  );
}
