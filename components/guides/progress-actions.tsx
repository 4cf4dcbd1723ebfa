"use client";

import { createContext, useContext, type ReactNode } from "react";
import type { ActionResult } from "@/lib/guard/result";
import type { ProgressEntry } from "@/lib/guides/progress-merge";

/**
 * The server actions that keep a signed-in person's guide progress in their account.
 * They live in app/guides/actions.ts; the root layout hands them down through
 * `ProgressActionsProvider`, so components never import from app/.
 */
export type ProgressActions = {
  setStepDone: (input: { guide: string; step: string; isDone: boolean }) => Promise<ActionResult<null>>;
  mergeProgress: (input: { entries: ProgressEntry[] }) => Promise<ActionResult<ProgressEntry[]>>;
  findMyProgress: (input: Record<string, never>) => Promise<ActionResult<ProgressEntry[]>>;
};

const ProgressActionsContext = createContext<ProgressActions | null>(null);

/** Supplies the progress server actions to everything below it. Rendered once, by the root layout. */
export function ProgressActionsProvider({ actions, children }: { actions: ProgressActions; children: ReactNode }) {
  return <ProgressActionsContext value={actions}>{children}</ProgressActionsContext>;
}

/** The progress server actions; throws when no provider is above, which is a wiring mistake. */
export function useProgressActions(): ProgressActions {
  const actions = useContext(ProgressActionsContext);
  if (!actions) throw new Error("useProgressActions: render ProgressActionsProvider above this component (app/layout.tsx does).");
  return actions;
}
