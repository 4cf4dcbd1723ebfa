"use client";

import { LoaderCircle } from "lucide-react";
import { signIn } from "next-auth/react";
import { useState } from "react";
import { buttonClass } from "@/components/ui/button-link";

/** Starts the OAuth 2.0 + PKCE flow; next-auth creates the state and code verifier. */
export function SignInButton({ callbackUrl, label }: { callbackUrl: string; label: string }) {
  const [isBusy, setBusy] = useState(false);
  return (
    <button
      type="button"
      className={buttonClass("primary", "w-full py-2.5")}
      disabled={isBusy}
      aria-busy={isBusy}
      onClick={() => {
        setBusy(true);
        void signIn("twitter", { callbackUrl });
      }}
    >
      {isBusy ? <LoaderCircle className="h-4 w-4 animate-spin" aria-hidden="true" /> : null}
      {isBusy ? "Redirecting…" : label}
    </button>
  );
}
