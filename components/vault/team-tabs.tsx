"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { can, type Role } from "@/lib/auth/permissions";
import { cn } from "@/lib/utils";

/** The team's sections; the audit log only for roles that see some of it. */
export function TeamTabs({ teamId, role }: { teamId: string; role: Role }) {
  const pathname = usePathname();
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
    <nav aria-label="Team sections" className="border-b border-zinc-200 dark:border-zinc-800">
      <ul className="-mb-px flex gap-1 overflow-x-auto">
        {tabs.map((tab) => (
          <li key={tab.href}>
            <Link
              href={tab.href}
              aria-current={tab.isActive ? "page" : undefined}
              className={cn(
                "inline-block whitespace-nowrap border-b-2 px-3 py-2 text-sm font-medium",
                tab.isActive ? "border-sky-700 text-sky-800 dark:border-sky-400 dark:text-sky-300" : "border-transparent text-zinc-600 hover:text-zinc-900 dark:text-zinc-400 dark:hover:text-white",
              )}
            >
              {tab.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
