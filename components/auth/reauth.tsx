"use client";

import { LogIn, ShieldAlert } from "lucide-react";
import { usePathname } from "next/navigation";
import { reauthMessage, reauthPath } from "@/lib/auth/reauth";

const linkClass = "font-semibold underline underline-offset-2 focus-visible:outline-2 focus-visible:outline-offset-2";

/** "Sign in again", coming back to this page afterwards. */
export function ReauthLink({ returnTo }: { returnTo?: string }) {
  const pathname = usePathname();
  return (
    <a href={reauthPath(returnTo ?? pathname)} className={linkClass} data-testid="reauth-link">
      Sign in again
    </a>
  );
}

/** Said before a control that needs a recent sign-in, when this one is older. */
export function ReauthNotice({ seconds, what, returnTo }: { seconds: number; what: string; returnTo: string }) {
  return (
    <div role="note" className="flex gap-2 rounded-lg bg-amber-50 p-3 text-sm text-amber-900 dark:bg-amber-950 dark:text-amber-200" data-testid="reauth-notice">
      <ShieldAlert className="mt-0.5 h-4 w-4 shrink-0" aria-hidden="true" />
      <p>
        {reauthMessage(seconds)} That is asked before you {what}.{" "}
        <a href={reauthPath(returnTo)} className={`${linkClass} inline-flex items-center gap-1`} data-testid="reauth-link">
          <LogIn className="h-3.5 w-3.5" aria-hidden="true" /> Sign in again
        </a>{" "}
        and you will come back here.
      </p>
    </div>
  );
}
