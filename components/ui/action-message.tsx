import { CheckCircle2, CircleAlert } from "lucide-react";
import { ReauthLink } from "@/components/auth/reauth";
import type { ActionResult } from "@/lib/guard/result";

/**
 * The outcome of an action in words: its failure (role=alert) or, when given, a success line.
 * `inlineFields` names the fields whose errors the form shows under them: when the failure is
 * only about those, they say it (and the first one gets focus), so it is not said twice.
 */
export function ActionMessage({ result, success, inlineFields = [] }: { result: ActionResult<unknown> | null; success?: string; inlineFields?: readonly string[] }) {
  if (!result) return null;
  if (!result.ok && isSaidInline(result.fieldErrors, inlineFields)) return null;
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

function isSaidInline(fieldErrors: Record<string, string[] | undefined> | undefined, inlineFields: readonly string[]): boolean {
  if (!fieldErrors) return false;
  const withErrors = Object.entries(fieldErrors).filter(([, messages]) => messages && messages.length > 0);
  return withErrors.length > 0 && withErrors.every(([name]) => inlineFields.includes(name));
}
