"use client";

import { SessionProvider } from "next-auth/react";
import type { ReactNode } from "react";

/** Client-side context: the next-auth session, fetched from /api/auth/session. */
export function Providers({ children }: { children: ReactNode }) {
  return <SessionProvider refetchOnWindowFocus>{children}</SessionProvider>;
}
