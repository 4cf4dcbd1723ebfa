import { LoaderCircle } from "lucide-react";
import type { ButtonHTMLAttributes, ReactNode } from "react";
import { buttonClass, type ButtonVariant } from "./button-link";

type Props = ButtonHTMLAttributes<HTMLButtonElement> & { isPending: boolean; icon?: ReactNode; variant?: ButtonVariant };

/** A submit button that shows a spinner (and is busy) while its action runs. */
export function SubmitButton({ isPending, icon, variant = "primary", className, children, type = "submit", ...button }: Props) {
  return (
    <button type={type} className={buttonClass(variant, className)} disabled={isPending} aria-busy={isPending} {...button}>
      {isPending ? <LoaderCircle className="h-4 w-4 animate-spin motion-reduce:animate-none" aria-hidden="true" /> : icon}
      {children}
    </button>
  );
}
