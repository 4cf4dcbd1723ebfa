/** Shared look for the sandbox's form controls. */
export const inputClass =
  "block w-full min-w-0 rounded-md border border-zinc-300 bg-white px-3 py-2 text-sm text-zinc-900 shadow-sm placeholder:text-zinc-400 aria-[invalid=true]:border-red-600 dark:border-zinc-700 dark:bg-zinc-900 dark:text-zinc-100 dark:placeholder:text-zinc-500 dark:aria-[invalid=true]:border-red-400";
export const labelClass = "block text-sm font-medium text-zinc-800 dark:text-zinc-200";
export const errorClass = "mt-1 text-sm text-red-700 dark:text-red-400";
export const hintClass = "mt-1 text-xs text-zinc-600 dark:text-zinc-400";
