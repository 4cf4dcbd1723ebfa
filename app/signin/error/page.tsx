import { AlertTriangle } from "lucide-react";
import { ButtonLink } from "@/components/ui/button-link";
import { SIGN_IN_ERRORS, toSignInError } from "@/lib/auth/sign-in-errors";

export const metadata = { title: "Sign-in problem" };

type Props = { searchParams: Promise<{ error?: string | string[] }> };

export default async function SignInErrorPage({ searchParams }: Props) {
  const { error } = await searchParams;
  const code = toSignInError(Array.isArray(error) ? error[0] : error);
  const { title, text } = SIGN_IN_ERRORS[code];
  return (
    <div className="mx-auto max-w-md py-10">
      <div className="rounded-2xl border border-zinc-200 p-8 dark:border-zinc-800" role="alert">
        <AlertTriangle className="h-7 w-7 text-amber-600 dark:text-amber-400" aria-hidden="true" />
        <h1 className="mt-3 text-2xl font-bold tracking-tight">{title}</h1>
        <p className="mt-2 text-zinc-600 dark:text-zinc-400">{text}</p>
        <div className="mt-6 flex gap-3">
          <ButtonLink href="/signin">Try again</ButtonLink>
          <ButtonLink href="/" variant="secondary">Go home</ButtonLink>
        </div>
      </div>
    </div>
  );
}
