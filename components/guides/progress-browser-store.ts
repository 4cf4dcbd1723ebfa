"use client";

/**
 * The browser's guide progress. Visitors keep it in localStorage only; for a signed-in
 * person localStorage mirrors their account: on the first page load after signing in the
 * browser's progress is merged into the account and the union adopted, later loads adopt
 * the account's progress, and every tick is also sent to the server. The server actions
 * come from `ProgressActionsProvider` (see progress-actions.tsx).
 */
import { useCallback, useEffect, useSyncExternalStore } from "react";
import type { ActionResult } from "@/lib/guard/result";
import type { GuideOutline, ProgressEntry, StoredProgress } from "@/lib/guides/progress-merge";
import { EMPTY_PROGRESS, parseStoredProgress, pruneEntries, setEntry } from "@/lib/guides/progress-merge";
import { useSession } from "@/components/layout/use-session";
import { useProgressActions, type ProgressActions } from "./progress-actions";

export const PROGRESS_STORAGE_KEY = "perch-guide-progress";
const CHANGE_EVENT = "perch-guide-progress-change";

type StepChange = { guide: string; step: string; isDone: boolean };

let cachedRaw: string | null | undefined;
let memoryFallback: string | null = null;
let cachedValue: StoredProgress = EMPTY_PROGRESS;

function readRaw(): string | null {
  try {
    return window.localStorage.getItem(PROGRESS_STORAGE_KEY);
  } catch {
    // Storage can be blocked (privacy settings); progress then lives for this page only.
    return memoryFallback;
  }
}

/** The stored progress; the same object until the stored text changes. */
function read(): StoredProgress {
  const raw = readRaw();
  if (raw !== cachedRaw) {
    cachedRaw = raw;
    cachedValue = parseStoredProgress(raw);
  }
  return cachedValue;
}

function write(next: StoredProgress): void {
  const raw = JSON.stringify(next);
  try {
    window.localStorage.setItem(PROGRESS_STORAGE_KEY, raw);
  } catch {
    memoryFallback = raw;
  }
  window.dispatchEvent(new Event(CHANGE_EVENT));
}

function subscribe(onChange: () => void): () => void {
  const onStorage = (e: StorageEvent) => (e.key === null || e.key === PROGRESS_STORAGE_KEY) && onChange();
  window.addEventListener("storage", onStorage);
  window.addEventListener(CHANGE_EVENT, onChange);
  return () => {
    window.removeEventListener("storage", onStorage);
    window.removeEventListener(CHANGE_EVENT, onChange);
  };
}

/**
 * Where progress is being kept right now: "unknown" until the session is known, "local"
 * for visitors, and for signed-in people "syncing" (first load), "saving" or "saved".
 */
export type SyncStatus = "unknown" | "local" | "syncing" | "saving" | "saved";
const STATUS_EVENT = "perch-guide-progress-status";
let syncStatus: SyncStatus = "unknown";
let savesInFlight = 0;

function setSyncStatus(next: SyncStatus): void {
  if (next === syncStatus) return;
  syncStatus = next;
  window.dispatchEvent(new Event(STATUS_EVENT));
}

// Account sync state for this page load.
let activeUserId: string | null = null;
let sync: { userId: string; actions: ProgressActions; promise: Promise<void> } | null = null;
/** Ticks made while the first sync is in flight; applied to its result. */
let pending: StepChange[] | null = null;

async function send(actions: ProgressActions, change: StepChange): Promise<void> {
  let message = "Your progress could not be saved to your account. Please try again.";
  savesInFlight += 1;
  setSyncStatus("saving");
  try {
    const result = await actions.setStepDone(change);
    if (result.ok) return;
    message = result.message;
  } catch {
    // Network or server failure: fall through and undo.
  } finally {
    savesInFlight -= 1;
    if (savesInFlight === 0 && activeUserId) setSyncStatus("saved");
  }
  const now = read();
  write({ ...now, entries: setEntry(now.entries, { ...change, isDone: !change.isDone, now: new Date() }) });
  showError(message);
}

/** An error toast; sonner loads on first use, so reading a guide never downloads it. */
function showError(message: string): void {
  void import("sonner").then(({ toast }) => toast.error(message));
}

function syncAccount(userId: string, outlines: readonly GuideOutline[], actions: ProgressActions): Promise<void> {
  if (sync?.userId === userId) return sync.promise;
  activeUserId = null;
  pending = [];
  setSyncStatus("syncing");
  const start = read();
  // First load after signing in: merge what this browser knows. Afterwards the account leads.
  const request: Promise<ActionResult<ProgressEntry[]>> = start.owner === userId ? actions.findMyProgress({}) : actions.mergeProgress({ entries: pruneEntries(start.entries, outlines) });
  const promise = request
    .catch((): ActionResult<ProgressEntry[]> => ({ ok: false, code: "UNAVAILABLE", message: "Your progress could not be synced with your account." }))
    .then((result) => {
      const queued = pending ?? [];
      pending = null;
      if (!result.ok) {
        setSyncStatus("local");
        showError(result.message);
        return;
      }
      let entries = result.data;
      for (const change of queued) entries = setEntry(entries, { ...change, now: new Date() });
      write({ version: 1, owner: userId, entries });
      activeUserId = userId;
      setSyncStatus("saved");
      for (const change of queued) void send(actions, change);
    });
  sync = { userId, actions, promise };
  return promise;
}

function forgetAccount(): void {
  activeUserId = null;
  sync = null;
  pending = null;
  setSyncStatus("local");
  const stored = read();
  // Signed out: the browser keeps what it shows, as a visitor's progress.
  if (stored.owner) write({ ...stored, owner: null });
}

/** Marks a step done or not done, locally at once and in the account when signed in. */
export function toggleStep(change: StepChange): void {
  const stored = read();
  write({ ...stored, entries: setEntry(stored.entries, { ...change, now: new Date() }) });
  if (pending) pending.push(change);
  else if (sync && activeUserId === sync.userId && stored.owner === activeUserId) void send(sync.actions, change);
}

/** Progress entries, or null while the page is hydrating (the server knows none). */
export function useProgressEntries(): ProgressEntry[] | null {
  return useSyncExternalStore(
    subscribe,
    () => read().entries,
    () => null,
  );
}

/** Where progress is kept right now, for a quiet status line. */
export function useSyncStatus(): SyncStatus {
  return useSyncExternalStore(
    (onChange) => {
      window.addEventListener(STATUS_EVENT, onChange);
      return () => window.removeEventListener(STATUS_EVENT, onChange);
    },
    () => syncStatus,
    () => "unknown" as const,
  );
}

/** Keeps the browser's progress in step with the signed-in account. Mount once per page. */
export function useProgressSync(outlines: readonly GuideOutline[]): void {
  const session = useSession();
  const actions = useProgressActions();
  const status = session.status;
  const userId = session.status === "authenticated" ? session.data.user.id : null;
  useEffect(() => {
    if (status === "loading") return;
    if (status === "authenticated" && userId) void syncAccount(userId, outlines, actions);
    else forgetAccount();
  }, [status, userId, outlines, actions]);
}

/** A stable toggle callback for components. */
export function useToggleStep(): (change: StepChange) => void {
  return useCallback((change: StepChange) => toggleStep(change), []);
}

/**
 * Forgets this browser's guide progress: on sign-out, so the next person on this device
 * does not see (or merge into their account) what the signed-out person ticked.
 */
export function clearBrowserProgress(): void {
  try {
    window.localStorage.removeItem(PROGRESS_STORAGE_KEY);
  } catch {
    /* storage blocked: nothing was kept there */
  }
  memoryFallback = null;
  sync = null;
  activeUserId = null;
  window.dispatchEvent(new Event(CHANGE_EVENT));
}
