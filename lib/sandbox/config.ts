import "server-only";
import { hmac } from "@/lib/crypto/seal";
import { callbackUrl } from "@/lib/deployment";
import { env } from "@/lib/env";
import { upsertSandboxAppByClientId, type SandboxAppView } from "./store";

/** The client id of the sandbox App that Perch itself signs in with. */
export const PERCH_SANDBOX_CLIENT_ID = "perch-sandbox-client";
/** That App's name on the consent screen and in the sandbox portal. */
export const PERCH_SANDBOX_APP_NAME = "Perch (sandbox)";

/**
 * Where the sandbox is served, shaped like Twitter's: the consent page, and the API base
 * (`<apiUrl>/2/oauth2/token`, `<apiUrl>/2/users/me`, …).
 */
export function sandboxEndpoints(origin: string): { authorizeUrl: string; apiUrl: string } {
  const base = origin.replace(/\/+$/, "");
  return { authorizeUrl: `${base}/sandbox/i/oauth2/authorize`, apiUrl: `${base}/api/sandbox` };
}

/**
 * Perch's own sandbox client credentials. The secret is derived from NEXTAUTH_SECRET, so it
 * is never stored and is the same in every process of this deployment.
 */
export function perchSandboxClient(): { clientId: string; clientSecret: string } {
  return { clientId: PERCH_SANDBOX_CLIENT_ID, clientSecret: hmac(env.NEXTAUTH_SECRET, "perch:sandbox:client-secret:v1") };
}

let ensured: Promise<SandboxAppView> | null = null;

/**
 * Creates (or brings up to date) the sandbox App Perch signs in with: its client secret
 * hash and callback URL follow this deployment's settings. Runs once per process, lazily,
 * from the consent page and the token endpoint — never at import time.
 */
export function ensurePerchSandboxApp(): Promise<SandboxAppView> {
  ensured ??= upsertSandboxAppByClientId({
    clientId: PERCH_SANDBOX_CLIENT_ID,
    clientSecret: perchSandboxClient().clientSecret,
    name: PERCH_SANDBOX_APP_NAME,
    redirectUris: [callbackUrl],
  }).catch((error: unknown) => {
    ensured = null;
    throw error;
  });
  return ensured;
}
