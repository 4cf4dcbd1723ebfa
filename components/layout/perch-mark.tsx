/** Perch's mark: a branch with a perch on it. Decorative; the name sits beside it. */
export function PerchMark({ className }: { className?: string }) {
  return (
    <svg viewBox="0 0 32 32" className={className} aria-hidden="true" focusable="false">
      <rect width="32" height="32" rx="8" className="fill-sky-600 dark:fill-sky-500" />
      <path d="M6 23h20" strokeWidth="2.5" strokeLinecap="round" className="stroke-white" fill="none" />
      <path d="M11 22c0-5 3-9 8-9 2.5 0 4 1.2 4 3 0 1.5-1.2 2.6-3 2.6h-2.5L14 22" className="fill-white" />
      <circle cx="19.5" cy="15.5" r="1.1" className="fill-sky-700" />
    </svg>
  );
}
