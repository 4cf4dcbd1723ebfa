import { NextResponse } from "next/server";
import { route } from "@/lib/guard/route";
import { allGuides } from "@/content/guides/catalog";
import { stepFactTexts } from "@/lib/guides/fact-note";
import { buildSearchIndex } from "@/lib/guides/search";

// Built once with the site from the guide content, then served as a static file.
export const dynamic = "force-static";

// GET /api/guides/search-index - the client-side search index of every guide step.
export const GET = route("GET /api/guides/search-index", () => NextResponse.json(buildSearchIndex(allGuides(), stepFactTexts)));
