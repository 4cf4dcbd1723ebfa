"use client";

import { UserRound } from "lucide-react";
import dynamic from "next/dynamic";
import Link from "next/link";
import { usePathname } from "next/navigation";
import { useSession } from "./use-session";

// Until the session is known (the server render, hydration, the first answer) the header
// shows a real, labelled way on rather than an empty pill: it also works without JavaScript.
const placeholder = (
  <Link href="/signin" className="inline-flex h-8 items-center gap-1.5 rounded-md px-2 text-sm font-medium text-zinc-700 hover:bg-zinc-100 dark:text-zinc-300 dark:hover:bg-zinc-800" data-testid="account-placeholder">
    <UserRound className="h-4 w-4" aria-hidden="true" />
    Account
  </Link>
);

// The menu (Radix, icons, sign-out) is a separate download that only signed-in people make.
const AccountMenu = dynamic(() => import("./account-menu").then((m) => m.AccountMenu), { loading: () => placeholder });

/** Header account area: a sign-in link, or the signed-in person's menu. */
export function AccountArea() {
  const session = useSession();
  const pathname = usePathname();

  if (session.status === "loading") return placeholder;
  if (session.status === "unauthenticated") {
    const back = pathname && pathname !== "/signin" ? `?callbackUrl=${encodeURIComponent(pathname)}` : "";
    return (
      <Link href={`/signin${back}`} className="rounded-md bg-zinc-900 px-3 py-1.5 text-sm font-medium text-white hover:bg-zinc-700 dark:bg-white dark:text-zinc-900 dark:hover:bg-zinc-200">
        Sign in
      </Link>
    );
  }
  return <AccountMenu user={session.data.user} />;
}
