"use client";

import * as Dialog from "@radix-ui/react-dialog";
import * as DropdownMenu from "@radix-ui/react-dropdown-menu";
import { ChevronDown, Info, LogOut, MonitorSmartphone } from "lucide-react";
import type { Session } from "next-auth";
import Link from "next/link";
import { signOut } from "next-auth/react";
import { useState } from "react";
import { clearBrowserDrafts, countUnsavedDrafts } from "@/components/drafts/browser-drafts";
import { clearBrowserProgress } from "@/components/guides/progress-browser-store";
import { buttonClass } from "@/components/ui/button-link";

const itemClass = "flex cursor-pointer items-center gap-2 rounded px-2 py-1.5 text-sm outline-none data-[highlighted]:bg-zinc-100 dark:data-[highlighted]:bg-zinc-800";

/** The signed-in person's menu (loaded only for signed-in people: visitors never download it). */
export function AccountMenu({ user }: { user: Session["user"] }) {
  const [unsaved, setUnsaved] = useState(0);
  const signOutHere = () => {
    // The next person on this device must not see (or inherit) this person's progress or drafts.
    clearBrowserProgress();
    clearBrowserDrafts();
    void signOut({ callbackUrl: "/" });
  };
  return (
    <>
      <DropdownMenu.Root>
        <DropdownMenu.Trigger className="flex items-center gap-2 rounded-md px-1.5 py-1 text-sm hover:bg-zinc-100 dark:hover:bg-zinc-800" aria-label={`Account menu for @${user.username}`}>
          {user.image ? (
            // eslint-disable-next-line @next/next/no-img-element -- avatars come from the provider's host
            <img src={user.image} alt="" width={28} height={28} className="h-7 w-7 rounded-full" data-testid="avatar" />
          ) : null}
          <span className="hidden font-medium sm:inline">@{user.username}</span>
          <ChevronDown className="h-4 w-4" aria-hidden="true" />
        </DropdownMenu.Trigger>
        <DropdownMenu.Portal>
          <DropdownMenu.Content align="end" sideOffset={6} className="z-50 min-w-52 rounded-lg border border-zinc-200 bg-white p-1 shadow-lg dark:border-zinc-700 dark:bg-zinc-900">
            <DropdownMenu.Label className="px-2 py-1.5 text-xs text-zinc-500 dark:text-zinc-400">
              Signed in as <span className="font-semibold text-zinc-900 dark:text-zinc-100">{user.name}</span>
            </DropdownMenu.Label>
            <DropdownMenu.Item asChild className={itemClass}>
              <Link href="/settings/sessions">
                <MonitorSmartphone className="h-4 w-4" aria-hidden="true" /> Sessions
              </Link>
            </DropdownMenu.Item>
            <DropdownMenu.Item asChild className={itemClass}>
              <Link href="/about">
                <Info className="h-4 w-4" aria-hidden="true" /> About this deployment
              </Link>
            </DropdownMenu.Item>
            <DropdownMenu.Separator className="my-1 h-px bg-zinc-200 dark:bg-zinc-700" />
            <DropdownMenu.Item
              className={itemClass}
              onSelect={() => {
                const count = countUnsavedDrafts();
                if (count > 0) setUnsaved(count);
                else signOutHere();
              }}
            >
              <LogOut className="h-4 w-4" aria-hidden="true" /> Sign out
            </DropdownMenu.Item>
          </DropdownMenu.Content>
        </DropdownMenu.Portal>
      </DropdownMenu.Root>
      <Dialog.Root open={unsaved > 0} onOpenChange={(open) => !open && setUnsaved(0)}>
        <Dialog.Portal>
          <Dialog.Overlay className="fixed inset-0 z-50 bg-zinc-950/60 backdrop-blur-sm" />
          <Dialog.Content className="fixed left-1/2 top-1/2 z-50 w-[calc(100vw-2rem)] max-w-md -translate-x-1/2 -translate-y-1/2 rounded-xl border border-zinc-200 bg-white p-6 shadow-xl dark:border-zinc-700 dark:bg-zinc-900">
            <Dialog.Title className="text-lg font-semibold">Sign out and delete unsaved drafts?</Dialog.Title>
            <Dialog.Description className="mt-2 text-sm text-zinc-600 dark:text-zinc-400">
              {unsaved === 1 ? "A draft in this browser has" : `${unsaved} drafts in this browser have`} changes not saved to a team. Signing out deletes every draft kept in this
              browser, so the next person here cannot read it. Save it to your team, or copy or download it, first.
            </Dialog.Description>
            <div className="mt-6 flex flex-wrap justify-end gap-2">
              <Dialog.Close className={buttonClass("secondary")}>Stay signed in</Dialog.Close>
              <button type="button" className={buttonClass("primary")} onClick={signOutHere}>
                Sign out and delete
              </button>
            </div>
          </Dialog.Content>
        </Dialog.Portal>
      </Dialog.Root>
    </>
  );
}
