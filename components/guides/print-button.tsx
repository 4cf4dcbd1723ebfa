"use client";

import { Printer } from "lucide-react";
import { buttonClass } from "@/components/ui/button-link";

/** Opens the browser's print dialog; the guide has a print layout (see the print: classes). */
export function PrintButton() {
  return (
    <button type="button" onClick={() => window.print()} className={buttonClass("secondary", "px-3 py-1.5 print:hidden")}>
      <Printer className="h-4 w-4" aria-hidden="true" />
      Print
    </button>
  );
}
