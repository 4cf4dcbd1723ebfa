import { CalendarClock, CheckSquare, Link2 } from "lucide-react";
import type { Guide, GuideStep as Step } from "@/lib/guides/types";
import { CopyButton } from "@/components/ui/copy-button";
import { DeploymentValue } from "./deployment-value";
import { InlineText } from "./inline-text";
import { SaveToVault } from "./save-to-vault";
import { ScreenshotFigure } from "./screenshot-figure";
import { StepDoneToggle } from "./step-done-toggle";
import { inlineToPlainText } from "@/lib/guides/inline";
import { formatDate } from "@/lib/guides/format-date";

const h3 = "mb-2 text-sm font-semibold uppercase tracking-wide text-zinc-600 dark:text-zinc-400";

/** One step of a guide: its text, numbered instructions, extras and drawn screenshot. */
export function GuideStep({ guide, step, number }: { guide: Guide; step: Step; number: number }) {
  const titleId = `${step.id}-title`;
  const { Drawing } = step.screenshot;
  const plainTitle = inlineToPlainText(step.title);
  const codeCaption = step.code ? inlineToPlainText(step.code.caption) : "";
  return (
    <section id={step.id} aria-labelledby={titleId} className="scroll-mt-6 border-t border-zinc-200 pt-10 first:border-t-0 first:pt-0 dark:border-zinc-800 print:break-before-page print:border-t-0 print:pt-0 print:first:break-before-auto" data-testid="guide-step">
      <div className="flex items-start gap-3">
        <span className="flex h-8 w-8 shrink-0 items-center justify-center rounded-full bg-zinc-900 text-sm font-bold text-white tabular-nums dark:bg-zinc-100 dark:text-zinc-900 print:border print:border-black print:bg-white print:text-black" aria-hidden="true">
          {number}
        </span>
        <h2 id={titleId} className="min-w-0 flex-1 pt-0.5 text-xl font-semibold tracking-tight sm:text-2xl">
          <span className="sr-only">Step {number}: </span>
          <InlineText text={step.title} />
        </h2>
        <a
          href={`#${step.id}`}
          className="mt-0.5 inline-flex h-8 shrink-0 items-center gap-1 rounded-md px-2 text-xs font-medium text-zinc-500 hover:bg-zinc-100 hover:text-zinc-900 dark:text-zinc-400 dark:hover:bg-zinc-800 dark:hover:text-white print:hidden"
          title="Link to this step"
        >
          <Link2 className="h-4 w-4" aria-hidden="true" />
          <span className="sr-only">Link to step {number}</span>
        </a>
      </div>

      <div className="mt-4 space-y-5 sm:pl-11 print:pl-0">
        <div className="space-y-3 leading-7 text-zinc-700 dark:text-zinc-300">
          {step.body.map((paragraph, i) => (
            <p key={i}>
              <InlineText text={paragraph} />
            </p>
          ))}
        </div>

        {step.changeNote ? (
          <div role="note" aria-label={`What has changed (step ${number})`} className="break-inside-avoid rounded-lg border-l-4 border-amber-500 bg-amber-50 px-4 py-3 text-sm leading-6 text-amber-950 dark:border-amber-400 dark:bg-amber-950/40 dark:text-amber-100 print:border print:bg-white print:text-black">
            <p className="flex flex-wrap items-center gap-x-2 font-semibold">
              <CalendarClock className="h-4 w-4 shrink-0" aria-hidden="true" />
              What has changed
              <span className="font-normal text-amber-800 dark:text-amber-300 print:text-black">
                · noted <time dateTime={step.changeNote.date}>{formatDate(step.changeNote.date)}</time>
              </span>
            </p>
            <p className="mt-1">
              <InlineText text={step.changeNote.text} />
            </p>
          </div>
        ) : null}

        <div>
          <h3 className={h3}>Do this</h3>
          <ol className="space-y-2.5" aria-label={`Instructions for step ${number}; numbers match the callouts in the picture`}>
            {step.instructions.map((instruction, i) => (
              <li key={i} className="flex gap-3 leading-7" data-callout-number={i + 1}>
                <span className="mt-0.5 flex h-6 w-6 shrink-0 items-center justify-center rounded-full bg-orange-700 text-xs font-bold text-white tabular-nums dark:bg-orange-500 dark:text-zinc-950 print:border print:border-black print:bg-white print:text-black" aria-hidden="true">
                  {i + 1}
                </span>
                <span className="min-w-0">
                  <InlineText text={instruction} />
                </span>
              </li>
            ))}
          </ol>
        </div>

        {step.copyValue ? <DeploymentValue kind={step.copyValue.kind} label={step.copyValue.label} /> : null}

        <ScreenshotFigure alt={step.screenshot.alt} title={`Step ${number}: ${plainTitle}`} caption={
            <>
              Step {number} in the portal. The numbered markers match the instructions above.<span className="print:hidden"> Click or tap the picture to enlarge it.</span>
            </>
          }>
          <Drawing />
        </ScreenshotFigure>

        {step.checklist && step.checklist.length > 0 ? (
          <div className="break-inside-avoid">
            <h3 className={h3}>Checklist</h3>
            <ul className="space-y-2">
              {step.checklist.map((item, i) => (
                <li key={i} className="flex gap-2.5 leading-7">
                  <CheckSquare className="mt-1.5 h-4 w-4 shrink-0 text-sky-700 dark:text-sky-400" aria-hidden="true" />
                  <span className="min-w-0">
                    <InlineText text={item} />
                  </span>
                </li>
              ))}
            </ul>
          </div>
        ) : null}

        {step.facts && step.facts.length > 0 ? (
          <div className="break-inside-avoid overflow-x-auto rounded-lg border border-zinc-200 dark:border-zinc-800">
            <table className="w-full text-left text-sm">
              <caption className="sr-only">Key facts for step {number}</caption>
              <tbody className="divide-y divide-zinc-200 dark:divide-zinc-800">
                {step.facts.map((fact, i) => (
                  <tr key={i} className="align-top">
                    <th scope="row" className="w-2/5 bg-zinc-50 px-3 py-2 font-semibold dark:bg-zinc-900">
                      <InlineText text={fact.label} />
                    </th>
                    <td className="px-3 py-2">
                      <InlineText text={fact.value} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ) : null}

        {step.code ? (
          <figure className="break-inside-avoid overflow-hidden rounded-lg border border-zinc-800 bg-zinc-950 text-zinc-100 print:border-zinc-400 print:bg-white print:text-black">
            <figcaption className="flex items-center justify-between gap-3 border-b border-zinc-800 px-3 py-1.5 text-xs text-zinc-300 print:border-zinc-400 print:text-black">
              <span className="min-w-0">
                <InlineText text={step.code.caption} />
                <span className="ml-2 rounded bg-zinc-800 px-1.5 py-0.5 font-mono text-[10px] uppercase text-zinc-300 print:hidden">{step.code.language}</span>
              </span>
              <CopyButton value={step.code.text} label={`Copy code: ${codeCaption}`} className="border-zinc-700 bg-zinc-900 text-zinc-100 hover:bg-zinc-800 dark:border-zinc-700 print:hidden" />
            </figcaption>
            <pre tabIndex={0} role="group" aria-label={`Code: ${codeCaption}`} className="overflow-x-auto p-4 font-mono text-[13px] leading-6 print:whitespace-pre-wrap">
              <code>{step.code.text}</code>
            </pre>
          </figure>
        ) : null}

        {step.vaultFields && step.vaultFields.length > 0 ? <SaveToVault fields={step.vaultFields} guide={guide.slug} step={step.id} /> : null}

        <StepDoneToggle guide={guide.slug} step={step.id} number={number} title={plainTitle} />
      </div>
    </section>
  );
}
