/**
 * Test fixtures for the sandbox: each call makes its own uniquely named App or user, so
 * test files can run in parallel against one database.
 */
import { createHash, randomBytes } from "node:crypto";
import { sha256 } from "@/lib/crypto/hash";
import { db } from "@/lib/db/client";
import { approveAuthorization, type RawParams } from "@/lib/sandbox/authorize";
import { createSandboxApp, createSandboxUser, createUserAccessToken, type SandboxAppSecrets, type SandboxAppView, type SandboxUserView } from "@/lib/sandbox/store";

export const uid = (bytes = 6): string => randomBytes(bytes).toString("hex");

/** A new Perch user (as if signed in with Twitter), to own sandbox Apps. */
export async function newPerchUser(name = "Grace Hopper"): Promise<{ id: string; twitterId: string; username: string }> {
  const twitterId = `9${Date.now()}${Math.floor(Math.random() * 1e6)}`;
  return db.user.create({ data: { twitterId, name, username: `p${uid(6)}` }, select: { id: true, twitterId: true, username: true } });
}

/** A new sandbox App (owned by a new Perch user unless `ownerId` is given) with its one-time secrets. */
export async function newApp(
  callbackUrls: string[] = [`https://client-${uid()}.example/callback`],
  { clientType = "confidential", ownerId }: { clientType?: "confidential" | "public"; ownerId?: string } = {},
): Promise<SandboxAppView & Omit<SandboxAppSecrets, "clientSecret"> & { ownerId: string; clientSecret: string }> {
  const owner = ownerId ?? (await newPerchUser()).id;
  const result = await createSandboxApp({ ownerId: owner, name: `Test app ${uid(4)}`, callbackUrls, clientType });
  if (!result.ok) throw new Error("app limit reached in test fixture");
  // A public client has no secret: tests see "" (which authenticates nothing).
  return { ...result.app, ...result.secrets, clientSecret: result.secrets.clientSecret ?? "", ownerId: owner };
}

/** A new practice account with a unique @username (15 characters), and the browser key that opens it. */
export async function newUser(name = "Ada Lovelace"): Promise<SandboxUserView & { key: string }> {
  const key = randomBytes(24).toString("base64url");
  const result = await createSandboxUser({ name, username: `t${uid(7)}`, keyHash: sha256(key), passwordHash: null });
  if (!result.ok) throw new Error("username collision in test fixture");
  return { ...result.user, key };
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
  const result = await approveAuthorization({ raw, account: user, now });
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

/** An OAuth 1.0a Access Token and Secret for one practice account of one App. */
export async function newAccessToken(appId: string, userId: string): Promise<{ accessToken: string; accessTokenSecret: string }> {
  const tokens = await createUserAccessToken({ appId, userId });
  if (!tokens) throw new Error("access token limit reached in test fixture");
  return tokens;
}
