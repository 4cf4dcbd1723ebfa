import { AppWindow, Users } from "lucide-react";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { AppCredentialActions } from "@/components/sandbox/app-credential-actions";
import { CreateAppForm } from "@/components/sandbox/create-app-form";
import { SandboxAvatar } from "@/components/sandbox/sandbox-avatar";
import { SandboxNotice } from "@/components/sandbox/sandbox-notice";
import { SandboxUserForm } from "@/components/sandbox/sandbox-user-form";
import { CopyField } from "@/components/ui/copy-button";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { isSandbox, siteOrigin } from "@/lib/env";
import { ensurePerchSandboxApp, PERCH_SANDBOX_CLIENT_ID, sandboxEndpoints } from "@/lib/sandbox/config";
import { countUserAccessTokens, findSandboxApps, findSandboxUsers } from "@/lib/sandbox/store";
import { createAppAction, createUserAction, deleteAppAction, generateAccessTokenAction, regenerateAction } from "./actions";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Twitter sandbox", robots: { index: false, follow: false } };

const when = new Intl.DateTimeFormat("en", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" });

const card = "rounded-xl border border-zinc-200 p-4 sm:p-6 dark:border-zinc-800";

// The sandbox developer portal: Apps and their keys, and practice accounts.
export default async function SandboxPortalPage() {
  if (!isSandbox) notFound();
  await ensurePerchSandboxApp();
  const [apps, users, tokenCounts] = await Promise.all([findSandboxApps(), findSandboxUsers({ limit: 100 }), countUserAccessTokens()]);
  const userSummaries = users.map(({ id, name, username }) => ({ id, name, username }));
  const { authorizeUrl, apiUrl } = sandboxEndpoints(siteOrigin);

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
          The same paths as Twitter&apos;s, under this site. It checks the real protocol rules: exact callback URLs, PKCE (S256), single-use codes that expire in 30 seconds, HTTP Basic client
          authentication, and OAuth 1.0a signatures with timestamp and nonce checks.
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
          Apps
        </h2>
        <div className={card}>
          <h3 className="font-semibold">Create an app</h3>
          <p className="mb-4 mt-1 text-sm text-zinc-600 dark:text-zinc-400">You get the full set Twitter gives: API Key and Secret, Bearer Token, and an OAuth 2.0 Client ID and Secret.</p>
          <CreateAppForm action={createAppAction} />
        </div>
        {apps.length === 0 ? (
          <EmptyState icon={AppWindow} title="No apps yet" />
        ) : (
          <ul className="space-y-4">
            {apps.map((app) => {
              const isPerchApp = app.clientId === PERCH_SANDBOX_CLIENT_ID;
              const tokens = tokenCounts.get(app.id) ?? 0;
              return (
                <li key={app.id} className={card} data-testid="sandbox-app">
                  <div className="flex flex-wrap items-baseline justify-between gap-2">
                    <h3 className="break-words text-lg font-semibold">
                      {app.name}
                      {isPerchApp ? (
                        <span className="ml-2 rounded-full bg-sky-100 px-2 py-0.5 align-middle text-xs font-semibold text-sky-900 dark:bg-sky-950 dark:text-sky-200">Perch signs in with this app</span>
                      ) : null}
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
                        {isPerchApp
                          ? "The Client Secret is derived from this deployment's NEXTAUTH_SECRET. "
                          : "API Key Secret, Bearer Token and Client Secret were shown once, when they were made. "}
                        Regenerate one to see a new value. {tokens === 1 ? "1 Access Token issued." : `${tokens} Access Tokens issued.`}
                      </dd>
                    </div>
                  </dl>
                  <div className="mt-4 border-t border-zinc-200 pt-4 dark:border-zinc-800">
                    <AppCredentialActions
                      appId={app.id}
                      appName={app.name}
                      isPerchApp={isPerchApp}
                      users={userSummaries}
                      regenerate={regenerateAction}
                      generateAccessToken={generateAccessTokenAction}
                      deleteApp={deleteAppAction}
                    />
                  </div>
                </li>
              );
            })}
          </ul>
        )}
      </section>

      <section aria-labelledby="accounts-heading" className="space-y-4">
        <h2 id="accounts-heading" className="text-xl font-semibold">
          Sandbox accounts
        </h2>
        <p className="text-sm text-zinc-600 dark:text-zinc-400">Practice Twitter accounts. You pick one on the sandbox consent screen, or generate an Access Token that acts for one.</p>
        <div className="grid grid-cols-[minmax(0,1fr)] gap-4 md:grid-cols-2">
          <div className={card}>
            <h3 className="mb-3 font-semibold">Create an account</h3>
            <SandboxUserForm action={createUserAction} />
          </div>
          <div className={card}>
            {users.length === 0 ? (
              <EmptyState icon={Users} title="No accounts yet" />
            ) : (
              <ul className="max-h-96 space-y-3 overflow-y-auto" aria-label="Sandbox accounts">
                {users.map((user) => (
                  <li key={user.id} className="flex items-center gap-3">
                    <SandboxAvatar id={user.id} name={user.name} username={user.username} />
                    <div className="min-w-0">
                      <p className="truncate font-medium">{user.name}</p>
                      <p className="truncate text-sm text-zinc-600 [font-variant-ligatures:no-contextual] dark:text-zinc-400">
                        @{user.username} · id {user.id}
                      </p>
                    </div>
                  </li>
                ))}
              </ul>
            )}
          </div>
        </div>
      </section>
    </div>
  );
}
