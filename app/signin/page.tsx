import { AlertTriangle, FlaskConical } from "lucide-react";
import { redirect } from "next/navigation";
import { isSignInConfigured, SIGN_IN_SCOPES } from "@/lib/auth/options";
import { getCurrentUser } from "@/lib/auth/current-user";
import { isRecentSignIn } from "@/lib/auth/reauth";
import { safeCallbackPath } from "@/lib/auth/safe-redirect";
import { SIGN_IN_ERRORS, toSignInError } from "@/lib/auth/sign-in-errors";
import { newSignInFormToken } from "@/lib/auth/sign-in-start";
import { signInMode } from "@/lib/env";
import { RECENT_SIGN_IN_SECONDS } from "@/lib/guard/access";
import { requestOrigin } from "@/lib/origin";
import { SignInButton } from "./sign-in-button";

export const metadata = { title: "Sign in" };
export const dynamic = "force-dynamic";

type Props = { searchParams: Promise<{ callbackUrl?: string | string[]; error?: string | string[]; csrf?: string | string[]; reauth?: string | string[]; again?: string | string[] }> };

/** What each requested scope lets Perch do, and why it is asked for. */
const SCOPE_REASONS: Record<(typeof SIGN_IN_SCOPES)[number], string> = {
  "users.read": "read your profile (name, @username and picture), which becomes your Perch account",
  "tweet.read": "required by Twitter alongside users.read to look up your own profile; Perch reads no posts",
};

const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

export default async function SignInPage({ searchParams }: Props) {
  const query = await searchParams;
  const origin = await requestOrigin();
  const returnTo = safeCallbackPath(first(query.callbackUrl), origin);
  const user = await getCurrentUser();
  // Asked to sign in again (for an export or a re-key): a signed-in person stays here unless
  // their sign-in is already recent enough for everything that asks for one. From a failed
  // callback's page (`again`), they stay here whatever their sign-in's age.
  const isReauth = first(query.reauth) === "1" && user !== null;
  if (user && first(query.again) !== "1" && (!isReauth || isRecentSignIn(user.signedInAt, RECENT_SIGN_IN_SECONDS))) redirect(returnTo);
  // next-auth sends the browser back here with ?csrf=true when its form token had expired.
  const problem = first(query.csrf) === "true" ? SIGN_IN_ERRORS.FormExpired : first(query.error) ? SIGN_IN_ERRORS[toSignInError(first(query.error))] : null;
  const isSandbox = signInMode === "sandbox";

  return (
    <div className="mx-auto max-w-md py-10">
      <div className="rounded-2xl border border-zinc-200 p-8 shadow-sm dark:border-zinc-800">
        <h1 className="text-2xl font-bold tracking-tight">{isReauth ? "Sign in again" : "Sign in to Perch"}</h1>
        {isReauth ? (
          <p role="note" className="mt-2 rounded-lg bg-amber-50 p-3 text-sm text-amber-900 dark:bg-amber-950 dark:text-amber-200" data-testid="reauth-reason">
            You are signed in as @{user.username}, but what you asked for (exporting credentials, or changing a team&apos;s key) needs a sign-in from the last {RECENT_SIGN_IN_SECONDS / 60} minutes. Sign in
            again and you will go straight back.
          </p>
        ) : null}
        <p className="mt-2 text-sm text-zinc-600 dark:text-zinc-400">Your Perch account is your Twitter account. Perch asks Twitter for exactly two permissions:</p>
        <ul className="mt-2 space-y-1 text-sm text-zinc-600 dark:text-zinc-400" data-testid="sign-in-scopes">
          {SIGN_IN_SCOPES.map((scope) => (
            <li key={scope}>
              <code className="text-xs font-semibold text-zinc-900 dark:text-zinc-100">{scope}</code>: {SCOPE_REASONS[scope]}.
            </li>
          ))}
        </ul>
        <p className="mt-2 text-sm text-zinc-600 dark:text-zinc-400">It cannot post, like, follow or read your messages, and it keeps no token that lasts beyond two hours.</p>
        {isSandbox ? (
          <p className="mt-4 flex gap-2 rounded-lg bg-amber-50 p-3 text-sm text-amber-900 dark:bg-amber-950 dark:text-amber-200">
            <FlaskConical className="mt-0.5 h-4 w-4 shrink-0" aria-hidden="true" />
            <span>This deployment uses the Twitter sandbox: you will pick or create a practice account on a look-alike consent screen. No real Twitter account is involved.</span>
          </p>
        ) : null}
        {problem ? (
          <div role="alert" className="mt-4 flex gap-2 rounded-lg bg-red-50 p-3 text-sm text-red-900 dark:bg-red-950 dark:text-red-200">
            <AlertTriangle className="mt-0.5 h-4 w-4 shrink-0" aria-hidden="true" />
            <span>
              <strong className="font-semibold">{problem.title}.</strong> {problem.text}
            </span>
          </div>
        ) : null}
        <div className="mt-6">
          {isSignInConfigured ? (
            <SignInButton callbackUrl={returnTo} csrfToken={newSignInFormToken()} label={isSandbox ? "Continue with the Twitter sandbox" : "Continue with Twitter"} />
          ) : (
            <p role="alert" className="text-sm text-red-700 dark:text-red-400">
              {SIGN_IN_ERRORS.Configuration.text}
            </p>
          )}
        </div>
      </div>
    </div>
  );
}
