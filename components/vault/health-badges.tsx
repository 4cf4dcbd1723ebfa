import { AlertTriangle, CheckCircle2, Info, OctagonAlert } from "lucide-react";
import { HEALTH_FLAGS, type HealthFlag } from "@/lib/vault/health";

// Colours live in app/globals.css (.health-badge by data-severity): a list of 50 apps
// repeats this markup 50 times, in the HTML and again in the page's payload.
const ICONS = { danger: OctagonAlert, warning: AlertTriangle, info: Info } as const;

/** An app's health flags as small labelled badges, or "Healthy". */
export function HealthBadges({ flags, withAdvice = false }: { flags: HealthFlag[]; withAdvice?: boolean }) {
  if (flags.length === 0) {
    return (
      <span className="health-badge" data-severity="ok" data-testid="health">
        <CheckCircle2 className="h-3.5 w-3.5" aria-hidden="true" /> Healthy
      </span>
    );
  }
  return (
    <ul className={withAdvice ? "flex flex-col gap-1.5" : "flex flex-wrap gap-1.5"} data-testid="health">
      {flags.map((flag) => {
        const { label, severity, advice } = HEALTH_FLAGS[flag];
        const Icon = ICONS[severity];
        return (
          <li key={flag} className={withAdvice ? "flex flex-wrap items-center gap-2 text-sm" : undefined}>
            <span className="health-badge" data-severity={severity}>
              <Icon className="h-3.5 w-3.5" aria-hidden="true" /> {label}
            </span>
            {withAdvice ? <span className="text-zinc-600 dark:text-zinc-400">{advice}</span> : null}
          </li>
        );
      })}
    </ul>
  );
}
