/**
 * The button look, as plain class strings. buttonClass (button-link.tsx) builds on these
 * and lets callers override; components every page loads (the error boundary) use them
 * directly so the class-merging code stays out of the shared bundle.
 */
export const BUTTON_BASE = "inline-flex items-center justify-center gap-2 rounded-md px-4 py-2 text-sm font-semibold transition-colors disabled:opacity-60";

export const BUTTON_VARIANTS = {
  primary: "bg-sky-700 text-white hover:bg-sky-800 dark:bg-sky-500 dark:text-zinc-950 dark:hover:bg-sky-400",
  secondary: "border border-zinc-300 bg-white text-zinc-900 hover:bg-zinc-50 dark:border-zinc-700 dark:bg-zinc-900 dark:text-zinc-100 dark:hover:bg-zinc-800",
  danger: "bg-red-700 text-white hover:bg-red-800 dark:bg-red-500 dark:text-zinc-950 dark:hover:bg-red-400",
} as const;

export type ButtonVariant = keyof typeof BUTTON_VARIANTS;

/** The look of a button of `variant`, without overrides. */
export function plainButtonClass(variant: ButtonVariant = "primary"): string {
  return `${BUTTON_BASE} ${BUTTON_VARIANTS[variant]}`;
}
