"use client";

import { CheckCircle2, FlaskConical, XCircle } from "lucide-react";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { ActionMessage } from "@/components/ui/action-message";
import { CopyButton } from "@/components/ui/copy-button";
import { SubmitButton } from "@/components/ui/submit-button";
import { useAction } from "@/components/ui/use-action";
import type { ActionResult } from "@/lib/guard/result";
import type { CheckDiagnosis, CheckOutcome } from "@/lib/twitter/credential-check";
import type { CredentialTestResult } from "@/lib/vault/credential-test";

const when = new Intl.DateTimeFormat("en", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" });

const linkClass = "font-medium text-sky-700 underline underline-offset-2 hover:text-sky-900 dark:text-sky-400 dark:hover:text-sky-300";

/** The error catalogue's explanation (lib/x/errors.ts), with the fix and where to read more. */
function Diagnosis({ diagnosis }: { diagnosis: CheckDiagnosis }) {
  return (
    <div className="space-y-1 rounded-md bg-zinc-50 p-2.5 text-sm dark:bg-zinc-900" data-testid="test-diagnosis" data-error-id={diagnosis.id}>
      <p>
        <strong>{diagnosis.title}.</strong> {diagnosis.meaning}
      </p>
      <p>
        <strong>Fix:</strong> {diagnosis.fix}
      </p>
      <p className="flex flex-wrap gap-x-4 gap-y-1">
        <Link href={diagnosis.troubleshoot} className={linkClass}>
          More on this error
        </Link>
        <Link href={diagnosis.guide} className={linkClass}>
          The guide step that shows the fix
        </Link>
        <a href={diagnosis.source.url} className={linkClass} target="_blank" rel="noopener noreferrer">
          X&rsquo;s page: {diagnosis.source.title}
          <span className="sr-only"> (opens in a new tab)</span>
        </a>
      </p>
    </div>
  );
}

function Outcome({ title, outcome }: { title: string; outcome: CheckOutcome }) {
  const { request } = outcome;
  return (
    <div className="space-y-2 rounded-lg border border-zinc-200 p-3 dark:border-zinc-800" data-testid="test-outcome" data-ok={outcome.ok}>
      <p className="flex items-start gap-2 text-sm">
        {outcome.ok ? <CheckCircle2 className="mt-0.5 h-4 w-4 shrink-0 text-emerald-700 dark:text-emerald-400" aria-hidden="true" /> : <XCircle className="mt-0.5 h-4 w-4 shrink-0 text-red-700 dark:text-red-400" aria-hidden="true" />}
        <span>
          <strong>{title}:</strong> {outcome.message}
          {!outcome.ok && outcome.resetAt ? ` (resets ${when.format(new Date(outcome.resetAt))} UTC)` : ""}
        </span>
      </p>
      {outcome.diagnosis ? <Diagnosis diagnosis={outcome.diagnosis} /> : null}
      {!outcome.ok && !outcome.diagnosis && outcome.request.response ? (
        <p className="text-sm">
          <Link href="/troubleshoot" className={linkClass}>
            Paste the response into the troubleshooter
          </Link>
        </p>
      ) : null}
      <details className="text-sm">
        <summary className="cursor-pointer font-medium">The request, ready to try yourself</summary>
        <div className="mt-2 space-y-2">
          <div className="flex items-start gap-2">
            <pre className="min-w-0 flex-1 overflow-x-auto rounded-md bg-zinc-900 p-3 text-xs text-zinc-100">{request.curl}</pre>
            <CopyButton value={request.curl} label={`Copy the ${title} curl command`} />
          </div>
          {request.note ? <p className="text-xs text-zinc-600 dark:text-zinc-400">{request.note}</p> : null}
          {request.response ? (
            <>
              <p className="text-xs font-semibold">
                Response: HTTP {request.response.status} (tokens and secrets redacted)
              </p>
              <pre className="max-h-64 overflow-auto rounded-md bg-zinc-100 p-3 text-xs dark:bg-zinc-900">{request.response.body}</pre>
            </>
          ) : (
            <p className="text-xs text-zinc-600 dark:text-zinc-400">No response arrived.</p>
          )}
        </div>
      </details>
    </div>
  );
}

/** "Test these credentials": both checks, whose token it is, what failed and why, and the first request. */
export function CredentialTestPanel({ teamId, appId, target, action }: { teamId: string; appId: string; target: "twitter" | "sandbox"; action: (input: { teamId: string; appId: string }) => Promise<ActionResult<CredentialTestResult>> }) {
  const router = useRouter();
  const { result, isPending, run } = useAction(action, { onSuccess: () => router.refresh() });
  return (
    <section aria-labelledby="test-heading" className="space-y-3">
      <h3 id="test-heading" className="text-lg font-semibold">
        Test these credentials
      </h3>
      <p className="text-sm text-zinc-600 dark:text-zinc-400">
        Calls <code>GET /2/users/me</code> with OAuth 1.0a user context, and an app-only lookup with the Bearer Token, against {target === "sandbox" ? "Perch's Twitter sandbox (which really checks signatures)" : "the X API"}. Recorded in the audit log; no secret is shown.
      </p>
      <SubmitButton type="button" variant="secondary" isPending={isPending} onClick={() => void run({ teamId, appId })} icon={<FlaskConical className="h-4 w-4" aria-hidden="true" />}>
        {isPending ? "Testing…" : "Test these credentials"}
      </SubmitButton>
      {result?.ok ? (
        <div className="space-y-2" role="status" aria-live="polite">
          {result.data.userContext ? <Outcome title="User context (OAuth 1.0a)" outcome={result.data.userContext} /> : null}
          {result.data.appOnly ? <Outcome title="App-only (Bearer Token)" outcome={result.data.appOnly} /> : null}
        </div>
      ) : (
        <ActionMessage result={result} />
      )}
    </section>
  );
}
