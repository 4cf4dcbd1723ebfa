import type { ComponentType } from "react";
import type { XFactId } from "@/lib/x/facts";

/** Values this deployment knows and a guide step can show with a copy button. */
export type DeploymentValueKind = "callbackUrl" | "websiteUrl";

/** Credential fields a step can offer to save into the vault. */
export type VaultField =
  | "apiKey"
  | "apiKeySecret"
  | "accessToken"
  | "accessTokenSecret"
  | "bearerToken"
  | "clientId"
  | "clientSecret"
  | "appId"
  | "adsAccountId";

/**
 * A drawn screenshot of one portal screen. `Drawing` lives in the guide's own folder
 * (content/guides/<slug>/drawings/) and renders an <svg> built from the drawing kit in
 * content/guides/kit/; it must draw one <Callout n={i}> for each instruction of its
 * step (1..instructions.length), so numbers in the picture match numbers in the text.
 */
export type Screenshot = {
  /** Meaningful alt text: what the screen shows and where the numbered controls are. */
  alt: string;
  Drawing: ComponentType;
};

/** A place where a reader confirms a fact about today's X (X's own pages are the authority). */
export type ConfirmAt = { label: string; url: string };

/**
 * A dated note where today's X differs from what the step describes. Every note states a
 * fact about today's X, so it carries the date it was checked and where to confirm it.
 * Built with `factNote()` (lib/guides/fact-note.ts), the note's statements are `facts`
 * from lib/x/facts.ts and its date and links come from their sources; `text` is then
 * only our lead-in about the seed's step (which may be empty).
 */
export type ChangeNote = { date: string; text: string; confirmAt: ConfirmAt[]; facts?: readonly XFactId[] };

export type GuideStep = {
  /** Stable kebab-case id, unique within the guide; used for #step-id deep links. */
  id: string;
  title: string;
  /** Paragraphs in our own words. Inline `code` and **bold** are rendered. */
  body: string[];
  /** Numbered things to do; instruction i is callout i+1 on the screenshot. */
  instructions: string[];
  /** Optional checklist (e.g. what a support question must include). */
  checklist?: string[];
  /** Optional label/value facts shown as a small table (limits, numbers). */
  facts?: { label: string; value: string }[];
  /** Optional code sample (e.g. a request and its response). */
  code?: { caption: string; language: string; text: string };
  screenshot: Screenshot;
  changeNote?: ChangeNote;
  /** Facts about today's X this step rests on (lib/x/facts.ts), each shown with its source and checked date. */
  xFacts?: readonly XFactId[];
  /** A value this deployment knows, shown with a copy button. */
  copyValue?: { kind: DeploymentValueKind; label: string };
  /** Credential fields this step produces, offered as "Save to vault". */
  vaultFields?: VaultField[];
};

/**
 * Which developer site a guide's steps follow. "current": today's Developer Console
 * (console.x.com, pay-per-use since February 2026). "earlier-portal": the earlier
 * developer portal the seed documents describe, kept as they were, with dated notes.
 */
export type GuideEra = "current" | "earlier-portal";

type GuideBase = {
  slug: string;
  title: string;
  /** One or two sentences for the guide list. */
  summary: string;
  minutes: number;
  /** Seed file names (in shared/seeds) this guide mirrors; empty for a guide about today's console, which no seed describes. */
  seeds: string[];
  /** ISO date the content was last checked against the portal. */
  reviewed: string;
  steps: GuideStep[];
};

export type Guide = GuideBase &
  (
    | {
        era: "current";
        /** Where to confirm what a guide about today's X says; shown at the top of the guide. */
        confirmAt: ConfirmAt[];
      }
    | { era: "earlier-portal" }
  );
