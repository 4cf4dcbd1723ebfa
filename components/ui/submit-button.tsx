"use client";

import { LoaderCircle } from "lucide-react";
import type { ButtonHTMLAttributes, ReactNode } from "react";
import { useHydrated } from "./use-hydrated";
import { buttonClass, type ButtonVariant } from "./button-link";

type Props = ButtonHTMLAttributes<HTMLButtonElement> & { isPending: boolean; icon?: ReactNode; variant?: ButtonVariant };

/**
 * A submit button that shows a spinner (and is busy) while its action runs. Its forms submit
 * through JavaScript, so it stays disabled until the page has hydrated: a click before then
 * would post the form natively (fields in the URL) instead of running the action.
 */
export function SubmitButton({ isPending, icon, variant = "primary", className, children, type = "submit", disabled, ...button }: Props) {
  const isHydrated = useHydrated();
  return (
    <button type={type} className={buttonClass(variant, className)} aria-busy={isPending} {...button} disabled={isPending || !isHydrated || disabled}>
      {isPending ? <LoaderCircle className="h-4 w-4 animate-spin motion-reduce:animate-none" aria-hidden="true" /> : icon}
      {children}
    </button>
  );
}
