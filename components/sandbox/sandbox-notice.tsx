import { FlaskConical } from "lucide-react";
import { cn } from "@/lib/utils";

/** The label on every sandbox screen: this is a practice imitation, not Twitter. */
export function SandboxNotice({ className }: { className?: string }) {
  return (
    <p
      className={cn(
        "inline-flex items-center gap-1.5 rounded-full border border-amber-300 bg-amber-50 px-3 py-1 text-xs font-semibold text-amber-900 dark:border-amber-800 dark:bg-amber-950 dark:text-amber-200",
        className,
      )}
      data-testid="sandbox-notice"
    >
      <FlaskConical className="h-3.5 w-3.5" aria-hidden="true" />
      Twitter sandbox — not the real Twitter
    </p>
  );
}
