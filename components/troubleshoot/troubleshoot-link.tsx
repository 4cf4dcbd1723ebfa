import Link from "next/link";
import { Stethoscope } from "lucide-react";
import { TROUBLESHOOT_GUIDE_STEPS } from "@/lib/x/errors";

/**
 * On a guide step where X's errors show up (a step the error catalogue names as the fix
 * for some error), a link to the troubleshooting page; elsewhere nothing.
 */
export function TroubleshootLink({ guide, step }: { guide: string; step: string }) {
  if (!TROUBLESHOOT_GUIDE_STEPS.has(`/guides/${guide}#${step}`)) return null;
  return (
    <p className="flex items-center gap-2 text-sm text-zinc-600 print:hidden dark:text-zinc-400" data-testid="troubleshoot-link">
      <Stethoscope className="h-4 w-4 shrink-0" aria-hidden="true" />
      <span>
        Got an error from X at this step?{" "}
        <Link href="/troubleshoot" className="font-medium text-sky-700 underline underline-offset-2 hover:text-sky-900 dark:text-sky-400 dark:hover:text-sky-300">
          Find out what it means
        </Link>
      </span>
    </p>
  );
}
