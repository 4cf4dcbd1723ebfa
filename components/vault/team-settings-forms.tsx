"use client";

import { KeyRound, LogOut, Save, Trash2, UserCog } from "lucide-react";
import { useRouter } from "next/navigation";
import { ActionMessage } from "@/components/ui/action-message";
import { TextField } from "@/components/ui/field";
import { inputClass, labelClass } from "@/components/ui/form-styles";
import { cn } from "@/lib/utils";
import { SubmitButton } from "@/components/ui/submit-button";
import { useAction } from "@/components/ui/use-action";
import type { ActionResult } from "@/lib/guard/result";

type FormAction<T> = (input: FormData) => Promise<ActionResult<T>>;

/** Name and staleness limit. */
export function TeamSettingsForm({ teamId, name, staleAfterDays, action }: { teamId: string; name: string; staleAfterDays: number; action: FormAction<null> }) {
  const { result, isPending, onSubmit } = useAction(action);
  return (
    <form onSubmit={onSubmit} className="space-y-3" noValidate>
      <input type="hidden" name="teamId" value={teamId} />
      <TextField label="Team name" name="name" defaultValue={name} result={result} maxLength={60} required />
      <TextField label="Flag credentials unchanged for more than (days)" name="staleAfterDays" type="number" min={7} max={3650} defaultValue={staleAfterDays} result={result} hint="Vault health marks them “Unchanged for a long time”." />
      <ActionMessage result={result} success={result?.ok ? "Saved." : undefined} inlineFields={["name", "staleAfterDays"]} />
      <SubmitButton isPending={isPending} icon={<Save className="h-4 w-4" aria-hidden="true" />}>
        Save settings
      </SubmitButton>
    </form>
  );
}

/** Re-encrypt every credential under a new data key (owner). */
export function RekeyForm({ teamId, action }: { teamId: string; action: FormAction<{ fields: number; version: number }> }) {
  const { result, isPending, onSubmit } = useAction(action);
  return (
    <form onSubmit={onSubmit} className="space-y-3">
      <input type="hidden" name="teamId" value={teamId} />
      <ActionMessage result={result} success={result?.ok ? `Done: ${result.data.fields} credentials re-encrypted under data key version ${result.data.version}.` : undefined} />
      <SubmitButton isPending={isPending} variant="secondary" icon={<KeyRound className="h-4 w-4" aria-hidden="true" />}>
        Re-key this team
      </SubmitButton>
    </form>
  );
}

/** Make another member the owner. */
export function TransferForm({ teamId, members, action }: { teamId: string; members: { userId: string; username: string }[]; action: FormAction<null> }) {
  const router = useRouter();
  const { result, isPending, onSubmit } = useAction(action, { onSuccess: () => router.refresh() });
  if (members.length === 0) return <p className="text-sm text-zinc-600 dark:text-zinc-400">Invite someone first: ownership can only go to a member.</p>;
  return (
    <form onSubmit={onSubmit} className="flex flex-wrap items-end gap-2">
      <input type="hidden" name="teamId" value={teamId} />
      <div>
        <label htmlFor="new-owner" className={labelClass}>
          New owner
        </label>
        <select id="new-owner" name="memberId" className={cn(inputClass, "mt-1 w-56")}>
          {members.map((m) => (
            <option key={m.userId} value={m.userId}>
              @{m.username}
            </option>
          ))}
        </select>
      </div>
      <SubmitButton isPending={isPending} variant="secondary" icon={<UserCog className="h-4 w-4" aria-hidden="true" />}>
        Transfer ownership
      </SubmitButton>
      <ActionMessage result={result} />
    </form>
  );
}

/** Leave the team (not its owner). */
export function LeaveForm({ teamId, action }: { teamId: string; action: FormAction<null> }) {
  const router = useRouter();
  const { result, isPending, onSubmit } = useAction(action, { onSuccess: () => router.push("/vault") });
  return (
    <form onSubmit={onSubmit} className="space-y-2">
      <input type="hidden" name="teamId" value={teamId} />
      <SubmitButton isPending={isPending} variant="secondary" icon={<LogOut className="h-4 w-4" aria-hidden="true" />}>
        Leave this team
      </SubmitButton>
      <ActionMessage result={result} />
    </form>
  );
}

/** Delete the team, with its name typed to confirm. */
export function DeleteTeamForm({ teamId, name, action }: { teamId: string; name: string; action: FormAction<null> }) {
  const router = useRouter();
  const { result, isPending, onSubmit } = useAction(action, { onSuccess: () => router.push("/vault") });
  return (
    <form onSubmit={onSubmit} className="space-y-3" noValidate>
      <input type="hidden" name="teamId" value={teamId} />
      <TextField label={`Type “${name}” to confirm`} name="confirmName" result={result} autoComplete="off" />
      <ActionMessage result={result} inlineFields={["confirmName"]} />
      <SubmitButton isPending={isPending} variant="danger" icon={<Trash2 className="h-4 w-4" aria-hidden="true" />}>
        Delete the team and all its credentials
      </SubmitButton>
    </form>
  );
}
