import { AlertTriangle, Info } from "lucide-react";
import { checkCallbackUrl, LOCAL_DEVELOPMENT_ADVICE } from "@/lib/x/callback-url";
import { xSource } from "@/lib/x/sources";

/**
 * Beside this deployment's callback URL: what X accepts for local development, and a
 * warning when this very URL is one X would refuse or advises against (lib/x/callback-url.ts).
 */
export function CallbackUrlAdvice({ url }: { url: string }) {
  const verdict = checkCallbackUrl(url);
  const source = xSource("developerApps");
  return (
    <div className="mt-2 space-y-2 text-sm" data-testid="callback-url-advice" data-level={verdict.level}>
      {verdict.findings.length > 0 ? (
        <div role="note" aria-label="About this callback URL" className="flex items-start gap-2 rounded-md border border-amber-300 bg-amber-50 p-2 text-amber-950 dark:border-amber-800 dark:bg-amber-950/40 dark:text-amber-100">
          <AlertTriangle className="mt-0.5 h-4 w-4 shrink-0" aria-hidden="true" />
          <div className="min-w-0 space-y-1">
            <p className="font-semibold">{verdict.level === "refused" ? "X would refuse this callback URL." : "X may not accept this callback URL as it is."}</p>
            {verdict.findings.map((f) => (
              <p key={f.code} className="break-words">
                {f.message}
              </p>
            ))}
          </div>
        </div>
      ) : null}
      <p className="flex items-start gap-2 text-zinc-700 dark:text-zinc-300">
        <Info className="mt-0.5 h-4 w-4 shrink-0" aria-hidden="true" />
        <span>
          {LOCAL_DEVELOPMENT_ADVICE}{" "}
          <a href={source.url} target="_blank" rel="noopener noreferrer" className="font-medium text-sky-700 underline underline-offset-2 dark:text-sky-400">
            X&rsquo;s {source.title} page<span className="sr-only"> (opens in a new tab)</span>
          </a>
          , checked {source.checkedOn}.
        </span>
      </p>
    </div>
  );
}
