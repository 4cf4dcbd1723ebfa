"use client";

import { useEffect, useState } from "react";

/** Run-time facts about this deployment, from GET /api/deployment (no secrets). */
export type Deployment = { sandbox: boolean; publicDemo: boolean; signIn: boolean; callbackUrl: string; websiteUrl: string };

let cached: Promise<Deployment> | null = null;

/**
 * Loads the deployment facts once per page. Pages are prerendered at build time, before
 * the server knew its own URL or mode, so they ask the running server.
 */
export function loadDeployment(): Promise<Deployment> {
  cached ??= fetch("/api/deployment", { cache: "no-store" }).then((r) => {
    if (!r.ok) throw new Error(`HTTP ${r.status}`);
    return r.json() as Promise<Deployment>;
  });
  // A failed request may be retried by the next component that asks.
  cached.catch(() => (cached = null));
  return cached;
}

/** The deployment facts, or null while loading (or if they could not be loaded). */
export function useDeployment(): Deployment | null {
  const [value, setValue] = useState<Deployment | null>(null);
  useEffect(() => {
    let isLive = true;
    loadDeployment()
      .then((d) => isLive && setValue(d))
      .catch(() => undefined);
    return () => {
      isLive = false;
    };
  }, []);
  return value;
}
