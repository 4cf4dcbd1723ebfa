import { CheckCircle2, CircleAlert } from "lucide-react";
import { ReauthLink } from "@/components/auth/reauth";
import type { ActionResult } from "@/lib/guard/result";

/** The outcome of an action in words: its failure (role=alert) or, when given, a success line. */
export function ActionMessage({ result, success }: { result: ActionResult<unknown> | null; success?: string }) {
  if (!result) return null;
  if (result.ok) {
    if (!success) return null;
    return (
      <p role="status" className="flex items-center gap-1.5 text-sm text-emerald-700 dark:text-emerald-400">
        <CheckCircle2 className="h-4 w-4 shrink-0" aria-hidden="true" /> {success}
      </p>
    );
  }
  return (
    <p role="alert" className="flex gap-1.5 rounded-md bg-red-50 p-2.5 text-sm text-red-800 dark:bg-red-950 dark:text-red-200">
      <CircleAlert className="mt-0.5 h-4 w-4 shrink-0" aria-hidden="true" />{" "}
      <span>
        {result.message}
        {result.code === "REAUTHENTICATE" ? (
          <>
            {" "}
            <ReauthLink />
          </>
        ) : null}
      </span>
    </p>
  );
}
