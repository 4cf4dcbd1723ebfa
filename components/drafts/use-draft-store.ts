"use client";

/**
 * The draft as this browser keeps it: read from and written to localStorage on every
 * change (nothing is lost on reload or navigation), or kept in memory when storage is
 * blocked or not wanted. An external store, so React reads it without effects and the
 * server render shows the loading state.
 */
import { useCallback, useEffect, useMemo, useRef, useSyncExternalStore } from "react";
import { emptyDraft, parseStoredDraft, type StoredDraft } from "@/lib/drafts/draft-state";

export const DRAFT_STORAGE_KEY = "perch-draft";
const CHANGE_EVENT = "perch-draft-change";

type Store = { get: () => StoredDraft; set: (next: StoredDraft | null) => void; subscribe: (onChange: () => void) => () => void };

function createStore(storageKey: string | null, initial: StoredDraft | undefined): Store {
  let memory: StoredDraft | null = initial ?? null;
  let cachedRaw: string | null | undefined;
  let cached: StoredDraft = initial ?? emptyDraft();
  // An initial draft (say, a team's saved version) wins over the browser's until the first change.
  let isOverridden = initial !== undefined;

  const readRaw = (): string | null => {
    if (!storageKey) return null;
    try {
      return window.localStorage.getItem(storageKey);
    } catch {
      return null;
    }
  };
  return {
    get() {
      if (isOverridden || !storageKey) return memory ?? cached;
      const raw = readRaw();
      if (raw === null && memory) return memory;
      if (raw !== cachedRaw) {
        cachedRaw = raw;
        cached = raw === null ? emptyDraft() : parseStoredDraft(raw);
      }
      return cached;
    },
    set(next) {
      isOverridden = false;
      memory = next;
      if (storageKey) {
        try {
          if (next) window.localStorage.setItem(storageKey, JSON.stringify(next));
          else window.localStorage.removeItem(storageKey);
        } catch {
          // Storage full or blocked: the draft lives in memory for this page.
        }
      }
      if (!next) {
        memory = null;
        cachedRaw = undefined;
        cached = emptyDraft();
      }
      window.dispatchEvent(new Event(CHANGE_EVENT));
    },
    subscribe(onChange) {
      const onStorage = (e: StorageEvent) => (e.key === null || e.key === storageKey) && onChange();
      window.addEventListener(CHANGE_EVENT, onChange);
      window.addEventListener("storage", onStorage);
      return () => {
        window.removeEventListener(CHANGE_EVENT, onChange);
        window.removeEventListener("storage", onStorage);
      };
    },
  };
}

const serverSnapshot = () => null;

/** The draft (null until read in the browser), a way to change it, and a reset. */
export function useDraftStore({ storageKey, initialDraft, onChange }: { storageKey: string | null; initialDraft?: StoredDraft; onChange?: (draft: StoredDraft) => void }) {
  // One store per key for the life of the component; initialDraft is read once.
  const store = useMemo(() => createStore(storageKey, initialDraft), [storageKey]); // eslint-disable-line react-hooks/exhaustive-deps
  const draft = useSyncExternalStore(store.subscribe, store.get, serverSnapshot);
  const onChangeRef = useRef(onChange);
  useEffect(() => {
    onChangeRef.current = onChange;
  });

  const update = useCallback(
    (change: (current: StoredDraft) => StoredDraft) => {
      const next = change(store.get());
      store.set(next);
      onChangeRef.current?.(next);
    },
    [store],
  );
  const reset = useCallback(() => {
    store.set(null);
    onChangeRef.current?.(emptyDraft());
  }, [store]);
  return { draft, update, reset };
}
