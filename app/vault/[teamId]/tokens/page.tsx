import { KeyRound } from "lucide-react";
import Link from "next/link";
import { notFound } from "next/navigation";
import { CreateTokenForm, RevokeTokenButton } from "@/components/vault/token-manager";
import { EmptyState } from "@/components/ui/empty-state";
import { can } from "@/lib/auth/permissions";
import { requestOrigin } from "@/lib/origin";
import { findServiceTokens, findTokenAppChoices, type TokenRow } from "@/lib/tokens/service-tokens";
import { loadTeamPage } from "@/lib/vault/load";
import { createTokenAction, revokeTokenAction } from "./actions";

export const metadata = { title: "Service tokens" };

type Props = { params: Promise<{ teamId: string }> };

const day = new Intl.DateTimeFormat("en", { dateStyle: "medium", timeZone: "UTC" });
const when = new Intl.DateTimeFormat("en", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" });

const STATUS_STYLE: Record<TokenRow["status"], string> = {
  active: "bg-emerald-100 text-emerald-900 dark:bg-emerald-950 dark:text-emerald-200",
  expired: "bg-zinc-200 text-zinc-800 dark:bg-zinc-800 dark:text-zinc-200",
  revoked: "bg-red-100 text-red-900 dark:bg-red-950 dark:text-red-200",
};

// Service tokens: read-only keys for programs (the read API and `perch run`), for admins and owners.
export default async function TokensPage({ params }: Props) {
  const { teamId } = await params;
  const { team } = await loadTeamPage(teamId, `/vault/${teamId}/tokens`);
  if (!can(team.role, "token.manage")) notFound();
  const [tokens, apps, origin] = await Promise.all([findServiceTokens({ teamId }), findTokenAppChoices({ teamId }), requestOrigin()]);
  return (
    <div className="grid gap-8 lg:grid-cols-[minmax(0,1fr)_24rem]">
      <section aria-labelledby="tokens" className="min-w-0 space-y-3">
        <h2 id="tokens" className="text-xl font-semibold">
          Service tokens
        </h2>
        <p className="text-sm text-zinc-600 dark:text-zinc-400">
          A service token lets a program read the secrets of the apps and environments you choose, with <code>perch run</code> or the read API, so keys stay out of <code>.env</code> files. Tokens belong to the team: they end when
          they expire, when someone revokes them, or when the team is deleted. Removing the member who made a token does <strong>not</strong> end it; revoke it here if it should stop. Every use is in the{" "}
          <Link href={`/vault/${teamId}/audit`} className="text-sky-700 underline underline-offset-2 dark:text-sky-400">
            audit log
          </Link>
          .
        </p>
        {tokens.length === 0 ? (
          <EmptyState icon={KeyRound} title="No service tokens yet" />
        ) : (
          <ul className="divide-y divide-zinc-200 rounded-xl border border-zinc-200 dark:divide-zinc-800 dark:border-zinc-800" aria-label="Service tokens" data-testid="token-list">
            {tokens.map((t) => (
              <li key={t.id} className="space-y-2 p-4" data-testid="token">
                <div className="flex flex-wrap items-center justify-between gap-2">
                  <p className="min-w-0 font-medium">
                    <span className="break-all">{t.name}</span> <code className="text-xs font-normal text-zinc-600 dark:text-zinc-400">{t.display}</code>
                  </p>
                  <span className={`rounded-full px-2 py-0.5 text-xs font-semibold ${STATUS_STYLE[t.status]}`}>{t.status === "active" ? "Active" : t.status === "expired" ? "Expired" : "Revoked"}</span>
                </div>
                <dl className="grid gap-x-4 gap-y-1 text-sm sm:grid-cols-[auto_minmax(0,1fr)]">
                  <dt className="text-zinc-600 dark:text-zinc-400">Reads</dt>
                  <dd className="break-words">
                    {t.allApps ? "every app" : t.apps.length ? t.apps.map((a) => a.name).join(", ") : "no app (its apps were deleted)"} · {t.environments.join(", ")}
                  </dd>
                  <dt className="text-zinc-600 dark:text-zinc-400">Created</dt>
                  <dd>
                    {day.format(t.createdAt)} by {t.createdBy ?? "a deleted account"}
                  </dd>
                  <dt className="text-zinc-600 dark:text-zinc-400">{t.status === "revoked" ? "Revoked" : t.status === "expired" ? "Expired" : "Expires"}</dt>
                  <dd>{day.format(t.status === "revoked" && t.revokedAt ? t.revokedAt : t.expiresAt)}</dd>
                  <dt className="text-zinc-600 dark:text-zinc-400">Last used</dt>
                  <dd>{t.lastUsedAt ? `${when.format(t.lastUsedAt)} UTC${t.lastUsedIp ? ` from ${t.lastUsedIp}` : ""}` : "never"}</dd>
                </dl>
                <div className="flex flex-wrap items-center gap-3">
                  {t.status === "active" ? <RevokeTokenButton teamId={teamId} tokenId={t.id} name={t.name} action={revokeTokenAction} /> : null}
                  <Link href={`/vault/${teamId}/audit?token=${t.id}`} className="text-sm text-sky-700 underline-offset-2 hover:underline dark:text-sky-400">
                    Its uses in the audit log
                  </Link>
                </div>
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="new-token" className="space-y-3">
        <h2 id="new-token" className="text-xl font-semibold">
          New token
        </h2>
        <CreateTokenForm teamId={teamId} apps={apps} origin={origin} action={createTokenAction} />
      </section>
    </div>
  );
}
