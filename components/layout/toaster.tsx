"use client";

import dynamic from "next/dynamic";

/**
 * Sonner's toast area, loaded after the page: most pages never show a toast, and a
 * toast() call loads the same module (so it finds this Toaster) when it is first needed.
 */
const SonnerToaster = dynamic(() => import("sonner").then((m) => m.Toaster), { ssr: false });

export function Toaster() {
  return <SonnerToaster richColors closeButton />;
}
