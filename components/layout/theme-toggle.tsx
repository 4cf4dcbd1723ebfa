"use client";

import { Monitor, Moon, Sun } from "lucide-react";
import { useEffect, useSyncExternalStore } from "react";
import { THEME_STORAGE_KEY, type ThemePreference } from "@/lib/theme";

const NEXT: Record<ThemePreference, ThemePreference> = { system: "light", light: "dark", dark: "system" };
const LABEL: Record<ThemePreference, string> = { system: "System theme", light: "Light theme", dark: "Dark theme" };
const CHANGE_EVENT = "perch-theme-change";

function apply(preference: ThemePreference): void {
  const isDark = preference === "dark" || (preference === "system" && window.matchMedia("(prefers-color-scheme: dark)").matches);
  document.documentElement.classList.toggle("dark", isDark);
  document.documentElement.dataset.theme = preference;
}

function readPreference(): ThemePreference {
  const stored = window.localStorage.getItem(THEME_STORAGE_KEY);
  return stored === "light" || stored === "dark" ? stored : "system";
}

// The preference lives in localStorage; other tabs announce changes with "storage".
function subscribe(onChange: () => void): () => void {
  window.addEventListener("storage", onChange);
  window.addEventListener(CHANGE_EVENT, onChange);
  return () => {
    window.removeEventListener("storage", onChange);
    window.removeEventListener(CHANGE_EVENT, onChange);
  };
}

/** Cycles system → light → dark, remembers the choice, and follows the OS on "system". */
export function ThemeToggle() {
  const current = useSyncExternalStore(subscribe, readPreference, () => "system" as const);

  useEffect(() => {
    apply(current);
    const media = window.matchMedia("(prefers-color-scheme: dark)");
    const onSystemChange = () => current === "system" && apply("system");
    media.addEventListener("change", onSystemChange);
    return () => media.removeEventListener("change", onSystemChange);
  }, [current]);

  const Icon = current === "dark" ? Moon : current === "light" ? Sun : Monitor;
  return (
    <button
      type="button"
      onClick={() => {
        window.localStorage.setItem(THEME_STORAGE_KEY, NEXT[current]);
        window.dispatchEvent(new Event(CHANGE_EVENT));
      }}
      className="inline-flex h-9 w-9 items-center justify-center rounded-md text-zinc-600 hover:bg-zinc-100 hover:text-zinc-900 dark:text-zinc-300 dark:hover:bg-zinc-800 dark:hover:text-white"
      aria-label={`${LABEL[current]} (switch to ${LABEL[NEXT[current]].toLowerCase()})`}
      title={LABEL[current]}
      data-theme-preference={current}
    >
      <Icon className="h-5 w-5" aria-hidden="true" />
    </button>
  );
}
