import { Fragment } from "react";
import type { ConfirmAt } from "@/lib/guides/types";

/**
 * "Confirm at: X Developer Console, X docs: pricing." — where a reader checks a fact about
 * today's X for themselves. Links are underlined so they stand out inside running text.
 */
export function ConfirmLinks({ places, className }: { places: readonly ConfirmAt[]; className?: string }) {
  if (places.length === 0) return null;
  return (
    <p className={className}>
      Confirm at{" "}
      {places.map((place, i) => (
        <Fragment key={place.url}>
          {i > 0 ? (i === places.length - 1 ? " and " : ", ") : null}
          <a href={place.url} className="guide-link">
            {place.label}
          </a>
        </Fragment>
      ))}
      .
    </p>
  );
}
