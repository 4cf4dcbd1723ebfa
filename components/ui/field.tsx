"use client";

import { useId, type InputHTMLAttributes, type ReactNode, type TextareaHTMLAttributes } from "react";
import { fieldError, type ActionResult } from "@/lib/guard/result";
import { cn } from "@/lib/utils";
import { errorClass, hintClass, inputClass, labelClass } from "./form-styles";

type Common = {
  label: ReactNode;
  name: string;
  /** The last result of the form's action: its problem with this field is shown under it. */
  result?: ActionResult<unknown> | null;
  hint?: ReactNode;
  /** For the wrapper (label, control and messages). */
  className?: string;
  /** For the control alone (e.g. `font-mono` for URLs), so the label keeps the labels' look. */
  inputClassName?: string;
};

function useFieldIds(name: string, result: Common["result"], hint: ReactNode) {
  const id = `${useId()}-${name}`;
  const error = fieldError(result, name);
  const describedBy = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(" ") || undefined;
  return { id, error, describedBy };
}

function Messages({ id, hint, error }: { id: string; hint: ReactNode; error: string | undefined }) {
  return (
    <>
      {hint ? (
        <p id={`${id}-hint`} className={hintClass}>
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={`${id}-error`} className={errorClass}>
          {error}
        </p>
      ) : null}
    </>
  );
}

/** A labelled text input with its hint and its error (aria-describedby, aria-invalid). */
export function TextField({ label, name, result, hint, className, inputClassName, ...input }: Common & Omit<InputHTMLAttributes<HTMLInputElement>, "name">) {
  const { id, error, describedBy } = useFieldIds(name, result, hint);
  return (
    <div className={className}>
      <label htmlFor={id} className={labelClass}>
        {label}
      </label>
      <input id={id} name={name} className={cn(inputClass, "mt-1", inputClassName)} aria-invalid={error ? true : undefined} aria-describedby={describedBy} {...input} />
      <Messages id={id} hint={hint} error={error} />
    </div>
  );
}

/** A labelled textarea with its hint and its error. */
export function TextAreaField({ label, name, result, hint, className, inputClassName, ...input }: Common & Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, "name">) {
  const { id, error, describedBy } = useFieldIds(name, result, hint);
  return (
    <div className={className}>
      <label htmlFor={id} className={labelClass}>
        {label}
      </label>
      <textarea id={id} name={name} className={cn(inputClass, "mt-1", inputClassName)} aria-invalid={error ? true : undefined} aria-describedby={describedBy} {...input} />
      <Messages id={id} hint={hint} error={error} />
    </div>
  );
}
