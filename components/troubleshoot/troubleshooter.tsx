"use client";

import { CheckCircle2, HelpCircle, Stethoscope } from "lucide-react";
import { useId, useState } from "react";
import { buttonClass } from "@/components/ui/button-link";
import { hintClass, inputClass, labelClass } from "@/components/ui/form-styles";
import { useHydrated } from "@/components/ui/use-hydrated";
import { cn } from "@/lib/utils";
import { diagnoseXError, MAX_ERROR_INPUT, troubleshootHref, type XErrorDiagnosis, type XErrorSignals } from "@/lib/x/errors";
import { ErrorExplanation } from "./error-explanation";

const EXAMPLE = `ApiResponseError: Request failed with code 403 - Client Forbidden: When authenticating requests to the Twitter API v2 endpoints, you must use keys and tokens from a Twitter developer App that is attached to a Project. (see https://api.twitter.com/2/problems/client-forbidden)`;

function SignalList({ signals }: { signals: XErrorSignals }) {
  const items: [string, string][] = [];
  if (signals.status !== undefined) items.push(["HTTP status", String(signals.status)]);
  if (signals.types.length) items.push(["Problem type", signals.types.join(", ")]);
  if (signals.reasons.length) items.push(["Reason", signals.reasons.join(", ")]);
  if (signals.titles.length) items.push(["Title", signals.titles.join(", ")]);
  if (signals.codes.length) items.push(["Error code", signals.codes.join(", ")]);
  if (signals.oauthErrors.length) items.push(["OAuth error", signals.oauthErrors.join(", ")]);
  if (signals.rateLimitRemaining !== undefined) items.push(["Requests left in the window", String(signals.rateLimitRemaining)]);
  if (signals.rateLimitReset !== undefined) items.push(["Window resets", `${new Date(signals.rateLimitReset * 1000).toISOString().replace("T", " ").slice(0, 19)} UTC`]);
  if (signals.accessLevel) items.push(["Access level", signals.accessLevel]);
  if (items.length === 0) return null;
  return (
    <div className="text-sm">
      <p className="font-medium text-zinc-700 dark:text-zinc-300">What Perch read</p>
      <ul className="mt-1 flex flex-wrap gap-2">
        {items.map(([label, value]) => (
          <li key={label} className="max-w-full break-words rounded-md bg-zinc-100 px-2 py-0.5 dark:bg-zinc-800">
            {label}: <code>{value}</code>
          </li>
        ))}
      </ul>
    </div>
  );
}

function Result({ diagnosis }: { diagnosis: XErrorDiagnosis }) {
  const cut = diagnosis.isTruncated ? <p className={hintClass}>Only the first {MAX_ERROR_INPUT.toLocaleString("en")} characters were read.</p> : null;
  if (diagnosis.kind === "not-recognised") {
    return (
      <div className="space-y-3 rounded-lg border border-amber-300 bg-amber-50 p-4 dark:border-amber-800 dark:bg-amber-950/40" data-testid="diagnosis" data-kind="not-recognised">
        <p className="flex items-start gap-2 font-semibold text-amber-900 dark:text-amber-200">
          <HelpCircle className="mt-0.5 h-4 w-4 shrink-0" aria-hidden="true" />
          Not recognised
        </p>
        <p className="text-sm text-zinc-800 dark:text-zinc-200">{diagnosis.why}</p>
        <SignalList signals={diagnosis.signals} />
        {cut}
      </div>
    );
  }
  return (
    <div className="space-y-3 rounded-lg border border-emerald-300 bg-emerald-50/60 p-4 dark:border-emerald-800 dark:bg-emerald-950/30" data-testid="diagnosis" data-kind="recognised" data-error-id={diagnosis.entry.id}>
      <p className="flex items-start gap-2 text-sm font-semibold text-emerald-900 dark:text-emerald-200">
        <CheckCircle2 className="mt-0.5 h-4 w-4 shrink-0" aria-hidden="true" />
        Recognised{diagnosis.entry.isGeneric ? " by its status code only: X's general meaning of it" : ""}
      </p>
      <ErrorExplanation entry={diagnosis.entry} />
      <SignalList signals={diagnosis.signals} />
      {diagnosis.also.length > 0 ? (
        <p className="text-sm">
          It could also be:{" "}
          {diagnosis.also.map((e, i) => (
            <span key={e.id}>
              {i > 0 ? ", " : ""}
              <a href={troubleshootHref(e)} className="font-medium text-sky-700 underline underline-offset-2 dark:text-sky-400">
                {e.title}
              </a>
            </span>
          ))}
          .
        </p>
      ) : null}
      {cut}
    </div>
  );
}

/**
 * Paste what X answered, get the diagnosis. Matching runs in the browser: what is pasted
 * often holds a token or a client id, and this way it never leaves the page.
 */
export function Troubleshooter() {
  const id = useId();
  // Before hydration a click would post the form natively and lose what was pasted.
  const isHydrated = useHydrated();
  const [text, setText] = useState("");
  const [diagnosis, setDiagnosis] = useState<XErrorDiagnosis | null>(null);
  return (
    <section aria-labelledby={`${id}-heading`} className="space-y-4">
      <h2 id={`${id}-heading`} className="text-lg font-semibold">
        Diagnose an error
      </h2>
      <form
        className="space-y-3"
        onSubmit={(event) => {
          event.preventDefault();
          setDiagnosis(diagnoseXError(text));
        }}
      >
        <div>
          <label htmlFor={`${id}-input`} className={labelClass}>
            What X answered
          </label>
          <textarea
            id={`${id}-input`}
            value={text}
            onChange={(event) => setText(event.target.value)}
            rows={8}
            spellCheck={false}
            aria-describedby={`${id}-hint`}
            placeholder={EXAMPLE}
            className={cn(inputClass, "mt-1 max-h-96 font-mono text-xs")}
          />
          <p id={`${id}-hint`} className={hintClass}>
            The JSON body, or the message your library printed (twitter-api-v2, tweepy, curl -i with its headers). It is read in this browser only; nothing is sent. Remove tokens anyway before sharing it anywhere else.
          </p>
        </div>
        <div className="flex flex-wrap gap-2">
          <button type="submit" className={buttonClass("primary")} disabled={!isHydrated}>
            <Stethoscope className="h-4 w-4" aria-hidden="true" />
            Diagnose
          </button>
          <button type="button" className={buttonClass("secondary")} disabled={!isHydrated} onClick={() => setText(EXAMPLE)}>
            Try an example
          </button>
        </div>
      </form>
      <div role="status" aria-live="polite">
        {diagnosis ? <Result diagnosis={diagnosis} /> : null}
      </div>
    </section>
  );
}
