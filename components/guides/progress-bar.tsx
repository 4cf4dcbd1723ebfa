
/**
 * A labelled progress bar. `done` null means "not known yet" (the page is still
 * reading the browser's progress) and draws an empty, pulsing track.
 */
export function ProgressBar({ done, total, label, className }: { done: number | null; total: number; label: string; className?: string }) {
  const percent = done === null || total === 0 ? 0 : Math.round((done / total) * 100);
  const isComplete = done !== null && total > 0 && done >= total;
  return (
    <div
      role="progressbar"
      aria-label={label}
      aria-valuemin={0}
      aria-valuemax={total}
      aria-valuenow={done ?? undefined}
      aria-valuetext={done === null ? "Loading progress" : `${done} of ${total} steps done`}
      className={`h-2 w-full overflow-hidden rounded-full bg-zinc-200 dark:bg-zinc-800 ${done === null ? "animate-pulse" : ""} ${className ?? ""}`}
    >
      <div className={`h-full rounded-full transition-[width] duration-300 motion-reduce:transition-none ${isComplete ? "bg-emerald-600 dark:bg-emerald-500" : "bg-sky-600 dark:bg-sky-500"}`} style={{ width: `${percent}%` }} />
    </div>
  );
}
