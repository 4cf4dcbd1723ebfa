import { ScrollText } from "lucide-react";
import Link from "next/link";
import { notFound } from "next/navigation";
import { EmptyState } from "@/components/ui/empty-state";
import { inputClass, labelClass } from "@/components/ui/form-styles";
import { cn } from "@/lib/utils";
import { describeAuditDetail } from "@/lib/vault/audit-words";
import { can } from "@/lib/auth/permissions";
import { findMembers } from "@/lib/teams/teams";
import { findTokenChoices } from "@/lib/tokens/service-tokens";
import { AUDIT_ACTIONS, findAuditEntries } from "@/lib/vault/audit";
import { loadTeamPage } from "@/lib/vault/load";
import { describeUserAgent } from "@/lib/sessions/user-agent";

export const metadata = { title: "Audit log" };

type Props = { params: Promise<{ teamId: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) ?? "";
const when = new Intl.DateTimeFormat("en", { dateStyle: "medium", timeStyle: "medium", timeZone: "UTC" });

// The team's audit log: every read of a secret and every change. Admins see everyone's; members their own.
export default async function AuditPage({ params, searchParams }: Props) {
  const { teamId } = await params;
  const { user, team } = await loadTeamPage(teamId, `/vault/${teamId}/audit`);
  if (!can(team.role, "audit.viewOwn")) notFound();
  const query = await searchParams;
  const seesAll = can(team.role, "audit.view");
  const action = one(query.action) in AUDIT_ACTIONS ? one(query.action) : undefined;
  const actorId = seesAll && /^[A-Za-z0-9_-]{1,64}$/.test(one(query.actor)) ? one(query.actor) : undefined;
  const targetId = /^[A-Za-z0-9_-]{1,64}$/.test(one(query.target)) ? one(query.target) : undefined;
  const tokenId = seesAll && /^[A-Za-z0-9_-]{1,64}$/.test(one(query.token)) ? one(query.token) : undefined;
  const [entries, members, tokens] = await Promise.all([
    findAuditEntries({ teamId, viewer: { userId: user.id, role: team.role }, filters: { action, actorId, targetId, tokenId, limit: 200 } }),
    seesAll ? findMembers({ userId: user.id, teamId }) : Promise.resolve([]),
    seesAll ? findTokenChoices({ teamId }) : Promise.resolve([]),
  ]);

  return (
    <div className="space-y-4">
      <p className="text-sm text-zinc-600 dark:text-zinc-400">
        {seesAll ? "Everyone's actions in this team" : "Your own actions in this team (admins see everyone's)"}: who did what, when and from where. Values are never recorded.
      </p>
      <form className="flex flex-wrap items-end gap-2" aria-label="Filter the audit log">
        <div>
          <label htmlFor="action" className={labelClass}>
            What
          </label>
          <select id="action" name="action" defaultValue={action ?? ""} className={cn(inputClass, "mt-1 w-64")}>
            <option value="">Anything</option>
            {Object.entries(AUDIT_ACTIONS).map(([value, label]) => (
              <option key={value} value={value}>
                {label[0]!.toUpperCase() + label.slice(1)}
              </option>
            ))}
          </select>
        </div>
        {seesAll ? (
          <div>
            <label htmlFor="actor" className={labelClass}>
              Who
            </label>
            <select id="actor" name="actor" defaultValue={actorId ?? ""} className={cn(inputClass, "mt-1 w-48")}>
              <option value="">Anyone</option>
              {members.map((m) => (
                <option key={m.userId} value={m.userId}>
                  @{m.username}
                </option>
              ))}
            </select>
          </div>
        ) : null}
        {seesAll && tokens.length > 0 ? (
          <div>
            <label htmlFor="token" className={labelClass}>
              Service token
            </label>
            <select id="token" name="token" defaultValue={tokenId ?? ""} className={`${inputClass} mt-1 w-56`}>
              <option value="">Any, or none</option>
              {tokens.map((t) => (
                <option key={t.id} value={t.id}>
                  {t.name} ({t.display})
                </option>
              ))}
            </select>
          </div>
        ) : null}
        {targetId ? <input type="hidden" name="target" value={targetId} /> : null}
        <button type="submit" className="rounded-md border border-zinc-300 px-3 py-2 text-sm font-semibold hover:bg-zinc-50 dark:border-zinc-700 dark:hover:bg-zinc-800">
          Apply
        </button>
        {action || actorId || targetId || tokenId ? (
          <Link href={`/vault/${teamId}/audit`} className="px-2 py-2 text-sm text-sky-700 underline-offset-2 hover:underline dark:text-sky-400">
            Clear
          </Link>
        ) : null}
      </form>
      {entries.length === 0 ? (
        <EmptyState icon={ScrollText} title="Nothing here yet" />
      ) : (
        // On a phone each entry stacks (when and who, then what, then from) instead of
        // squeezing four columns into 390 px; from sm up it is a plain table.
        <div className="rounded-xl border border-zinc-200 sm:overflow-x-auto dark:border-zinc-800">
          <table className="block w-full text-left text-sm sm:table" data-testid="audit-log">
            <caption className="sr-only">Audit log, newest first</caption>
            <thead className="hidden bg-zinc-50 text-xs uppercase tracking-wide text-zinc-600 sm:table-header-group dark:bg-zinc-900 dark:text-zinc-400">
              <tr>
                <th scope="col" className="px-3 py-2">
                  When (UTC)
                </th>
                <th scope="col" className="px-3 py-2">
                  Who
                </th>
                <th scope="col" className="px-3 py-2">
                  What
                </th>
                <th scope="col" className="px-3 py-2">
                  From
                </th>
              </tr>
            </thead>
            <tbody className="block divide-y divide-zinc-200 sm:table-row-group dark:divide-zinc-800">
              {entries.map((e) => (
                <tr key={e.id} className="grid grid-cols-[auto_minmax(0,1fr)] gap-x-3 gap-y-1 px-3 py-2 sm:table-row sm:p-0" data-testid="audit-entry">
                  <td className="whitespace-nowrap text-zinc-600 sm:table-cell sm:px-3 sm:py-2 sm:align-top sm:text-inherit dark:text-zinc-400 sm:dark:text-inherit">
                    <time dateTime={e.createdAt.toISOString()}>{when.format(e.createdAt)}</time>
                  </td>
                  <td className="min-w-0 break-words sm:table-cell sm:px-3 sm:py-2 sm:align-top">{e.actor ? `@${e.actor.username}` : e.serviceToken ? `token “${e.serviceToken.name}”` : "—"}</td>
                  <td className="col-span-2 min-w-0 break-words sm:table-cell sm:px-3 sm:py-2 sm:align-top" data-testid="audit-what">
                    {e.actionLabel}: <span className="font-medium">{e.targetLabel}</span>
                    {describeAuditDetail(e.action, e.detail)}
                  </td>
                  <td className="col-span-2 min-w-0 break-words text-zinc-600 sm:table-cell sm:px-3 sm:py-2 sm:align-top dark:text-zinc-400" data-testid="audit-from">
                    <span className="sr-only sm:hidden">From </span>
                    {e.ip ?? "—"}
                    {e.userAgent ? <span className="block text-xs">{describeUserAgent(e.userAgent)}</span> : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
