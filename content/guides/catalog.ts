/**
 * Lookups over the guide registry for pages, actions and the search index. Imports the
 * content (and its drawings), so only server code and build-time code should use it;
 * client components get what they need as props.
 */
import { guides } from "./index";
import type { Guide } from "@/lib/guides/types";
import type { GuideOutline } from "@/lib/guides/progress-merge";
import { progressKey } from "@/lib/guides/progress-merge";

/** Every guide, in reading order. */
export function allGuides(): readonly Guide[] {
  return guides;
}

/** One guide by slug, or null. */
export function findGuide(slug: string): Guide | null {
  return guides.find((g) => g.slug === slug) ?? null;
}

/** The guides before and after `slug` in reading order. */
export function neighbourGuides(slug: string): { previous: Guide | null; next: Guide | null } {
  const i = guides.findIndex((g) => g.slug === slug);
  if (i === -1) return { previous: null, next: null };
  return { previous: guides[i - 1] ?? null, next: guides[i + 1] ?? null };
}

/** Slugs, titles and step ids of every guide: all that progress needs, small enough to send to the browser. */
export function guideOutlines(): GuideOutline[] {
  return guides.map((g) => ({ slug: g.slug, title: g.title, stepIds: g.steps.map((s) => s.id) }));
}

let knownSteps: Set<string> | null = null;

/** True when `step` is a step of guide `guide` in the current content. */
export function isKnownStep(guide: string, step: string): boolean {
  knownSteps ??= new Set(guides.flatMap((g) => g.steps.map((s) => progressKey(g.slug, s.id))));
  return knownSteps.has(progressKey(guide, step));
}
