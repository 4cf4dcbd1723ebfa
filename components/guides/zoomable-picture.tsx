"use client";

import { X } from "lucide-react";
import { useEffect, useId, useRef, useState, type KeyboardEvent } from "react";

export type PictureUrls = { light: string; dark: string };

/**
 * The drawing as two cached .svg images, one per theme; CSS shows the one matching the
 * page's theme (browsers skip loading a lazy image that is not displayed).
 */
function Pictures({ urls, eager }: { urls: PictureUrls; eager?: boolean }) {
  const common = { width: 960, height: 600, decoding: "async", loading: eager ? "eager" : "lazy" } as const;
  return (
    <>
      {/* eslint-disable-next-line @next/next/no-img-element -- a static SVG: next/image would add nothing but a wrapper */}
      <img {...common} alt="" src={urls.light} className="h-auto w-full dark:hidden" />
      {/* eslint-disable-next-line @next/next/no-img-element -- as above */}
      <img {...common} alt="" src={urls.dark} className="hidden h-auto w-full dark:block" />
    </>
  );
}

/**
 * A step's screenshot. The picture is one image to assistive technology (role="img"
 * with the alt text); clicking it, or Enter/Space while it has focus, opens it larger
 * in a native modal dialog that Escape closes, returning focus to the picture. The
 * dialog exists only while open: a guide has many pictures and most are never enlarged.
 */
export function ZoomablePicture({ alt, title, urls, eager }: { alt: string; title: string; urls: PictureUrls; eager?: boolean }) {
  const dialogRef = useRef<HTMLDialogElement>(null);
  const pictureRef = useRef<HTMLDivElement>(null);
  const [isOpen, setOpen] = useState(false);
  const id = useId();
  const open = () => setOpen(true);
  useEffect(() => {
    if (isOpen) dialogRef.current?.showModal();
  }, [isOpen]);

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (e.key === "Enter" || e.key === " ") {
      e.preventDefault();
      open();
    }
  };

  return (
    <>
      <div
        ref={pictureRef}
        role="img"
        aria-label={alt}
        aria-describedby={`${id}-hint`}
        tabIndex={0}
        onClick={open}
        onKeyDown={onKeyDown}
        className="guide-picture group"
        data-testid="screenshot"
      >
        <Pictures urls={urls} eager={eager} />
        <span className="guide-enlarge" aria-hidden="true">
          Enlarge
        </span>
        <span id={`${id}-hint`} className="sr-only">
          Press Enter to open a larger view.
        </span>
      </div>
      {isOpen ? (
        <dialog
          ref={dialogRef}
          aria-labelledby={`${id}-title`}
          aria-describedby={`${id}-description`}
          // A click on the backdrop lands on the <dialog> itself: close, as a lightbox does.
          onClick={(e) => e.target === e.currentTarget && e.currentTarget.close()}
          onClose={() => {
            setOpen(false);
            pictureRef.current?.focus();
          }}
          className="m-auto max-h-[calc(100dvh-2rem)] w-[calc(100vw-2rem)] max-w-7xl flex-col overflow-hidden rounded-xl border border-zinc-200 bg-white p-0 text-zinc-900 shadow-2xl backdrop:bg-zinc-950/70 backdrop:backdrop-blur-sm open:flex dark:border-zinc-700 dark:bg-zinc-950 dark:text-zinc-100"
        >
          <div className="flex items-start justify-between gap-4 border-b border-zinc-200 px-4 py-3 dark:border-zinc-800">
            <div className="min-w-0">
              <h2 id={`${id}-title`} className="font-semibold">
                {title}
              </h2>
              <p id={`${id}-description`} className="mt-0.5 text-sm text-zinc-600 dark:text-zinc-400">
                {alt}
              </p>
            </div>
            <form method="dialog">
              <button className="inline-flex h-9 w-9 shrink-0 items-center justify-center rounded-md text-zinc-600 hover:bg-zinc-100 hover:text-zinc-900 dark:text-zinc-300 dark:hover:bg-zinc-800 dark:hover:text-white" aria-label="Close larger view">
                <X className="h-5 w-5" aria-hidden="true" />
              </button>
            </form>
          </div>
          <div role="group" aria-label="Enlarged picture" tabIndex={0} className="min-h-0 overflow-auto bg-zinc-50 p-3 sm:p-5 dark:bg-zinc-900" data-testid="screenshot-zoomed">
            <div className="mx-auto w-full min-w-[720px] max-w-[min(1400px,calc((100dvh-12rem)*1.6))]">
              <Pictures urls={urls} />
            </div>
          </div>
        </dialog>
      ) : null}
    </>
  );
}
