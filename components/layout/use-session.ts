"use client";

import type { Session } from "next-auth";
import { useSyncExternalStore } from "react";

/** The signed-in person as the header and progress sync need it, and whether it is known yet. */
export type SessionState = { status: "loading" } | { status: "unauthenticated"; data: null } | { status: "authenticated"; data: Session };

const LOADING: SessionState = { status: "loading" };
let state: SessionState = LOADING;
let inFlight: Promise<void> | null = null;
const listeners = new Set<() => void>();

/**
 * Asks next-auth's session endpoint who is signed in. This replaces next-auth's client
 * provider, a sizeable download on every page for the one fact the header needs.
 */
function refresh(): Promise<void> {
  inFlight ??= fetch("/api/auth/session", { cache: "no-store" })
    .then((r) => (r.ok ? (r.json() as Promise<Partial<Session>>) : Promise.reject(new Error(`HTTP ${r.status}`))))
    .then((body) => {
      const next: SessionState = body?.user?.id ? { status: "authenticated", data: body as Session } : { status: "unauthenticated", data: null };
      // Keep the same object when nothing changed, so subscribers do not re-render.
      if (JSON.stringify(next) !== JSON.stringify(state)) state = next;
    })
    // Unreachable server: keep what we knew (or leave "loading"); the next focus retries.
    .catch(() => undefined)
    .finally(() => {
      inFlight = null;
      listeners.forEach((listener) => listener());
    });
  return inFlight;
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  if (listeners.size === 1) {
    // A session revoked elsewhere shows here when the person comes back to this tab.
    window.addEventListener("focus", onFocus);
    if (state === LOADING) void refresh();
  }
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0) window.removeEventListener("focus", onFocus);
  };
}

function onFocus() {
  void refresh();
}

/** Who is signed in: "loading" until the first answer, in the server render and during hydration. */
export function useSession(): SessionState {
  return useSyncExternalStore(subscribe, () => state, () => LOADING);
}
