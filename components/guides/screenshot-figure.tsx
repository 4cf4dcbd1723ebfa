"use client";

import * as Dialog from "@radix-ui/react-dialog";
import { Maximize2, X } from "lucide-react";
import { useId, useRef, useState, type KeyboardEvent, type ReactNode } from "react";

type Props = {
  alt: string;
  /** Shown under the picture, e.g. "Step 3 — the App settings page". */
  caption: ReactNode;
  /** Title of the enlarged view. */
  title: string;
  /** The drawing (an aria-hidden SVG), rendered on the server. */
  children: ReactNode;
};

/**
 * A step's screenshot. The picture is one image to assistive technology (role="img"
 * with the alt text); clicking it, or Enter/Space while it has focus, opens it larger
 * in a dialog that Escape closes, returning focus to the picture.
 */
export function ScreenshotFigure({ alt, caption, title, children }: Props) {
  const [isOpen, setOpen] = useState(false);
  const pictureRef = useRef<HTMLDivElement>(null);
  const hintId = useId();

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (e.key === "Enter" || e.key === " ") {
      e.preventDefault();
      setOpen(true);
    }
  };

  return (
    <figure className="break-inside-avoid">
      <div
        ref={pictureRef}
        role="img"
        aria-label={alt}
        aria-describedby={hintId}
        tabIndex={0}
        onClick={() => setOpen(true)}
        onKeyDown={onKeyDown}
        className="group relative cursor-zoom-in overflow-hidden rounded-xl border border-zinc-200 bg-zinc-50 p-2 transition-shadow hover:shadow-md sm:p-3 dark:border-zinc-800 dark:bg-zinc-900/60 print:cursor-auto print:border-zinc-300 print:p-0 print:shadow-none"
        data-testid="screenshot"
      >
        {children}
        <span
          className="pointer-events-none absolute right-3 top-3 hidden items-center gap-1 rounded-md bg-zinc-900/80 px-2 py-1 text-xs font-medium text-white opacity-0 transition-opacity group-hover:opacity-100 group-focus-visible:opacity-100 sm:inline-flex print:hidden"
          aria-hidden="true"
        >
          <Maximize2 className="h-3.5 w-3.5" /> Enlarge
        </span>
      </div>
      <figcaption className="mt-2 text-sm text-zinc-600 dark:text-zinc-400">
        {caption}
        <span id={hintId} className="sr-only">
          Press Enter to open a larger view.
        </span>
      </figcaption>
      <Dialog.Root open={isOpen} onOpenChange={setOpen}>
        <Dialog.Portal>
          <Dialog.Overlay className="fixed inset-0 z-50 bg-zinc-950/70 backdrop-blur-sm" />
          <Dialog.Content
            className="fixed inset-0 z-50 m-auto flex h-fit max-h-[calc(100dvh-2rem)] w-[calc(100vw-2rem)] max-w-7xl flex-col overflow-hidden rounded-xl border border-zinc-200 bg-white shadow-2xl focus:outline-none dark:border-zinc-700 dark:bg-zinc-950"
            onCloseAutoFocus={(e) => {
              // There is no Radix trigger (the picture keeps its image role), so return focus ourselves.
              e.preventDefault();
              pictureRef.current?.focus();
            }}
          >
            <div className="flex items-start justify-between gap-4 border-b border-zinc-200 px-4 py-3 dark:border-zinc-800">
              <div className="min-w-0">
                <Dialog.Title className="font-semibold">{title}</Dialog.Title>
                <Dialog.Description className="mt-0.5 text-sm text-zinc-600 dark:text-zinc-400">{alt}</Dialog.Description>
              </div>
              <Dialog.Close className="inline-flex h-9 w-9 shrink-0 items-center justify-center rounded-md text-zinc-600 hover:bg-zinc-100 hover:text-zinc-900 dark:text-zinc-300 dark:hover:bg-zinc-800 dark:hover:text-white" aria-label="Close larger view">
                <X className="h-5 w-5" aria-hidden="true" />
              </Dialog.Close>
            </div>
            <div role="group" aria-label="Enlarged picture" tabIndex={0} className="min-h-0 overflow-auto bg-zinc-50 p-3 sm:p-5 dark:bg-zinc-900" data-testid="screenshot-zoomed">
              <div className="mx-auto w-full min-w-[720px] max-w-[min(1400px,calc((100dvh-12rem)*1.6))]">{children}</div>
            </div>
          </Dialog.Content>
        </Dialog.Portal>
      </Dialog.Root>
    </figure>
  );
}
