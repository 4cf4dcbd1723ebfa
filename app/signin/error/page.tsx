import { AlertTriangle } from "lucide-react";
import { ButtonLink } from "@/components/ui/button-link";
import { getCurrentUser } from "@/lib/auth/current-user";
import { SIGN_IN_ERRORS, toSignInError } from "@/lib/auth/sign-in-errors";

export const metadata = { title: "Sign-in problem" };
export const dynamic = "force-dynamic";

type Props = { searchParams: Promise<{ error?: string | string[] }> };

export default async function SignInErrorPage({ searchParams }: Props) {
  const { error } = await searchParams;
  const code = toSignInError(Array.isArray(error) ? error[0] : error);
  const { title, text } = SIGN_IN_ERRORS[code];
  // A failed callback never ends the session this browser had: say so, and offer both ways on.
  const user = await getCurrentUser();
  return (
    <div className="mx-auto max-w-md py-10">
      <div className="rounded-2xl border border-zinc-200 p-8 dark:border-zinc-800" role="alert">
        <AlertTriangle className="h-7 w-7 text-amber-600 dark:text-amber-400" aria-hidden="true" />
        <h1 className="mt-3 text-2xl font-bold tracking-tight">{title}</h1>
        <p className="mt-2 text-zinc-600 dark:text-zinc-400">{text}</p>
        {user ? (
          <p className="mt-3 text-zinc-600 dark:text-zinc-400" data-testid="still-signed-in">
            You are still signed in as <span className="font-semibold text-zinc-900 dark:text-zinc-100">@{user.username}</span>.
          </p>
        ) : null}
        <div className="mt-6 flex flex-wrap gap-3">
          {user ? (
            <>
              <ButtonLink href="/">Continue as @{user.username}</ButtonLink>
              <ButtonLink href="/signin?again=1" variant="secondary">
                Sign in again
              </ButtonLink>
            </>
          ) : (
            <>
              <ButtonLink href="/signin">Try again</ButtonLink>
              <ButtonLink href="/" variant="secondary">
                Go home
              </ButtonLink>
            </>
          )}
        </div>
      </div>
    </div>
  );
}
