"use client";

import { useProgressSync } from "@/components/guides/progress-browser-store";
import type { GuideOutline } from "@/lib/guides/progress-merge";

/** Merges or fetches a signed-in person's progress; renders nothing. Mount once per page. */
export function ProgressSync({ outlines }: { outlines: GuideOutline[] }) {
  useProgressSync(outlines);
  return null;
}
