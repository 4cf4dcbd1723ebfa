import { ExternalLink } from "lucide-react";
import type { DraftCost } from "@/lib/drafts/cost";
import { formatCount } from "@/lib/drafts/format";
import { X_API_PRICING, formatUsd, priceOf } from "@/lib/pricing";

/** The monthly cost estimate under pay-per-use pricing, dated, with where to confirm it. */
export function CostEstimate({ cost }: { cost: DraftCost }) {
  return (
    <section aria-labelledby="cost-title" className="rounded-xl border border-zinc-200 bg-white p-4 sm:p-5 dark:border-zinc-800 dark:bg-zinc-950">
      <h2 id="cost-title" className="text-base font-semibold">
        Cost estimate
      </h2>
      {!cost.hasVolumes ? (
        <p className="mt-2 text-sm text-zinc-600 dark:text-zinc-400">Add your expected monthly volumes in the last step to see what they would cost under today&rsquo;s pay-per-use pricing.</p>
      ) : (
        <>
          <div className="mt-3 overflow-x-auto">
            <table className="w-full text-sm">
              <caption className="sr-only">Estimated monthly cost by item</caption>
              <thead>
                <tr className="border-b border-zinc-200 text-left text-xs text-zinc-600 dark:border-zinc-800 dark:text-zinc-400">
                  <th scope="col" className="py-1.5 pr-2 font-medium">Item</th>
                  <th scope="col" className="py-1.5 pr-2 text-right font-medium">Per month</th>
                  <th scope="col" className="py-1.5 pr-2 text-right font-medium">Price</th>
                  <th scope="col" className="py-1.5 text-right font-medium">Cost</th>
                </tr>
              </thead>
              <tbody>
                {cost.estimate.lines.map((line) => (
                  <tr key={line.id} className="border-b border-zinc-100 dark:border-zinc-900">
                    <th scope="row" className="py-1.5 pr-2 text-left font-normal">{line.label}</th>
                    <td className="py-1.5 pr-2 text-right tabular-nums">{formatCount(line.quantity)}</td>
                    <td className="py-1.5 pr-2 text-right tabular-nums text-zinc-600 dark:text-zinc-400">{formatUsd(priceOf(line.id).usd)}</td>
                    <td className="py-1.5 text-right tabular-nums">{formatUsd(line.usd)}</td>
                  </tr>
                ))}
              </tbody>
              <tfoot>
                <tr>
                  <th scope="row" colSpan={3} className="pt-2 pr-2 text-left font-semibold">Total per month (at most)</th>
                  <td className="pt-2 text-right font-semibold tabular-nums" data-testid="cost-total">{formatUsd(cost.estimate.totalUsd)}</td>
                </tr>
              </tfoot>
            </table>
          </div>
          <p className="mt-2 text-xs text-zinc-600 dark:text-zinc-400">{cost.notes[0]} Every read is counted here, so the real bill can only be lower.</p>
        </>
      )}
      <p className="mt-3 text-xs text-zinc-600 dark:text-zinc-400">
        {X_API_PRICING.currency} prices as checked on <time dateTime={cost.checkedOn}>{cost.checkedOn}</time> (pay-per-use since {cost.since}). Prices change; confirm them at{" "}
        {cost.confirmAt.map((c, i) => (
          <span key={c.url}>
            {i > 0 ? " or " : ""}
            <a href={c.url} target="_blank" rel="noreferrer" className="inline-flex items-center gap-0.5 font-medium text-sky-700 underline-offset-2 hover:underline dark:text-sky-400">
              {c.label}
              <ExternalLink className="h-3 w-3" aria-hidden="true" />
              <span className="sr-only"> (opens in a new tab)</span>
            </a>
          </span>
        ))}
        .
      </p>
    </section>
  );
}
