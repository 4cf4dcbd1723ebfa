"use client";

import { useCallback, useEffect, useRef, useState, useTransition, type FormEvent } from "react";
import type { ActionResult } from "@/lib/guard/result";

/** A guarded action (or any function returning its result shape); forms pass it their FormData. */
type Action<I, T> = (input: I) => Promise<ActionResult<T>>;

/**
 * Runs a guarded server action from a form or a button and keeps its one result shape.
 * Forms submit through `onSubmit` (not React's form action), so a refused submission
 * keeps everything the person typed; a network failure becomes a failure result too.
 */
export function useAction<I, T>(action: Action<I, T>, { onSuccess }: { onSuccess?: (data: T, context: { input: I; form: HTMLFormElement | null }) => void } = {}) {
  const [result, setResult] = useState<ActionResult<T> | null>(null);
  const [isPending, startTransition] = useTransition();
  const lastForm = useRef<HTMLFormElement | null>(null);

  // Take keyboard and screen-reader users straight to the first field to fix.
  useEffect(() => {
    if (!result || result.ok || !result.fieldErrors) return;
    const first = Object.keys(result.fieldErrors).find((name) => result.fieldErrors?.[name]?.length);
    const field = first ? lastForm.current?.querySelector<HTMLElement>(`[name="${CSS.escape(first)}"]`) : null;
    field?.focus();
  }, [result]);

  const run = useCallback(
    (input: I, form: HTMLFormElement | null = null) =>
      new Promise<ActionResult<T>>((resolve) => {
        startTransition(async () => {
          let next: ActionResult<T>;
          try {
            next = await action(input);
          } catch {
            next = { ok: false, code: "UNAVAILABLE", message: "Perch could not be reached. Check your connection and try again." };
          }
          setResult(next);
          if (next.ok) onSuccess?.(next.data, { input, form });
          resolve(next);
        });
      }),
    [action, onSuccess],
  );

  const onSubmit = useCallback(
    (event: FormEvent<HTMLFormElement>) => {
      event.preventDefault();
      const form = event.currentTarget;
      lastForm.current = form;
      const data = new FormData(form);
      // The button that submitted the form names a choice (e.g. Authorize or Cancel).
      const submitter = (event.nativeEvent as SubmitEvent).submitter;
      if (submitter instanceof HTMLButtonElement && submitter.name) data.set(submitter.name, submitter.value);
      void run(data as I, form);
    },
    [run],
  );

  return { result, isPending, run, onSubmit, reset: () => setResult(null) };
}
