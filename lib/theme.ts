/** Theme preference, remembered in localStorage. "system" follows the OS setting. */
export type ThemePreference = "system" | "light" | "dark";

export const THEME_STORAGE_KEY = "perch-theme";

/**
 * Runs inline in <head> before first paint so the page never flashes the wrong theme.
 * Kept as a string because it must run before React loads.
 */
export const themeScript = `(function(){try{var p=localStorage.getItem("${THEME_STORAGE_KEY}");var d=p==="dark"||((p!=="light")&&matchMedia("(prefers-color-scheme: dark)").matches);var e=document.documentElement;e.classList.toggle("dark",d);e.dataset.theme=p||"system";}catch(_){}})();`;
