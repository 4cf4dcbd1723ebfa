import "server-only";
import { masterKeyring } from "@/lib/crypto/app-seal";
import { configuredOrigin } from "@/lib/env";
import { signInCallbackUrl } from "@/lib/origin";
import { findSandboxApp, findAppByClientId, upsertSandboxAppByClientId, type SandboxAppView } from "./store";

/** The client id of the sandbox App that Perch itself signs in with. */
export const PERCH_SANDBOX_CLIENT_ID = "perch-sandbox-client";
/** That App's name on the consent screen and in the sandbox portal. */
export const PERCH_SANDBOX_APP_NAME = "Perch (sandbox)";
/** In development, how many addresses Perch's own App remembers callbacks for. */
const MAX_DEV_CALLBACKS = 10;

/**
 * Where the sandbox is served, shaped like Twitter's: the consent page, and the API base
 * (`<apiUrl>/2/oauth2/token`, `<apiUrl>/2/users/me`, …).
 */
export function sandboxEndpoints(origin: string): { authorizeUrl: string; apiUrl: string } {
  const base = origin.replace(/\/+$/, "");
  return { authorizeUrl: `${base}/sandbox/i/oauth2/authorize`, apiUrl: `${base}/api/sandbox` };
}

/**
 * Perch's own sandbox client credentials. The secret is derived from the active master key
 * (its own HKDF purpose), so it is never stored and is the same in every process of this
 * deployment; after a master-key rotation the next start registers the new one.
 */
export function perchSandboxClient(): { clientId: string; clientSecret: string } {
  const ring = masterKeyring();
  return { clientId: PERCH_SANDBOX_CLIENT_ID, clientSecret: ring.subkey(ring.active.id, "sandbox-client-secret").toString("base64url") };
}

/**
 * The callback URLs Perch's own App accepts. With NEXTAUTH_URL set, exactly its callback.
 * In development without it, the callback of every address the server was reached on
 * (newest first, a few at most), as a developer would register localhost and 127.0.0.1.
 */
function callbacksFor(origin: string, current: string[]): string[] {
  if (configuredOrigin) return [signInCallbackUrl(configuredOrigin)];
  const url = signInCallbackUrl(origin);
  return [url, ...current.filter((u) => u !== url)].slice(0, MAX_DEV_CALLBACKS);
}

const ensured = new Map<string, Promise<SandboxAppView>>();

/**
 * Creates (or brings up to date) the sandbox App Perch signs in with: its client secret
 * hash and callback URLs follow this deployment's settings and, in development, the
 * address in use. Runs once per process and origin, lazily — never at import time.
 */
export function ensurePerchSandboxApp(origin: string): Promise<SandboxAppView> {
  const key = configuredOrigin ?? origin;
  let pending = ensured.get(key);
  if (!pending) {
    pending = (async () => {
      const current = await findAppByClientId(PERCH_SANDBOX_CLIENT_ID);
      return upsertSandboxAppByClientId({
        clientId: PERCH_SANDBOX_CLIENT_ID,
        clientSecret: perchSandboxClient().clientSecret,
        name: PERCH_SANDBOX_APP_NAME,
        redirectUris: callbacksFor(key, current?.redirectUris ?? []),
      });
    })();
    pending.catch(() => ensured.delete(key));
    ensured.set(key, pending);
  }
  return pending;
}

/** True when `appId` is the App Perch signs in with. */
export async function isPerchApp(appId: string): Promise<boolean> {
  return (await findSandboxApp(appId))?.clientId === PERCH_SANDBOX_CLIENT_ID;
}
