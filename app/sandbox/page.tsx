import { AppWindow, LogIn, Users } from "lucide-react";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { AppCredentialActions } from "@/components/sandbox/app-credential-actions";
import { CreateAppForm } from "@/components/sandbox/create-app-form";
import { HeldAccounts } from "@/components/sandbox/held-accounts";
import { AddPracticeAccountForm, CreatePracticeAccountForm } from "@/components/sandbox/practice-account-forms";
import { SandboxNotice } from "@/components/sandbox/sandbox-notice";
import { ButtonLink } from "@/components/ui/button-link";
import { CopyField } from "@/components/ui/copy-button";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { getCurrentUser } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/permissions";
import { isSandbox } from "@/lib/env";
import { requestOrigin } from "@/lib/origin";
import { ensurePerchSandboxApp, sandboxEndpoints } from "@/lib/sandbox/config";
import { findHeldAccounts } from "@/lib/sandbox/portal";
import { countUserAccessTokens, findOwnedSandboxApps, SANDBOX_LIMITS } from "@/lib/sandbox/store";
import { findMyTeams } from "@/lib/teams/teams";
import { saveSecrets } from "../vault/[teamId]/actions";
import { addAccount, createAccount, createApp, deleteApp, forgetAccount, generateAccessToken, regenerateCredential } from "./actions";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Twitter sandbox", robots: { index: false, follow: false } };

const when = new Intl.DateTimeFormat("en", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" });

const card = "rounded-xl border border-zinc-200 p-4 sm:p-6 dark:border-zinc-800";

// The sandbox developer portal: your Apps and their keys, and this browser's practice accounts.
export default async function SandboxPortalPage() {
  if (!isSandbox) notFound();
  const origin = await requestOrigin();
  const perchApp = await ensurePerchSandboxApp(origin);
  const user = await getCurrentUser();
  const [apps, accounts, tokenCounts, teams] = await Promise.all([
    user ? findOwnedSandboxApps({ ownerId: user.id }) : Promise.resolve([]),
    findHeldAccounts(),
    user ? countUserAccessTokens({ ownerId: user.id }) : Promise.resolve(new Map<string, number>()),
    user ? findMyTeams({ userId: user.id }) : Promise.resolve([]),
  ]);
  // New keys can go straight into a team vault the person may write to.
  const vault = { teams: teams.filter((t) => can(t.role, "credential.edit")).map((t) => ({ teamId: t.id, teamName: t.name })), save: saveSecrets };
  const { authorizeUrl, apiUrl } = sandboxEndpoints(origin);

  return (
    <div className="mx-auto max-w-4xl space-y-10">
      <PageHeader
        title="Twitter sandbox"
        description="Perch's built-in stand-in for the Twitter developer portal and API. Create apps, keys and practice accounts here, then use them with Perch's vault or your own code — no Twitter account or internet needed."
      >
        <SandboxNotice />
      </PageHeader>

      <section aria-labelledby="endpoints-heading" className={card}>
        <h2 id="endpoints-heading" className="text-lg font-semibold">
          Endpoints
        </h2>
        <p className="mt-1 text-sm text-zinc-600 dark:text-zinc-400">
          The same paths as Twitter&apos;s, under this site. It checks the real protocol rules: exact callback URLs, PKCE (S256), single-use codes that expire in 30 seconds (a replayed code revokes
          what it issued), HTTP Basic client authentication for confidential clients, refresh-token rotation, and OAuth 1.0a signatures with timestamp and nonce checks.
        </p>
        <dl className="mt-4 grid gap-3">
          {[
            ["Authorize URL (instead of https://x.com/i/oauth2/authorize)", authorizeUrl],
            ["API base URL (instead of https://api.x.com)", apiUrl],
            ["Token URL", `${apiUrl}/2/oauth2/token`],
            ["Who am I", `${apiUrl}/2/users/me`],
          ].map(([label, value]) => (
            <div key={label}>
              <dt className="text-sm font-medium">{label}</dt>
              <dd className="mt-1">
                <CopyField value={value ?? ""} label={label ?? ""} />
              </dd>
            </div>
          ))}
        </dl>
      </section>

      <section aria-labelledby="apps-heading" className="space-y-4">
        <h2 id="apps-heading" className="text-xl font-semibold">
          Your apps
        </h2>
        {!user ? (
          <EmptyState icon={LogIn} title="Sign in to make sandbox apps">
            <p>Sandbox apps belong to the person who made them, so making one needs a Perch account. Signing in takes a moment: it uses a practice account.</p>
            <div className="mt-4">
              <ButtonLink href="/signin?callbackUrl=%2Fsandbox">Sign in</ButtonLink>
            </div>
          </EmptyState>
        ) : (
          <>
            <div className={card}>
              <h3 className="font-semibold">Create an app</h3>
              <p className="mb-4 mt-1 text-sm text-zinc-600 dark:text-zinc-400">
                You get the full set Twitter gives: API Key and Secret, Bearer Token, and an OAuth 2.0 Client ID (and Secret, for a confidential client). Up to {SANDBOX_LIMITS.appsPerOwner} apps each.
              </p>
              <CreateAppForm action={createApp} vault={vault} />
            </div>
            {apps.length === 0 ? (
              <EmptyState icon={AppWindow} title="No apps yet" />
            ) : (
              <ul className="space-y-4">
                {apps.map((app) => {
                  const tokens = tokenCounts.get(app.id) ?? 0;
                  return (
                    <li key={app.id} className={card} data-testid="sandbox-app">
                      <div className="flex flex-wrap items-baseline justify-between gap-2">
                        <h3 className="break-words text-lg font-semibold">
                          {app.name}
                          <span className="ml-2 rounded-full bg-zinc-100 px-2 py-0.5 align-middle text-xs font-semibold text-zinc-700 dark:bg-zinc-800 dark:text-zinc-300">
                            {app.clientType === "public" ? "Public client" : "Confidential client"}
                          </span>
                        </h3>
                        <p className="text-xs text-zinc-600 dark:text-zinc-400">Created {when.format(app.createdAt)} UTC</p>
                      </div>
                      <dl className="mt-4 grid gap-3 sm:grid-cols-2">
                        <div className="min-w-0">
                          <dt className="text-sm font-medium">Client ID</dt>
                          <dd className="mt-1">
                            <CopyField value={app.clientId} label={`Client ID of ${app.name}`} />
                          </dd>
                        </div>
                        <div className="min-w-0">
                          <dt className="text-sm font-medium">API Key</dt>
                          <dd className="mt-1">
                            <CopyField value={app.consumerKey} label={`API Key of ${app.name}`} />
                          </dd>
                        </div>
                        <div className="min-w-0 sm:col-span-2">
                          <dt className="text-sm font-medium">Callback URLs</dt>
                          <dd className="mt-1">
                            <ul className="space-y-1 text-sm">
                              {app.redirectUris.map((uri) => (
                                <li key={uri} className="break-all font-mono">
                                  {uri}
                                </li>
                              ))}
                            </ul>
                          </dd>
                        </div>
                        <div className="sm:col-span-2">
                          <dt className="text-sm font-medium">Secrets</dt>
                          <dd className="mt-1 text-sm text-zinc-600 dark:text-zinc-400">
                            Secrets were shown once, when they were made. Regenerate one to see a new value. {tokens === 1 ? "1 Access Token issued." : `${tokens} Access Tokens issued.`}
                          </dd>
                        </div>
                      </dl>
                      <div className="mt-4 border-t border-zinc-200 pt-4 dark:border-zinc-800">
                        <AppCredentialActions
                          appId={app.id}
                          appName={app.name}
                          isPublicClient={app.clientType === "public"}
                          accounts={accounts}
                          regenerate={regenerateCredential}
                          generateAccessToken={generateAccessToken}
                          deleteApp={deleteApp}
                          vault={vault}
                        />
                      </div>
                    </li>
                  );
                })}
              </ul>
            )}
          </>
        )}
        <p className="text-sm text-zinc-600 dark:text-zinc-400">
          Perch itself signs in through the sandbox with its own app, <strong>{perchApp.name}</strong> (Client ID <code className="text-xs">{perchApp.clientId}</code>). Its Client Secret is derived from this
          deployment&apos;s master key, so nobody can see or change it here.
        </p>
      </section>

      <section aria-labelledby="accounts-heading" className="space-y-4">
        <h2 id="accounts-heading" className="text-xl font-semibold">
          Practice accounts in this browser
        </h2>
        <p className="text-sm text-zinc-600 dark:text-zinc-400">
          Practice Twitter accounts. You pick one on the sandbox consent screen, or issue an Access Token that acts for one. Each belongs to the browser that made it; give it a password to use it from
          another browser too.
        </p>
        <div className="grid grid-cols-[minmax(0,1fr)] gap-4 md:grid-cols-2">
          <div className={`${card} space-y-6`}>
            <div>
              <h3 className="mb-3 font-semibold">Create an account</h3>
              <CreatePracticeAccountForm action={createAccount} />
            </div>
            <div className="border-t border-zinc-200 pt-4 dark:border-zinc-800">
              <h3 className="mb-3 font-semibold">Use an account from another browser</h3>
              <AddPracticeAccountForm action={addAccount} />
            </div>
          </div>
          <div className={card}>
            {accounts.length === 0 ? <EmptyState icon={Users} title="No practice accounts in this browser yet" /> : <HeldAccounts accounts={accounts} forget={forgetAccount} />}
          </div>
        </div>
      </section>
    </div>
  );
}
