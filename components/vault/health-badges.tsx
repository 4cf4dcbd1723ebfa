import { AlertTriangle, CheckCircle2, Info, OctagonAlert } from "lucide-react";
import { HEALTH_FLAGS, type HealthFlag } from "@/lib/vault/health";
import { cn } from "@/lib/utils";

const LOOK = {
  danger: { icon: OctagonAlert, className: "bg-red-50 text-red-800 ring-red-200 dark:bg-red-950 dark:text-red-200 dark:ring-red-900" },
  warning: { icon: AlertTriangle, className: "bg-amber-50 text-amber-900 ring-amber-200 dark:bg-amber-950 dark:text-amber-200 dark:ring-amber-900" },
  info: { icon: Info, className: "bg-zinc-100 text-zinc-700 ring-zinc-200 dark:bg-zinc-800 dark:text-zinc-300 dark:ring-zinc-700" },
} as const;

/** An app's health flags as small labelled badges, or "Healthy". */
export function HealthBadges({ flags, withAdvice = false }: { flags: HealthFlag[]; withAdvice?: boolean }) {
  if (flags.length === 0) {
    return (
      <span className="inline-flex items-center gap-1 rounded-full bg-emerald-50 px-2 py-0.5 text-xs font-medium text-emerald-800 ring-1 ring-emerald-200 dark:bg-emerald-950 dark:text-emerald-200 dark:ring-emerald-900" data-testid="health">
        <CheckCircle2 className="h-3.5 w-3.5" aria-hidden="true" /> Healthy
      </span>
    );
  }
  return (
    <ul className={cn("flex flex-wrap gap-1.5", withAdvice && "flex-col")} data-testid="health">
      {flags.map((flag) => {
        const { label, severity, advice } = HEALTH_FLAGS[flag];
        const { icon: Icon, className } = LOOK[severity];
        return (
          <li key={flag} className={cn(withAdvice && "flex flex-wrap items-center gap-2 text-sm")}>
            <span className={cn("inline-flex items-center gap-1 rounded-full px-2 py-0.5 text-xs font-medium ring-1", className)}>
              <Icon className="h-3.5 w-3.5" aria-hidden="true" /> {label}
            </span>
            {withAdvice ? <span className="text-zinc-600 dark:text-zinc-400">{advice}</span> : null}
          </li>
        );
      })}
    </ul>
  );
}
