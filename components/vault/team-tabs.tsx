"use client";

import { ChevronRight } from "lucide-react";
import Link from "next/link";
import { usePathname } from "next/navigation";
import { useEffect, useRef, useState } from "react";
import { can, type Role } from "@/lib/auth/permissions";
import { cn } from "@/lib/utils";

/** Whether the list scrolls sideways and has more to show on its right, kept up to date. */
function useMoreToTheRight() {
  const ref = useRef<HTMLUListElement>(null);
  const [hasMore, setHasMore] = useState(false);
  useEffect(() => {
    const list = ref.current;
    if (!list) return;
    const update = () => setHasMore(list.scrollLeft + list.clientWidth < list.scrollWidth - 1);
    update();
    const observer = new ResizeObserver(update);
    observer.observe(list);
    list.addEventListener("scroll", update, { passive: true });
    return () => {
      observer.disconnect();
      list.removeEventListener("scroll", update);
    };
  }, []);
  return { ref, hasMore };
}

/**
 * The team's sections; the audit log only for roles that see some of it. Compact enough to
 * fit a phone; where it still does not, a fade and a chevron say the list scrolls.
 */
export function TeamTabs({ teamId, role }: { teamId: string; role: Role }) {
  const pathname = usePathname();
  const { ref, hasMore } = useMoreToTheRight();
  const base = `/vault/${teamId}`;
  const tabs = [
    { href: base, label: "Apps", isActive: pathname === base || pathname.startsWith(`${base}/apps`) },
    { href: `${base}/drafts`, label: "Drafts", isActive: pathname.startsWith(`${base}/drafts`) },
    { href: `${base}/members`, label: "Members", isActive: pathname.startsWith(`${base}/members`) },
    ...(can(role, "token.manage") ? [{ href: `${base}/tokens`, label: "Tokens", isActive: pathname.startsWith(`${base}/tokens`) }] : []),
    ...(can(role, "audit.viewOwn") ? [{ href: `${base}/audit`, label: "Audit log", isActive: pathname.startsWith(`${base}/audit`) }] : []),
    { href: `${base}/settings`, label: "Settings", isActive: pathname.startsWith(`${base}/settings`) },
  ];
  return (
    <nav aria-label="Team sections" className="relative border-b border-zinc-200 dark:border-zinc-800">
      <ul ref={ref} className="-mb-px flex gap-0.5 overflow-x-auto sm:gap-1">
        {tabs.map((tab) => (
          <li key={tab.href}>
            <Link
              href={tab.href}
              aria-current={tab.isActive ? "page" : undefined}
              className={cn(
                "inline-block whitespace-nowrap border-b-2 px-2 py-2 text-sm font-medium sm:px-3",
                tab.isActive ? "border-sky-700 text-sky-800 dark:border-sky-400 dark:text-sky-300" : "border-transparent text-zinc-600 hover:text-zinc-900 dark:text-zinc-400 dark:hover:text-white",
              )}
            >
              {tab.label}
            </Link>
          </li>
        ))}
      </ul>
      {hasMore ? (
        <span className="pointer-events-none absolute inset-y-0 right-0 flex w-10 items-center justify-end bg-gradient-to-l from-white via-white/90 to-transparent dark:from-zinc-950 dark:via-zinc-950/90" data-testid="tabs-more" aria-hidden="true">
          <ChevronRight className="h-4 w-4 text-zinc-500" />
        </span>
      ) : null}
    </nav>
  );
}
