import type { ComponentType } from "react";

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
 * A drawn screenshot of one portal screen. `Drawing` renders an <svg> built from the
 * kit in components/guides/screenshots/kit.tsx; it must draw one <Callout n={i}> for
 * each instruction of its step (1..instructions.length), so numbers in the picture
 * match numbers in the text.
 */
export type Screenshot = {
  /** Meaningful alt text: what the screen shows and where the numbered controls are. */
  alt: string;
  Drawing: ComponentType;
};

/** A dated note where today's portal differs from the source document. */
export type ChangeNote = { date: string; text: string };

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
  /** A value this deployment knows, shown with a copy button. */
  copyValue?: { kind: DeploymentValueKind; label: string };
  /** Credential fields this step produces, offered as "Save to vault". */
  vaultFields?: VaultField[];
};

export type Guide = {
  slug: string;
  title: string;
  /** One or two sentences for the guide list. */
  summary: string;
  minutes: number;
  /** Seed file names (in shared/seeds) this guide mirrors. */
  seeds: string[];
  /** ISO date the content was last checked against the portal. */
  reviewed: string;
  steps: GuideStep[];
};
