import { ArrowLeftRight, Bird, Check, ShieldAlert } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { ConsentForm } from "@/components/sandbox/consent-form";
import { SandboxNotice } from "@/components/sandbox/sandbox-notice";
import { isSandbox } from "@/lib/env";
import { requestOrigin } from "@/lib/origin";
import { checkAuthorizeRequest, rawParamsFrom } from "@/lib/sandbox/authorize";
import { ensurePerchSandboxApp } from "@/lib/sandbox/config";
import { TWITTER_SCOPES } from "@/lib/sandbox/scopes";
import { findHeldAccounts } from "@/lib/sandbox/portal";
import { addAccount, createAccount } from "../../../actions";
import { decideAuthorization } from "./actions";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Authorize app · Twitter sandbox", robots: { index: false, follow: false } };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** Search params as URLSearchParams, keeping repeats so they can be refused. */
function toSearchParams(query: Record<string, string | string[] | undefined>): URLSearchParams {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(query)) {
    for (const v of Array.isArray(value) ? value : value === undefined ? [] : [value]) params.append(name, v);
  }
  return params;
}

// The sandbox's OAuth 2.0 authorization endpoint: Twitter's /i/oauth2/authorize, clearly labelled.
export default async function SandboxAuthorizePage({ searchParams }: Props) {
  if (!isSandbox) notFound();
  // Perch's own App must exist (with this address's callback) before anyone can pick it.
  await ensurePerchSandboxApp(await requestOrigin());
  const check = await checkAuthorizeRequest(rawParamsFrom(toSearchParams(await searchParams)));
  if (!check.ok && check.kind === "redirect") redirect(check.location);
  if (!check.ok) return <AuthorizeError title={check.title} message={check.message} returnTo={check.returnTo} />;

  const { request } = check;
  const accounts = await findHeldAccounts();
  const destination = new URL(request.redirectUri);

  return (
    <div className="mx-auto w-full max-w-lg">
      <div className="rounded-2xl border border-zinc-200 bg-white p-5 shadow-sm sm:p-8 dark:border-zinc-800 dark:bg-zinc-950">
        <SandboxNotice />
        <div className="mt-6 flex items-center gap-3" aria-hidden="true">
          <span className="flex h-12 w-12 items-center justify-center rounded-xl bg-sky-100 text-lg font-bold text-sky-900 dark:bg-sky-950 dark:text-sky-200">
            {Array.from(request.app.name)[0]?.toUpperCase() ?? "?"}
          </span>
          <ArrowLeftRight className="h-5 w-5 text-zinc-400" />
          <span className="flex h-12 w-12 items-center justify-center rounded-xl bg-zinc-900 text-white dark:bg-zinc-100 dark:text-zinc-900">
            <Bird className="h-6 w-6" />
          </span>
        </div>
        <h1 className="mt-4 text-2xl font-bold tracking-tight break-words">{request.app.name} wants to access your sandbox account</h1>
        <p className="mt-2 text-sm text-zinc-600 dark:text-zinc-400">
          After you decide, you will be sent back to <strong className="font-semibold text-zinc-900 [overflow-wrap:anywhere] dark:text-zinc-100">{destination.host}</strong>.
        </p>

        <section className="mt-6" aria-labelledby="scopes-heading">
          <h2 id="scopes-heading" className="text-sm font-semibold">
            This app will be able to
          </h2>
          <ul className="mt-2 space-y-2">
            {request.scopes.map((scope) => (
              <li key={scope} className="flex gap-2 text-sm">
                <Check className="mt-0.5 h-4 w-4 shrink-0 text-emerald-600 dark:text-emerald-400" aria-hidden="true" />
                <span>
                  {TWITTER_SCOPES[scope]} <code className="text-xs text-zinc-500 dark:text-zinc-400">{scope}</code>
                </span>
              </li>
            ))}
          </ul>
        </section>

        <div className="mt-6 border-t border-zinc-200 pt-6 dark:border-zinc-800">
          <ConsentForm params={request.params} accounts={accounts} decide={decideAuthorization} createAccount={createAccount} addAccount={addAccount} />
        </div>

        <p className="mt-6 text-xs text-zinc-600 dark:text-zinc-400">
          Practice accounts belong to the browser that made them (and to whoever knows their password, if they have one). They have nothing to do with any real Twitter account.{" "}
          <Link href="/sandbox" className="underline underline-offset-2">
            Open the sandbox developer portal
          </Link>
        </p>
      </div>
    </div>
  );
}

/**
 * Shown instead of redirecting: the sandbox never sends a browser to an App's callback on
 * its own after an error (anyone can register an App). When the callback is registered,
 * the person may choose to go back with the error.
 */
function AuthorizeError({ title, message, returnTo }: { title: string; message: string; returnTo?: { url: string; host: string; appName: string } }) {
  return (
    <div className="mx-auto w-full max-w-lg">
      <div className="rounded-2xl border border-zinc-200 bg-white p-5 shadow-sm sm:p-8 dark:border-zinc-800 dark:bg-zinc-950">
        <SandboxNotice />
        <div className="mt-6 flex items-start gap-3">
          <ShieldAlert className="mt-1 h-6 w-6 shrink-0 text-red-600 dark:text-red-400" aria-hidden="true" />
          <div>
            <h1 className="text-2xl font-bold tracking-tight">{title}</h1>
            <p className="mt-2 text-sm text-zinc-700 dark:text-zinc-300" data-testid="authorize-error">
              {message}
            </p>
          </div>
        </div>
        {returnTo ? (
          <p className="mt-4 text-sm">
            <a href={returnTo.url} rel="noreferrer" className="font-semibold text-sky-700 underline underline-offset-2 dark:text-sky-400" data-testid="return-to-app">
              Return to {returnTo.appName} at {returnTo.host} with this error
            </a>
          </p>
        ) : null}
        <p className="mt-6 text-sm">
          <Link href="/sandbox" className="font-semibold text-sky-700 underline underline-offset-2 dark:text-sky-400">
            Sandbox developer portal
          </Link>
          <span className="mx-2 text-zinc-400" aria-hidden="true">
            ·
          </span>
          <Link href="/" className="font-semibold text-sky-700 underline underline-offset-2 dark:text-sky-400">
            Perch home
          </Link>
        </p>
      </div>
    </div>
  );
}
