import { X_FACTS, latestCheck, sourcesOf, type XFactId } from "@/lib/x/facts";
import type { ChangeNote, ConfirmAt, GuideStep } from "./types";

/** Where a reader confirms some facts: the X documentation pages they rest on. */
export function factPlaces(ids: readonly XFactId[]): ConfirmAt[] {
  return sourcesOf(ids).map((s) => ({ label: `X docs: ${s.title}`, url: s.url }));
}

/**
 * A "what has changed" note made of facts about today's X: its date is the latest check of
 * their sources and its links are those sources, so neither can drift from lib/x/sources.ts.
 * `lead` is our own sentence about the seed's step, before the facts.
 */
export function factNote(facts: readonly XFactId[], lead = ""): ChangeNote {
  if (facts.length === 0) throw new Error("a fact note needs at least one fact");
  return { date: latestCheck(facts)!, text: lead, confirmAt: factPlaces(facts), facts };
}

/** Everything a change note says, as one string (for search and plain-text uses). */
export function changeNoteText(note: ChangeNote): string {
  return [note.text, ...(note.facts ?? []).map((id) => X_FACTS[id].text)].filter(Boolean).join(" ");
}

/** The facts a step shows, in its note and its list, as text (for the search index). */
export function stepFactTexts(step: GuideStep): string[] {
  return [...(step.changeNote?.facts ?? []), ...(step.xFacts ?? [])].map((id) => X_FACTS[id].text);
}
