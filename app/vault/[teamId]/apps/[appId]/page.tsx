import { Download, History, LogIn, Pencil } from "lucide-react";
import Link from "next/link";
import { notFound } from "next/navigation";
import { CredentialRow } from "@/components/vault/credential-row";
import { CredentialTestPanel } from "@/components/vault/credential-test-panel";
import { DeleteAppButton } from "@/components/vault/delete-app-button";
import { HealthBadges } from "@/components/vault/health-badges";
import { buttonClass, ButtonLink } from "@/components/ui/button-link";
import { EmptyState } from "@/components/ui/empty-state";
import { can } from "@/lib/auth/permissions";
import { isRecentSignIn, reauthPath } from "@/lib/auth/reauth";
import { ACCESS } from "@/lib/guard/access";
import { isAppError } from "@/lib/guard/errors";
import { getVaultApp } from "@/lib/vault/apps";
import { findAuditEntries } from "@/lib/vault/audit";
import { describeAuditDetail } from "@/lib/vault/audit-words";
import { loadTeamPage } from "@/lib/vault/load";
import { deleteApp, testApp } from "../../actions";

export const metadata = { title: "App" };

type Props = { params: Promise<{ teamId: string; appId: string }> };

const when = new Intl.DateTimeFormat("en", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" });
const day = new Intl.DateTimeFormat("en", { dateStyle: "medium", timeZone: "UTC" });

// One app: its details, its credentials (masked; reveal and copy on purpose), its health and history.
export default async function AppPage({ params }: Props) {
  const { teamId, appId } = await params;
  const { user, team } = await loadTeamPage(teamId, `/vault/${teamId}/apps/${appId}`);
  // Export asks for a recent sign-in (the access table): offer the sign-in first rather than a refusal after.
  const canExportNow = isRecentSignIn(user.signedInAt, ACCESS["POST /api/teams/[teamId]/apps/[appId]/export"].recentSignIn);
  const app = await getVaultApp({ teamId, appId }).catch((error: unknown) => {
    if (isAppError(error) && error.code === "NOT_FOUND") notFound();
    throw error;
  });
  const fieldLabels = Object.fromEntries(app.fields.map((f) => [f.name, f.label]));
  const history = can(team.role, "audit.viewOwn") ? await findAuditEntries({ teamId, viewer: { userId: user.id, role: team.role }, filters: { targetId: appId, limit: 20 } }) : [];
  const details: [string, string][] = [
    ["Environment", app.environment[0]!.toUpperCase() + app.environment.slice(1)],
    ["App ID", app.twitterAppId ?? "—"],
    ["Access level", app.accessLevel ?? "—"],
    ["Tests run against", app.apiTarget === "sandbox" ? "Perch's Twitter sandbox" : "The X (Twitter) API"],
    ["Rotate by", app.rotateBy ? day.format(app.rotateBy) : "—"],
    ["Version", `${app.version}, changed ${when.format(app.updatedAt)} UTC`],
  ];

  return (
    <div className="space-y-8">
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div className="min-w-0">
          <p className="text-sm">
            <Link href={`/vault/${teamId}`} className="text-zinc-600 hover:underline dark:text-zinc-400">
              ← All apps
            </Link>
          </p>
          <h2 className="mt-1 text-2xl font-bold break-words">{app.name}</h2>
          <div className="mt-2">
            <HealthBadges flags={app.health} withAdvice />
          </div>
        </div>
        <div className="flex flex-wrap gap-2">
          {can(team.role, "credential.edit") ? (
            <ButtonLink href={`/vault/${teamId}/apps/${appId}/edit`} variant="secondary">
              <Pencil className="h-4 w-4" aria-hidden="true" /> Edit
            </ButtonLink>
          ) : null}
          {can(team.role, "credential.export") && app.fields.length > 0 && !canExportNow ? (
            <ButtonLink href={reauthPath(`/vault/${teamId}/apps/${appId}`)} variant="secondary" data-testid="export-reauth">
              <LogIn className="h-4 w-4" aria-hidden="true" /> Sign in again to export .env
            </ButtonLink>
          ) : null}
          {can(team.role, "credential.export") && app.fields.length > 0 && canExportNow ? (
            <form method="post" action={`/api/teams/${teamId}/apps/${appId}/export`}>
              <button type="submit" className={buttonClass("secondary")}>
                <Download className="h-4 w-4" aria-hidden="true" /> Export .env
              </button>
            </form>
          ) : null}
        </div>
      </div>

      <dl className="grid gap-x-6 gap-y-3 rounded-xl border border-zinc-200 p-4 text-sm sm:grid-cols-3 dark:border-zinc-800">
        {details.map(([label, value]) => (
          <div key={label}>
            <dt className="text-zinc-600 dark:text-zinc-400">{label}</dt>
            <dd className="font-medium break-words">{value}</dd>
          </div>
        ))}
        {app.notes ? (
          <div className="sm:col-span-3">
            <dt className="text-zinc-600 dark:text-zinc-400">Notes</dt>
            <dd className="whitespace-pre-line break-words">{app.notes}</dd>
          </div>
        ) : null}
      </dl>

      <section aria-labelledby="credentials">
        <h3 id="credentials" className="text-lg font-semibold">
          Credentials
        </h3>
        {!can(team.role, "credential.reveal") ? <p className="mt-1 text-sm text-zinc-600 dark:text-zinc-400">As a viewer you see which credentials exist; members and above can reveal and copy them.</p> : null}
        {app.fields.length === 0 ? (
          <div className="mt-3">
            <EmptyState icon={Pencil} title="No credentials stored yet">
              <p>Edit the app to add its keys and tokens.</p>
            </EmptyState>
          </div>
        ) : (
          <div className="mt-2 divide-y divide-zinc-200 rounded-xl border border-zinc-200 px-4 dark:divide-zinc-800 dark:border-zinc-800">
            {app.fields.map((f) => (
              <CredentialRow
                key={f.name}
                teamId={teamId}
                appId={appId}
                field={f.name}
                label={f.label}
                hint={f.hint}
                length={f.length}
                changed={`changed ${when.format(f.updatedAt)} UTC${f.updatedBy ? ` by ${f.updatedBy}` : ""}`}
                canReveal={can(team.role, "credential.reveal")}
              />
            ))}
          </div>
        )}
      </section>

      {can(team.role, "credential.test") && app.fields.length > 0 ? (
        <div className="space-y-2">
          {app.lastTestedAt ? (
            <p className="text-sm text-zinc-600 dark:text-zinc-400" data-testid="last-test">
              Last tested {when.format(app.lastTestedAt)} UTC: {app.lastTestOk ? "worked" : "failed"} ({app.lastTestSummary}).
            </p>
          ) : null}
          <CredentialTestPanel teamId={teamId} appId={appId} target={app.apiTarget} action={testApp} />
        </div>
      ) : null}

      {history.length > 0 ? (
        <section aria-labelledby="history">
          <h3 id="history" className="flex items-center gap-2 text-lg font-semibold">
            <History className="h-5 w-5" aria-hidden="true" /> History
          </h3>
          <p className="mt-1 text-sm text-zinc-600 dark:text-zinc-400">Who changed, revealed, copied, tested or exported this app. Values are never recorded.</p>
          <ol className="mt-3 space-y-2 text-sm" data-testid="app-history">
            {history.map((entry) => (
              <li key={entry.id} className="flex flex-wrap gap-x-2">
                <time dateTime={entry.createdAt.toISOString()} className="text-zinc-600 dark:text-zinc-400">
                  {when.format(entry.createdAt)} UTC
                </time>
                <span>
                  <strong>{entry.actor ? `@${entry.actor.username}` : "someone who left"}</strong> {entry.actionLabel}
                  {describeAuditDetail(entry.action, entry.detail, fieldLabels)}
                </span>
              </li>
            ))}
          </ol>
          {can(team.role, "audit.viewOwn") ? (
            <Link href={`/vault/${teamId}/audit?target=${appId}`} className="mt-2 inline-block text-sm text-sky-700 underline-offset-2 hover:underline dark:text-sky-400">
              Full history in the audit log
            </Link>
          ) : null}
        </section>
      ) : null}

      {can(team.role, "app.delete") ? (
        <section aria-labelledby="danger" className="border-t border-zinc-200 pt-6 dark:border-zinc-800">
          <h3 id="danger" className="sr-only">
            Delete
          </h3>
          <DeleteAppButton teamId={teamId} appId={appId} appName={app.name} action={deleteApp} />
        </section>
      ) : null}
    </div>
  );
}
