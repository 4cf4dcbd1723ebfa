import { KeyRound, Plus, Search } from "lucide-react";
import Link from "next/link";
import { DraftList } from "@/components/drafts/draft-list";
import { HealthBadges } from "@/components/vault/health-badges";
import { ButtonLink } from "@/components/ui/button-link";
import { EmptyState } from "@/components/ui/empty-state";
import { inputClass, labelClass } from "@/components/ui/form-styles";
import { can } from "@/lib/auth/permissions";
import { findDrafts } from "@/lib/drafts/saved-drafts";
import { APPS_PER_PAGE, findVaultApps, type AppFilters, type AppListItem } from "@/lib/vault/apps";
import { HEALTH_FLAGS, isProductionMissing, type HealthFlag } from "@/lib/vault/health";
import { loadTeamPage } from "@/lib/vault/load";
import { ENVIRONMENTS } from "@/lib/vault/schemas";

export const metadata = { title: "Vault" };

type Props = { params: Promise<{ teamId: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) ?? "";
const when = new Intl.DateTimeFormat("en", { dateStyle: "medium", timeZone: "UTC" });

/** One line under an app's name, as one string: one text node per row, not six. */
function rowFacts(app: AppListItem): string {
  const environment = app.environment[0]!.toUpperCase() + app.environment.slice(1);
  const credentials = app.fieldCount === 1 ? "1 credential" : `${app.fieldCount} credentials`;
  return [environment, app.accessLevel, credentials, app.apiTarget === "sandbox" ? "sandbox" : null, `changed ${when.format(app.updatedAt)}`].filter(Boolean).join(" · ");
}

/** Filters from the query string, ignoring anything that is not one of the known values. */
function readFilters(query: Record<string, string | string[] | undefined>): AppFilters & { page: number } {
  const environment = one(query.env);
  const health = one(query.health);
  return {
    q: one(query.q).slice(0, 100) || undefined,
    environment: (ENVIRONMENTS as readonly string[]).includes(environment) ? (environment as AppFilters["environment"]) : undefined,
    health: health === "healthy" || health in HEALTH_FLAGS ? (health as HealthFlag | "healthy") : undefined,
    page: Math.max(1, Math.min(1000, Number.parseInt(one(query.page), 10) || 1)),
  };
}

// A team's apps: search and filter by name, environment and health.
export default async function TeamAppsPage({ params, searchParams }: Props) {
  const { teamId } = await params;
  const { team } = await loadTeamPage(teamId, `/vault/${teamId}`);
  const filters = readFilters(await searchParams);
  const [{ apps, total, environments }, drafts] = await Promise.all([findVaultApps({ teamId, filters, page: filters.page }), findDrafts({ teamId })]);
  const canEdit = can(team.role, "credential.edit");
  const isFiltered = Boolean(filters.q || filters.environment || filters.health);
  const pages = Math.max(1, Math.ceil(total / APPS_PER_PAGE));
  const pageHref = (page: number) => `/vault/${teamId}?${new URLSearchParams({ ...(filters.q ? { q: filters.q } : {}), ...(filters.environment ? { env: filters.environment } : {}), ...(filters.health ? { health: filters.health } : {}), page: String(page) }).toString()}`;

  return (
    <div className="space-y-6">
      {isProductionMissing(environments) ? (
        <p className="rounded-lg border border-amber-300 bg-amber-50 p-3 text-sm text-amber-900 dark:border-amber-800 dark:bg-amber-950 dark:text-amber-200" role="note">
          No production app yet. The developer policy allows several apps for one use case only as development, staging and production: keep the production keys here too when you have them.
        </p>
      ) : null}
      <div className="flex flex-wrap items-end justify-between gap-3">
        <form className="flex flex-wrap items-end gap-2" role="search" aria-label="Filter apps">
          <div>
            <label htmlFor="q" className={labelClass}>
              Search
            </label>
            <div className="relative mt-1">
              <Search className="pointer-events-none absolute left-2.5 top-2.5 h-4 w-4 text-zinc-400" aria-hidden="true" />
              <input id="q" name="q" type="search" defaultValue={filters.q ?? ""} placeholder="App name" className={`${inputClass} w-56 pl-8`} />
            </div>
          </div>
          <div>
            <label htmlFor="env" className={labelClass}>
              Environment
            </label>
            <select id="env" name="env" defaultValue={filters.environment ?? ""} className={`${inputClass} mt-1 w-40`}>
              <option value="">Any</option>
              {ENVIRONMENTS.map((env) => (
                <option key={env} value={env}>
                  {env[0]!.toUpperCase() + env.slice(1)}
                </option>
              ))}
            </select>
          </div>
          <div>
            <label htmlFor="health" className={labelClass}>
              Health
            </label>
            <select id="health" name="health" defaultValue={filters.health ?? ""} className={`${inputClass} mt-1 w-52`}>
              <option value="">Any</option>
              <option value="healthy">Healthy</option>
              {(Object.keys(HEALTH_FLAGS) as HealthFlag[]).map((flag) => (
                <option key={flag} value={flag}>
                  {HEALTH_FLAGS[flag].label}
                </option>
              ))}
            </select>
          </div>
          <button type="submit" className="rounded-md border border-zinc-300 px-3 py-2 text-sm font-semibold hover:bg-zinc-50 dark:border-zinc-700 dark:hover:bg-zinc-800">
            Apply
          </button>
          {isFiltered ? (
            <Link href={`/vault/${teamId}`} className="px-2 py-2 text-sm text-sky-700 underline-offset-2 hover:underline dark:text-sky-400">
              Clear
            </Link>
          ) : null}
        </form>
        {canEdit ? (
          <ButtonLink href={`/vault/${teamId}/apps/new`}>
            <Plus className="h-4 w-4" aria-hidden="true" /> Add app
          </ButtonLink>
        ) : null}
      </div>

      {apps.length === 0 ? (
        <EmptyState icon={KeyRound} title={isFiltered ? "No app matches" : "No apps in this vault yet"}>
          {isFiltered ? (
            <p>Try another search or filter.</p>
          ) : (
            <p>
              Add your Twitter App&apos;s keys and tokens{canEdit ? " — or create a practice app in the " : "."}
              {canEdit ? (
                <Link href="/sandbox" className="font-medium text-sky-700 underline underline-offset-2 dark:text-sky-400">
                  sandbox
                </Link>
              ) : null}
              {canEdit ? " and save it here in one click." : null}
            </p>
          )}
        </EmptyState>
      ) : (
        <>
          <p className="text-sm text-zinc-600 dark:text-zinc-400" aria-live="polite">
            {total === 1 ? "1 app" : `${total} apps`}
            {isFiltered ? " match" : ""}
          </p>
          <ul className="divide-y divide-zinc-200 rounded-xl border border-zinc-200 dark:divide-zinc-800 dark:border-zinc-800" aria-label="Apps">
            {apps.map((app) => (
              <li key={app.id} className="vault-row" data-testid="vault-app">
                <div className="min-w-0">
                  <Link href={`/vault/${teamId}/apps/${app.id}`} className="vault-row-name">
                    {app.name}
                  </Link>
                  <p className="vault-row-facts">{rowFacts(app)}</p>
                </div>
                <HealthBadges flags={app.health} />
              </li>
            ))}
          </ul>
          {pages > 1 ? (
            <nav aria-label="Pages" className="flex items-center justify-between text-sm">
              {filters.page > 1 ? <Link href={pageHref(filters.page - 1)}>← Previous</Link> : <span />}
              <span>
                Page {filters.page} of {pages}
              </span>
              {filters.page < pages ? <Link href={pageHref(filters.page + 1)}>Next →</Link> : <span />}
            </nav>
          ) : null}
        </>
      )}

      {drafts.length > 0 ? (
        <section aria-labelledby="team-drafts" className="space-y-3 pt-4">
          <div className="flex items-baseline justify-between gap-2">
            <h2 id="team-drafts" className="text-lg font-semibold">
              Use-case drafts
            </h2>
            <Link href={`/vault/${teamId}/drafts`} className="text-sm text-sky-700 underline-offset-2 hover:underline dark:text-sky-400">
              All drafts
            </Link>
          </div>
          <DraftList teamId={teamId} drafts={drafts.slice(0, 5)} />
        </section>
      ) : null}
    </div>
  );
}
