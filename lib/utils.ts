import { clsx, type ClassValue } from "clsx";
import { twMerge } from "tailwind-merge";

/**
 * Joins class names, letting later Tailwind classes override earlier ones. The layout and
 * the guide pages' client components (loaded by every reader) join plain strings that never
 * conflict instead, which keeps the class-merging library out of the shared bundle.
 */
export function cn(...inputs: ClassValue[]): string {
  return twMerge(clsx(inputs));
}
