import type { ReactNode } from "react";
import { ZoomablePicture, type PictureUrls } from "./zoomable-picture";

type Props = {
  alt: string;
  /** Shown under the picture, e.g. "Step 3 — the App settings page". */
  caption: ReactNode;
  /** Title of the enlarged view. */
  title: string;
  /** The drawing's .svg files, light and dark (content/guides/drawing-files.ts). */
  urls: PictureUrls;
  /** Load at once (the first picture on the page), not when scrolled near. */
  eager?: boolean;
};

/** A step's screenshot with its caption; the picture itself opens larger on click or Enter. */
export function ScreenshotFigure({ alt, caption, title, urls, eager }: Props) {
  return (
    <figure className="break-inside-avoid">
      <ZoomablePicture alt={alt} title={title} urls={urls} eager={eager} />
      <figcaption className="guide-caption">{caption}</figcaption>
    </figure>
  );
}
