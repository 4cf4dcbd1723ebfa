"use client";

import Link from "next/link";
import { plainButtonClass } from "@/components/ui/button-styles";
import { DATABASE_UNAVAILABLE_DIGEST, DATABASE_UNAVAILABLE_MESSAGE } from "@/lib/db/unavailable";

/** Shown when a page fails to render. Never shows the error's message or stack. */
export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const isUnavailable = error.digest === DATABASE_UNAVAILABLE_DIGEST;
  return (
    <div className="mx-auto max-w-xl py-16 text-center" role="alert">
      <h1 className="text-3xl font-bold tracking-tight">{isUnavailable ? "Perch is unavailable for a moment" : "Something went wrong"}</h1>
      <p className="mt-3 text-zinc-600 dark:text-zinc-400">
        {isUnavailable ? `${DATABASE_UNAVAILABLE_MESSAGE} Your data is safe: a change either saves whole or not at all.` : "This page could not be shown. Nothing you entered has been lost on our side. Please try again."}
      </p>
      {error.digest ? <p className="mt-2 text-xs text-zinc-500 dark:text-zinc-400">Reference: {error.digest}</p> : null}
      <div className="mt-8 flex justify-center gap-3">
        <button type="button" onClick={reset} className={plainButtonClass()}>
          Try again
        </button>
        <Link href="/" className={plainButtonClass("secondary")}>
          Go home
        </Link>
      </div>
    </div>
  );
}
