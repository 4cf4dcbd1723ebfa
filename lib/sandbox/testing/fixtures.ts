/**
 * Test fixtures for the sandbox: each call makes its own uniquely named App or user, so
 * test files can run in parallel against one database.
 */
import { createHash, randomBytes } from "node:crypto";
import { approveAuthorization, type RawParams } from "../authorize";
import { createSandboxApp, createSandboxUser, type SandboxAppSecrets, type SandboxAppView, type SandboxUserView } from "../store";

export const uid = (bytes = 6): string => randomBytes(bytes).toString("hex");

/** A new sandbox App with its one-time secrets. */
export async function newApp(callbackUrls: string[] = [`https://client-${uid()}.example/callback`]): Promise<SandboxAppView & SandboxAppSecrets> {
  const { app, secrets } = await createSandboxApp({ name: `Test app ${uid(4)}`, callbackUrls });
  return { ...app, ...secrets };
}

/** A new sandbox user with a unique @username (15 characters). */
export async function newUser(name = "Ada Lovelace"): Promise<SandboxUserView> {
  const result = await createSandboxUser({ name, username: `t${uid(7)}` });
  if (!result.ok) throw new Error("username collision in test fixture");
  return result.user;
}

/** A PKCE S256 verifier and its challenge. */
export function pkce(): { verifier: string; challenge: string } {
  const verifier = randomBytes(48).toString("base64url");
  return { verifier, challenge: createHash("sha256").update(verifier).digest("base64url") };
}

/** The authorization request a client would send. */
export function authorizeParams(app: { clientId: string; redirectUris: string[] }, challenge: string, overrides: RawParams = {}): RawParams {
  return {
    response_type: "code",
    client_id: app.clientId,
    redirect_uri: app.redirectUris[0],
    scope: "users.read tweet.read offline.access",
    state: uid(),
    code_challenge: challenge,
    code_challenge_method: "S256",
    ...overrides,
  };
}

/** Approves a request as the given user (what the consent page's Authorize button does) and returns the code. */
export async function authorizeAs(user: SandboxUserView, raw: RawParams, now?: Date): Promise<{ code: string; state: string | null; location: URL }> {
  const result = await approveAuthorization({ raw, userId: user.id, now });
  if (!result.ok) throw new Error(`authorization failed: ${result.message}`);
  const location = new URL(result.location);
  const code = location.searchParams.get("code");
  if (!code) throw new Error(`no code in redirect: ${location.searchParams.get("error") ?? "?"}`);
  return { code, state: location.searchParams.get("state"), location };
}

/** `Authorization: Basic` for a client id and secret, form-encoded first as RFC 6749 asks. */
export function basic(clientId: string, clientSecret: string): string {
  const enc = (v: string) => encodeURIComponent(v).replace(/%20/g, "+");
  return `Basic ${Buffer.from(`${enc(clientId)}:${enc(clientSecret)}`).toString("base64")}`;
}
