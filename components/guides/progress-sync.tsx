"use client";

import { useProgressSync } from "@/lib/guides/progress-client";
import type { GuideOutline } from "@/lib/guides/progress-store";

/** Merges or fetches a signed-in person's progress; renders nothing. Mount once per page. */
export function ProgressSync({ outlines }: { outlines: GuideOutline[] }) {
  useProgressSync(outlines);
  return null;
}
