"use client";

import { useSyncExternalStore } from "react";

const noSubscription = () => () => undefined;

/**
 * False in the server render and during hydration, true once React runs in the browser.
 * Anything that needs the browser (its storage, a JavaScript-only submit) waits for it.
 */
export function useHydrated(): boolean {
  return useSyncExternalStore(noSubscription, () => true, () => false);
}
