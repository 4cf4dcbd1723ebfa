import type { Guide, GuideStep as Step } from "@/lib/guides/types";
import { CopyButton } from "@/components/ui/copy-button";
import { drawingUrls } from "@/content/guides/drawing-files";
import { ConfirmLinks } from "./confirm-links";
import { DeploymentValue } from "./deployment-value";
import { InlineText } from "./inline-text";
import { SaveToVault } from "./save-to-vault";
import { ScreenshotFigure } from "./screenshot-figure";
import { StepDoneToggle } from "./step-done-toggle";
import { XFactList, XFactsBox } from "./x-fact-list";
import { TroubleshootLink } from "@/components/troubleshoot/troubleshoot-link";
import { inlineToPlainText } from "@/lib/guides/inline";
import { formatDate } from "@/lib/guides/format-date";

const h3 = "guide-h3";

/** One step of a guide: its text, numbered instructions, extras and drawn screenshot. */
export function GuideStep({ guide, step, number }: { guide: Guide; step: Step; number: number }) {
  const titleId = `${step.id}-title`;
  const plainTitle = inlineToPlainText(step.title);
  const codeCaption = step.code ? inlineToPlainText(step.code.caption) : "";
  return (
    <section id={step.id} aria-labelledby={titleId} className="guide-step" data-testid="guide-step">
      <div className="flex items-start gap-3">
        <span className="guide-step-number" aria-hidden="true">
          {number}
        </span>
        <h2 id={titleId} className="guide-step-title">
          <span className="sr-only">Step {number}: </span>
          <InlineText text={step.title} />
        </h2>
        <a
          href={`#${step.id}`}
          className="guide-step-link"
          title="Link to this step"
        >
          <span aria-hidden="true">#</span>
          <span className="sr-only">Link to step {number}</span>
        </a>
      </div>

      <div className="guide-step-body">
        <div className="guide-body">
          {step.body.map((paragraph, i) => (
            <p key={i}>
              <InlineText text={paragraph} />
            </p>
          ))}
        </div>

        {step.changeNote ? (
          <div role="note" aria-label={`What has changed (step ${number})`} className="guide-change-note">
            <p className="guide-change-note-title">
              What has changed
              <span className="guide-change-note-date">
                · noted <time dateTime={step.changeNote.date}>{formatDate(step.changeNote.date)}</time>
              </span>
            </p>
            {step.changeNote.text ? (
              <p className="mt-1">
                <InlineText text={step.changeNote.text} />
              </p>
            ) : null}
            {step.changeNote.facts ? <XFactList ids={step.changeNote.facts} /> : <ConfirmLinks places={step.changeNote.confirmAt} className="mt-1" />}
          </div>
        ) : null}

        {step.xFacts ? <XFactsBox ids={step.xFacts} number={number} /> : null}

        <div>
          <h3 className={h3}>Do this</h3>
          <ol className="space-y-2.5" aria-label={`Instructions for step ${number}`}>
            {step.instructions.map((instruction, i) => (
              <li key={i} className="guide-instruction" data-callout-number={i + 1}>
                <InlineText text={instruction} />
              </li>
            ))}
          </ol>
        </div>

        {step.copyValue ? <DeploymentValue kind={step.copyValue.kind} label={step.copyValue.label} /> : null}

        <ScreenshotFigure
          alt={step.screenshot.alt}
          title={`Step ${number}: ${plainTitle}`}
          urls={drawingUrls(guide.slug, step.id)}
          eager={number === 1}
          caption={
            <>
              Step {number} on screen; its numbers match the instructions.<span className="print:hidden"> Click to enlarge.</span>
            </>
          }
        />

        {step.checklist && step.checklist.length > 0 ? (
          <div className="break-inside-avoid">
            <h3 className={h3}>Checklist</h3>
            <ul className="guide-checklist space-y-2">
              {step.checklist.map((item, i) => (
                <li key={i}>
                  <InlineText text={item} />
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
                    <th scope="row" className="guide-fact-label">
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
              <CopyButton value={step.code.text} label={`Copy code: ${codeCaption}`} tone="dark" className="print:hidden" />
            </figcaption>
            <pre tabIndex={0} role="group" aria-label={`Code: ${codeCaption}`} className="overflow-x-auto p-4 font-mono text-[13px] leading-6 print:whitespace-pre-wrap">
              <code>{step.code.text}</code>
            </pre>
          </figure>
        ) : null}

        {step.vaultFields && step.vaultFields.length > 0 ? <SaveToVault fields={step.vaultFields} guide={guide.slug} step={step.id} /> : null}

        <TroubleshootLink guide={guide.slug} step={step.id} />

        <StepDoneToggle guide={guide.slug} step={step.id} number={number} title={plainTitle} />
      </div>
    </section>
  );
}
