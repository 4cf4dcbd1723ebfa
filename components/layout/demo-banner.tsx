"use client";

import { TriangleAlert } from "lucide-react";
import { useDeployment } from "./use-deployment";

/**
 * On every page of a production deployment that runs the sandbox: a shared demo, said plainly.
 * Pages learn this after they load, so the note is pinned to the bottom of the window rather
 * than pushed into the header, where it would move the whole page down as it appears; an
 * invisible copy after the footer keeps the page's end readable above it.
 */
export function DemoBanner() {
  const deployment = useDeployment();
  if (!deployment?.publicDemo) return null;
  const note = (
    <>
      <TriangleAlert className="mr-1.5 inline h-4 w-4 align-[-2px]" aria-hidden="true" />
      Public demo: sign-in uses Perch&apos;s Twitter sandbox, not the real Twitter, and anyone can use this server. Don&apos;t store real keys here.
    </>
  );
  const strip = "px-4 py-2 text-center text-sm font-medium print:hidden";
  return (
    <>
      {/* An invisible copy in the flow: as tall as the pinned note at any width. */}
      <div aria-hidden="true" className={`invisible ${strip}`}>
        {note}
      </div>
      <aside aria-label="Public demo" className={`fixed inset-x-0 bottom-0 z-40 bg-amber-400 text-amber-950 ${strip}`} data-testid="demo-banner">
        {note}
      </aside>
    </>
  );
}
