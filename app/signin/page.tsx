import { FlaskConical } from "lucide-react";
import { redirect } from "next/navigation";
import { isSignInConfigured } from "@/lib/auth/options";
import { getCurrentUser } from "@/lib/auth/current-user";
import { safeCallbackPath } from "@/lib/auth/safe-redirect";
import { SIGN_IN_ERRORS } from "@/lib/auth/sign-in-errors";
import { isSandbox, siteOrigin } from "@/lib/env";
import { SignInButton } from "./sign-in-button";

export const metadata = { title: "Sign in" };

type Props = { searchParams: Promise<{ callbackUrl?: string | string[] }> };

export default async function SignInPage({ searchParams }: Props) {
  const { callbackUrl } = await searchParams;
  const returnTo = safeCallbackPath(Array.isArray(callbackUrl) ? callbackUrl[0] : callbackUrl, siteOrigin);
  if (await getCurrentUser()) redirect(returnTo);

  return (
    <div className="mx-auto max-w-md py-10">
      <div className="rounded-2xl border border-zinc-200 p-8 shadow-sm dark:border-zinc-800">
        <h1 className="text-2xl font-bold tracking-tight">Sign in to Perch</h1>
        <p className="mt-2 text-sm text-zinc-600 dark:text-zinc-400">
          Your Perch account is your Twitter account. Perch asks only to read your profile (name, @username and picture); it cannot post or read your messages.
        </p>
        {isSandbox ? (
          <p className="mt-4 flex gap-2 rounded-lg bg-amber-50 p-3 text-sm text-amber-900 dark:bg-amber-950 dark:text-amber-200">
            <FlaskConical className="mt-0.5 h-4 w-4 shrink-0" aria-hidden="true" />
            <span>This deployment uses the Twitter sandbox: you will pick or create a practice account on a look-alike consent screen. No real Twitter account is involved.</span>
          </p>
        ) : null}
        <div className="mt-6">
          {isSignInConfigured ? (
            <SignInButton callbackUrl={returnTo} label={isSandbox ? "Continue with the Twitter sandbox" : "Continue with Twitter"} />
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
