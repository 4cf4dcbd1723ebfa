"use client";

import { Printer } from "lucide-react";

/**
 * Opens the browser's print dialog; the guide has a print layout (see the print: classes).
 * The page passes the button's look (buttonClass, resolved on the server) so this small
 * client component does not ship the class-merging code.
 */
export function PrintButton({ className }: { className: string }) {
  return (
    <button type="button" onClick={() => window.print()} className={className}>
      <Printer className="h-4 w-4" aria-hidden="true" />
      Print
    </button>
  );
}
