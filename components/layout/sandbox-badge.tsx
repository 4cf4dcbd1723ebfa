"use client";

import { FlaskConical } from "lucide-react";
import Link from "next/link";
import { useDeployment } from "./use-deployment";

/** A visible reminder, on every page, that sign-in and API checks use the sandbox. */
export function SandboxBadge() {
  const deployment = useDeployment();
  if (!deployment?.sandbox) return null;
  return (
    <Link
      href="/sandbox"
      className="inline-flex items-center gap-1 rounded-full bg-amber-100 px-2.5 py-1 text-xs font-semibold text-amber-900 hover:bg-amber-200 dark:bg-amber-950 dark:text-amber-200 dark:hover:bg-amber-900"
      title="Sign-in and API checks use Perch's built-in Twitter sandbox, not the real Twitter"
      data-testid="sandbox-badge"
    >
      <FlaskConical className="h-3.5 w-3.5" aria-hidden="true" />
      Sandbox
    </Link>
  );
}
