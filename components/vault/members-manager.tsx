"use client";

import { Link2, UserMinus } from "lucide-react";
import { useState } from "react";
import { ActionMessage } from "@/components/ui/action-message";
import { buttonClass } from "@/components/ui/button-link";
import { inputClass, labelClass } from "@/components/ui/form-styles";
import { cn } from "@/lib/utils";
import { CopyField } from "@/components/ui/copy-button";
import { SubmitButton } from "@/components/ui/submit-button";
import { useAction } from "@/components/ui/use-action";
import { ROLE_LABELS, type Role } from "@/lib/auth/permissions";
import type { ActionResult } from "@/lib/guard/result";

type Invitable = Exclude<Role, "owner">;
const INVITABLE: Invitable[] = ["viewer", "member", "admin"];

/** A member's role select and Remove button (for admins and owners). */
export function MemberControls({
  teamId,
  member,
  changeRole,
  remove,
}: {
  teamId: string;
  member: { userId: string; username: string; role: Role };
  changeRole: (input: { teamId: string; memberId: string; role: Invitable }) => Promise<ActionResult<null>>;
  remove: (input: { teamId: string; memberId: string }) => Promise<ActionResult<null>>;
}) {
  const roleChange = useAction(changeRole);
  const removal = useAction(remove);
  const [isConfirming, setConfirming] = useState(false);
  return (
    <div className="flex flex-wrap items-center gap-2">
      <label className="sr-only" htmlFor={`role-${member.userId}`}>
        Role of @{member.username}
      </label>
      <select
        id={`role-${member.userId}`}
        className={cn(inputClass, "w-32")}
        defaultValue={member.role}
        disabled={roleChange.isPending}
        onChange={(e) => void roleChange.run({ teamId, memberId: member.userId, role: e.target.value as Invitable })}
      >
        {INVITABLE.map((role) => (
          <option key={role} value={role}>
            {ROLE_LABELS[role]}
          </option>
        ))}
      </select>
      {isConfirming ? (
        <>
          <SubmitButton type="button" variant="danger" className="px-3 py-1.5" isPending={removal.isPending} onClick={() => void removal.run({ teamId, memberId: member.userId })} autoFocus>
            Remove @{member.username}
          </SubmitButton>
          <button type="button" className={buttonClass("secondary", "px-3 py-1.5")} onClick={() => setConfirming(false)}>
            Cancel
          </button>
        </>
      ) : (
        <button type="button" className={buttonClass("secondary", "px-3 py-1.5")} onClick={() => setConfirming(true)} aria-label={`Remove @${member.username} from the team`}>
          <UserMinus className="h-4 w-4" aria-hidden="true" /> Remove
        </button>
      )}
      <ActionMessage result={roleChange.result} success={roleChange.result?.ok ? "Role changed." : undefined} />
      <ActionMessage result={removal.result?.ok ? null : removal.result} />
    </div>
  );
}

/** Make an invite link: choose a role, get a single-use link to send (shown once). */
export function InviteForm({ teamId, myRole, action }: { teamId: string; myRole: Role; action: (input: FormData) => Promise<ActionResult<{ link: string; expiresAt: string }>> }) {
  const { result, isPending, onSubmit } = useAction(action);
  const roles = INVITABLE.filter((r) => myRole === "owner" || r !== "admin" || myRole === "admin");
  return (
    <div className="space-y-3">
      <form onSubmit={onSubmit} className="flex flex-wrap items-end gap-2">
        <input type="hidden" name="teamId" value={teamId} />
        <div>
          <label htmlFor="invite-role" className={labelClass}>
            Role
          </label>
          <select id="invite-role" name="role" defaultValue="member" className={cn(inputClass, "mt-1 w-36")}>
            {roles.map((role) => (
              <option key={role} value={role}>
                {ROLE_LABELS[role]}
              </option>
            ))}
          </select>
        </div>
        <SubmitButton isPending={isPending} icon={<Link2 className="h-4 w-4" aria-hidden="true" />}>
          Make invite link
        </SubmitButton>
      </form>
      {result?.ok ? (
        <div className="space-y-1 rounded-lg border border-sky-200 bg-sky-50/60 p-3 dark:border-sky-900 dark:bg-sky-950/40" data-testid="invite-link">
          <p className="text-sm font-medium">Send this link to the person you are inviting. It works once, until {new Date(result.data.expiresAt).toUTCString()}, and is shown only now.</p>
          <CopyField value={result.data.link} label="invite link" />
        </div>
      ) : (
        <ActionMessage result={result} />
      )}
    </div>
  );
}

/** Revoke an open invite link. */
export function RevokeInviteButton({ teamId, inviteId, action }: { teamId: string; inviteId: string; action: (input: { teamId: string; inviteId: string }) => Promise<ActionResult<null>> }) {
  const { result, isPending, run } = useAction(action);
  return (
    <span className="inline-flex items-center gap-2">
      <SubmitButton type="button" variant="secondary" className="px-3 py-1.5" isPending={isPending} onClick={() => void run({ teamId, inviteId })}>
        Revoke
      </SubmitButton>
      <ActionMessage result={result?.ok ? null : result} />
    </span>
  );
}
