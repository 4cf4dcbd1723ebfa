import Link from "next/link";
import { MainNav } from "./main-nav";
import { ThemeToggle } from "./theme-toggle";
import { AccountArea } from "./account-area";
import { PerchMark } from "./perch-mark";
import { SandboxBadge } from "./sandbox-badge";

/** The app header: product name, navigation, account and theme controls. */
export function SiteHeader() {
  return (
    <header className="border-b border-zinc-200 bg-white/90 backdrop-blur dark:border-zinc-800 dark:bg-zinc-950/90">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-4 gap-y-1 px-4 py-2 sm:px-6">
        <Link href="/" className="flex items-center gap-2 rounded-md py-1 text-lg font-semibold tracking-tight">
          <PerchMark className="h-7 w-7" />
          <span>Perch</span>
        </Link>
        <MainNav className="order-last w-full sm:order-none sm:w-auto" />
        <div className="ml-auto flex items-center gap-2">
          <SandboxBadge />
          <ThemeToggle />
          <AccountArea />
        </div>
      </div>
    </header>
  );
}
