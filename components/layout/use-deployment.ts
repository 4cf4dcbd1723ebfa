"use client";

import { useEffect, useState } from "react";

export type Deployment = { sandbox: boolean; signIn: boolean };

let cached: Promise<Deployment> | null = null;

/** Run-time facts about this deployment; pages are prerendered, so they ask once. */
export function useDeployment(): Deployment | null {
  const [value, setValue] = useState<Deployment | null>(null);
  useEffect(() => {
    cached ??= fetch("/api/deployment").then((r) => r.json() as Promise<Deployment>);
    let isLive = true;
    cached.then((d) => isLive && setValue(d)).catch(() => undefined);
    return () => {
      isLive = false;
    };
  }, []);
  return value;
}
