"use client";

import { LoaderCircle } from "lucide-react";
import { useState } from "react";
import { buttonClass } from "@/components/ui/button-link";

/**
 * Starts the OAuth 2.0 + PKCE flow. A plain form post, so a click before the page has
 * hydrated is not lost; once hydrated it also shows that it is working.
 */
export function SignInButton({ callbackUrl, csrfToken, label }: { callbackUrl: string; csrfToken: string; label: string }) {
  const [isBusy, setBusy] = useState(false);
  return (
    <form method="post" action="/signin/start" onSubmit={() => setBusy(true)}>
      <input type="hidden" name="csrfToken" value={csrfToken} />
      <input type="hidden" name="callbackUrl" value={callbackUrl} />
      <button type="submit" className={buttonClass("primary", "w-full py-2.5")} aria-busy={isBusy} data-busy={isBusy || undefined}>
        {isBusy ? <LoaderCircle className="h-4 w-4 animate-spin" aria-hidden="true" /> : null}
        {isBusy ? "Redirecting…" : label}
      </button>
    </form>
  );
}
