import { findDrawingFile, drawingFileParams } from "@/content/guides/drawing-files";
import { AppError } from "@/lib/guard/errors";
import { route } from "@/lib/guard/route";

// Every drawing file is made once at build time and then served as a static file.
export const dynamic = "force-static";
export const dynamicParams = false;

export function generateStaticParams(): { slug: string; file: string }[] {
  return drawingFileParams();
}

// GET /guides/[slug]/drawings/[file] - one step's drawing as an .svg for one theme.
export const GET = route("GET /guides/[slug]/drawings/[file]", (_request, { params }) => {
  const svg = findDrawingFile(params.slug ?? "", params.file ?? "");
  if (!svg) throw new AppError("NOT_FOUND", "There is no such drawing.");
  return new Response(svg, {
    headers: {
      "Content-Type": "image/svg+xml; charset=utf-8",
      // The name carries a content hash, so the bytes behind a URL never change.
      "Cache-Control": "public, max-age=31536000, immutable",
      // Our own pictures, but an SVG is a document: it may style itself and nothing else.
      "Content-Security-Policy": "default-src 'none'; style-src 'unsafe-inline'",
      "X-Content-Type-Options": "nosniff",
    },
  });
});
