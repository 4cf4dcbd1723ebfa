import { MonitorSmartphone } from "lucide-react";
import { PageHeader } from "@/components/ui/page-header";
import { requireUser } from "@/lib/auth/current-user";
import { findSessions } from "@/lib/sessions/sessions";
import { describeUserAgent } from "@/lib/sessions/user-agent";
import { revokeOtherSessions, revokeSession } from "./actions";
import { RevokeButton } from "./_components/revoke-button";

export const metadata = { title: "Sessions" };

const when = new Intl.DateTimeFormat("en", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" });

export default async function SessionsPage() {
  const user = await requireUser("/settings/sessions");
  const sessions = await findSessions({ userId: user.id, currentSessionId: user.sessionId });
  const others = sessions.filter((s) => !s.isCurrent).length;
  return (
    <>
      <PageHeader title="Sessions" description="Where you are signed in to Perch. Sign out of any session you don't recognise.">
        {others > 0 ? <RevokeButton action={revokeOtherSessions} label="Sign out all other sessions" /> : null}
      </PageHeader>
      <ul className="divide-y divide-zinc-200 rounded-xl border border-zinc-200 dark:divide-zinc-800 dark:border-zinc-800">
        {sessions.map((s) => (
          <li key={s.id} className="flex flex-col gap-3 p-4 sm:flex-row sm:items-center sm:justify-between" data-testid="session-row">
            <div className="flex items-start gap-3">
              <MonitorSmartphone className="mt-0.5 h-5 w-5 text-zinc-500" aria-hidden="true" />
              <div>
                <p className="font-medium">
                  {describeUserAgent(s.userAgent)}
                  {s.isCurrent ? <span className="ml-2 rounded-full bg-emerald-100 px-2 py-0.5 text-xs font-semibold text-emerald-800 dark:bg-emerald-950 dark:text-emerald-300">This session</span> : null}
                </p>
                <p className="text-sm text-zinc-600 dark:text-zinc-400">
                  Signed in {when.format(s.createdAt)} UTC · last seen {when.format(s.lastSeenAt)} UTC
                </p>
              </div>
            </div>
            {s.isCurrent ? null : <RevokeButton action={revokeSession} sessionId={s.id} label="Sign out" accessibleLabel={`Sign out ${describeUserAgent(s.userAgent)} session from ${when.format(s.createdAt)}`} />}
          </li>
        ))}
      </ul>
    </>
  );
}
