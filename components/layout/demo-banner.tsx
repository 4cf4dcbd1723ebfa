"use client";

import { TriangleAlert } from "lucide-react";
import { useDeployment } from "./use-deployment";

/** On every page of a production deployment that runs the sandbox: a shared demo, said plainly. */
export function DemoBanner() {
  const deployment = useDeployment();
  if (!deployment?.publicDemo) return null;
  return (
    <div role="note" className="bg-amber-400 px-4 py-2 text-center text-sm font-medium text-amber-950" data-testid="demo-banner">
      <TriangleAlert className="mr-1.5 inline h-4 w-4 align-[-2px]" aria-hidden="true" />
      Public demo: sign-in uses Perch&apos;s Twitter sandbox, not the real Twitter, and anyone can use this server. Don&apos;t store real keys here.
    </div>
  );
}
