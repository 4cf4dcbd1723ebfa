import Link from "next/link";
import type { ComponentProps } from "react";
import { cn } from "@/lib/utils";
import { BUTTON_BASE, BUTTON_VARIANTS, type ButtonVariant } from "./button-styles";

export type { ButtonVariant };

/** Shared button look, for links and buttons alike. */
export function buttonClass(variant: ButtonVariant = "primary", className?: string): string {
  return cn(BUTTON_BASE, BUTTON_VARIANTS[variant], className);
}

/** A link styled as a button. */
export function ButtonLink({ variant = "primary", className, ...props }: ComponentProps<typeof Link> & { variant?: ButtonVariant }) {
  return <Link className={buttonClass(variant, className)} {...props} />;
}
