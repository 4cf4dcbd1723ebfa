import "server-only";
import { openForApp, sealForApp } from "@/lib/crypto/app-seal";
import { safeEqual, sha256 } from "@/lib/crypto/seal";
import { db } from "@/lib/db/client";
import {
  generateAccessToken,
  generateAccessTokenSecret,
  generateBearerToken,
  generateClientId,
  generateClientSecret,
  generateConsumerKey,
  generateConsumerSecret,
  generateOpaqueToken,
  generateUserId,
} from "./credentials";
import type { SandboxAppInput, SandboxUserInput } from "./schemas";

/**
 * Data access for the Twitter sandbox. Codes, OAuth 2.0 tokens, client secrets and bearer
 * tokens are stored as SHA-256 hashes; the secrets HMAC verification needs (API Key Secret,
 * Access Token Secret) are sealed under the app secret, bound to their key or token.
 * Every function that depends on time takes `now`, so tests control the clock.
 */

/** Authorization codes live this long (Twitter's are short-lived; Perch's spec says 30 s). */
export const AUTH_CODE_TTL_MS = 30_000;
/** OAuth 2.0 access tokens live two hours, as Twitter's do. */
export const ACCESS_TOKEN_TTL_SECONDS = 7200;
/** Nonces are kept a little longer than the timestamp window they protect. */
const NONCE_RETENTION_SECONDS = 900;

export type SandboxUserView = { id: string; name: string; username: string; createdAt: Date };
export type SandboxAppView = {
  id: string;
  name: string;
  clientId: string;
  consumerKey: string;
  redirectUris: string[];
  createdAt: Date;
};
/** Secrets shown once, right after they are created. */
export type SandboxAppSecrets = { clientSecret: string; consumerSecret: string; bearerToken: string };

type AppRow = { id: string; name: string; clientId: string; consumerKey: string; redirectUris: string; createdAt: Date };

function toAppView(row: AppRow): SandboxAppView {
  return { id: row.id, name: row.name, clientId: row.clientId, consumerKey: row.consumerKey, redirectUris: parseRedirectUris(row.redirectUris), createdAt: row.createdAt };
}

/** Redirect URIs are stored as a JSON array of strings. */
export function parseRedirectUris(stored: string): string[] {
  try {
    const value: unknown = JSON.parse(stored);
    return Array.isArray(value) ? value.filter((v): v is string => typeof v === "string") : [];
  } catch {
    return [];
  }
}

/** Associated data for a sealed API Key Secret: it opens only for its own consumer key. */
export function consumerSecretContext(consumerKey: string): string {
  return `perch:sandbox|consumer-secret|key:${consumerKey}`;
}

/** Associated data for a sealed Access Token Secret: it opens only for its own token. */
export function tokenSecretContext(token: string): string {
  return `perch:sandbox|token-secret|token:${token}`;
}

function isUniqueViolation(error: unknown): boolean {
  return typeof error === "object" && error !== null && "code" in error && error.code === "P2002";
}

// ---- Users ----

/** Creates a sandbox account; `taken` when the @username is already used. */
export async function createSandboxUser(input: SandboxUserInput): Promise<{ ok: true; user: SandboxUserView } | { ok: false; reason: "taken" }> {
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      const user = await db.sandboxUser.create({ data: { id: generateUserId(), name: input.name, username: input.username } });
      return { ok: true, user };
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
      if (await db.sandboxUser.findUnique({ where: { username: input.username }, select: { id: true } })) return { ok: false, reason: "taken" };
      // Otherwise the random id collided: try another.
    }
  }
  throw new Error("could not allocate a sandbox user id");
}

/** Sandbox accounts, newest first. */
export async function findSandboxUsers({ limit = 50 }: { limit?: number } = {}): Promise<SandboxUserView[]> {
  return db.sandboxUser.findMany({ orderBy: { createdAt: "desc" }, take: limit, select: { id: true, name: true, username: true, createdAt: true } });
}

/** One sandbox account by id. */
export async function findSandboxUser(id: string): Promise<SandboxUserView | null> {
  return db.sandboxUser.findUnique({ where: { id }, select: { id: true, name: true, username: true, createdAt: true } });
}

/** One sandbox account by @username (exact match). */
export async function findSandboxUserByUsername(username: string): Promise<SandboxUserView | null> {
  return db.sandboxUser.findUnique({ where: { username }, select: { id: true, name: true, username: true, createdAt: true } });
}

// ---- Apps ----

/** Creates a sandbox App with a full credential set; the secrets are returned once. */
export async function createSandboxApp(input: SandboxAppInput): Promise<{ app: SandboxAppView; secrets: SandboxAppSecrets }> {
  const secrets = { clientSecret: generateClientSecret(), consumerSecret: generateConsumerSecret(), bearerToken: generateBearerToken() };
  const consumerKey = generateConsumerKey();
  const row = await db.sandboxApp.create({
    data: {
      name: input.name,
      clientId: generateClientId(),
      clientSecretHash: sha256(secrets.clientSecret),
      redirectUris: JSON.stringify(input.callbackUrls),
      consumerKey,
      consumerSecretSealed: sealForApp(secrets.consumerSecret, consumerSecretContext(consumerKey)),
      bearerTokenHash: sha256(secrets.bearerToken),
    },
  });
  return { app: toAppView(row), secrets };
}

/**
 * Creates or refreshes an App with a fixed client id and a client secret the caller
 * derives (Perch's own sign-in app). Its other credentials are generated on creation only.
 */
export async function upsertSandboxAppByClientId({ clientId, clientSecret, name, redirectUris }: { clientId: string; clientSecret: string; name: string; redirectUris: string[] }): Promise<SandboxAppView> {
  const update = { name, clientSecretHash: sha256(clientSecret), redirectUris: JSON.stringify(redirectUris) };
  for (let attempt = 0; ; attempt++) {
    try {
      const consumerKey = generateConsumerKey();
      const row = await db.sandboxApp.upsert({
        where: { clientId },
        update,
        create: {
          ...update,
          clientId,
          consumerKey,
          consumerSecretSealed: sealForApp(generateConsumerSecret(), consumerSecretContext(consumerKey)),
          bearerTokenHash: sha256(generateBearerToken()),
        },
      });
      return toAppView(row);
    } catch (error) {
      // Two processes creating it at once: the loser retries and takes the update path.
      if (!isUniqueViolation(error) || attempt >= 2) throw error;
    }
  }
}

/** Sandbox Apps, newest first. */
export async function findSandboxApps(): Promise<SandboxAppView[]> {
  const rows = await db.sandboxApp.findMany({ orderBy: { createdAt: "desc" }, take: 100 });
  return rows.map(toAppView);
}

/** One App by id. */
export async function findSandboxApp(appId: string): Promise<SandboxAppView | null> {
  const row = await db.sandboxApp.findUnique({ where: { id: appId } });
  return row ? toAppView(row) : null;
}

/** One App by its OAuth 2.0 client id. */
export async function findAppByClientId(clientId: string): Promise<SandboxAppView | null> {
  const row = await db.sandboxApp.findUnique({ where: { clientId } });
  return row ? toAppView(row) : null;
}

/** Client authentication: the App when `clientSecret` is its secret, else null. */
export async function authenticateClient({ clientId, clientSecret }: { clientId: string; clientSecret: string }): Promise<SandboxAppView | null> {
  const row = await db.sandboxApp.findUnique({ where: { clientId } });
  // Hash either way so an unknown client id takes about as long as a wrong secret.
  const given = sha256(clientSecret);
  if (!row) return null;
  return safeEqual(given, row.clientSecretHash) ? toAppView(row) : null;
}

/** The App whose app-only Bearer Token this is, or null. */
export async function findAppByBearerToken(bearerToken: string): Promise<SandboxAppView | null> {
  const row = await db.sandboxApp.findUnique({ where: { bearerTokenHash: sha256(bearerToken) } });
  return row ? toAppView(row) : null;
}

/** Which credential to regenerate, as the portal names them. */
export type RegenerableCredential = "client-secret" | "api-key" | "bearer-token";

/**
 * Regenerates one of an App's credentials; the old one stops working at once.
 * "api-key" replaces the API Key, its Secret and the Bearer Token (Twitter derives the
 * bearer token from the key pair, so a new pair means a new bearer token).
 */
export async function regenerateAppCredential({ appId, which }: { appId: string; which: RegenerableCredential }): Promise<{ app: SandboxAppView; secrets: Partial<SandboxAppSecrets> & { consumerKey?: string } } | null> {
  const exists = await db.sandboxApp.findUnique({ where: { id: appId }, select: { id: true } });
  if (!exists) return null;
  if (which === "client-secret") {
    const clientSecret = generateClientSecret();
    const row = await db.sandboxApp.update({ where: { id: appId }, data: { clientSecretHash: sha256(clientSecret) } });
    return { app: toAppView(row), secrets: { clientSecret } };
  }
  if (which === "bearer-token") {
    const bearerToken = generateBearerToken();
    const row = await db.sandboxApp.update({ where: { id: appId }, data: { bearerTokenHash: sha256(bearerToken) } });
    return { app: toAppView(row), secrets: { bearerToken } };
  }
  const consumerKey = generateConsumerKey();
  const consumerSecret = generateConsumerSecret();
  const bearerToken = generateBearerToken();
  const row = await db.sandboxApp.update({
    where: { id: appId },
    data: { consumerKey, consumerSecretSealed: sealForApp(consumerSecret, consumerSecretContext(consumerKey)), bearerTokenHash: sha256(bearerToken) },
  });
  return { app: toAppView(row), secrets: { consumerKey, consumerSecret, bearerToken } };
}

/** Deletes an App and everything issued to it; false when it did not exist. */
export async function deleteSandboxApp({ appId }: { appId: string }): Promise<boolean> {
  const { count } = await db.sandboxApp.deleteMany({ where: { id: appId } });
  return count === 1;
}

// ---- OAuth 1.0a user tokens ----

/** Issues an OAuth 1.0a Access Token and Secret for one user of one App; shown once. */
export async function createUserAccessToken({ appId, userId }: { appId: string; userId: string }): Promise<{ accessToken: string; accessTokenSecret: string }> {
  const accessToken = generateAccessToken(userId);
  const accessTokenSecret = generateAccessTokenSecret();
  await db.sandboxUserToken.create({ data: { token: accessToken, secretSealed: sealForApp(accessTokenSecret, tokenSecretContext(accessToken)), appId, userId } });
  return { accessToken, accessTokenSecret };
}

/** How many OAuth 1.0a access tokens each App has issued (for the portal). */
export async function countUserAccessTokens(): Promise<Map<string, number>> {
  const groups = await db.sandboxUserToken.groupBy({ by: ["appId"], _count: { _all: true } });
  return new Map(groups.map((g) => [g.appId, g._count._all]));
}

/**
 * The secrets and user behind an OAuth 1.0a request's consumer key and access token, when
 * the token belongs to that App; null otherwise (unknown key, unknown token, other app).
 */
export async function findOAuth1Credentials({ consumerKey, token }: { consumerKey: string; token: string }): Promise<{ app: SandboxAppView; consumerSecret: string; tokenSecret: string; user: SandboxUserView } | null> {
  const app = await db.sandboxApp.findUnique({ where: { consumerKey } });
  if (!app) return null;
  const userToken = await db.sandboxUserToken.findUnique({ where: { token }, include: { user: true } });
  if (!userToken || userToken.appId !== app.id) return null;
  const { user } = userToken;
  return {
    app: toAppView(app),
    consumerSecret: openForApp(app.consumerSecretSealed, consumerSecretContext(app.consumerKey)),
    tokenSecret: openForApp(userToken.secretSealed, tokenSecretContext(userToken.token)),
    user: { id: user.id, name: user.name, username: user.username, createdAt: user.createdAt },
  };
}

/**
 * Records a nonce for a consumer key. False when the nonce was already seen for that key
 * (a replay): unique in the database, so two concurrent replays cannot both pass.
 */
export async function recordNonce({ consumerKey, nonce, timestamp, now }: { consumerKey: string; nonce: string; timestamp: number; now: Date }): Promise<boolean> {
  const nowSeconds = Math.floor(now.getTime() / 1000);
  await db.sandboxNonce.deleteMany({ where: { consumerKey, timestamp: { lt: nowSeconds - NONCE_RETENTION_SECONDS } } });
  const seen = await db.sandboxNonce.findFirst({ where: { consumerKey, nonce }, select: { id: true } });
  if (seen) return false;
  try {
    await db.sandboxNonce.create({ data: { consumerKey, nonce, timestamp } });
    return true;
  } catch (error) {
    if (isUniqueViolation(error)) return false;
    throw error;
  }
}

// ---- OAuth 2.0 authorization codes and tokens ----

/** Creates a single-use authorization code bound to app, user, redirect URI, PKCE challenge and scope. */
export async function createAuthCode({ appId, userId, redirectUri, codeChallenge, scope, now }: { appId: string; userId: string; redirectUri: string; codeChallenge: string; scope: string; now: Date }): Promise<string> {
  const code = generateOpaqueToken();
  await db.sandboxAuthCode.create({
    data: { codeHash: sha256(code), appId, userId, redirectUri, codeChallenge, scope, expiresAt: new Date(now.getTime() + AUTH_CODE_TTL_MS) },
  });
  return code;
}

/** Why a code could not be redeemed (all are `invalid_grant` on the wire). */
export type RedeemFailure = "unknown" | "used" | "expired" | "wrong_client" | "redirect_mismatch" | "pkce_failed";

/**
 * Redeems an authorization code, atomically: of two concurrent redemptions exactly one wins.
 * The code is spent once the client and redirect URI match, before PKCE is checked, so a
 * wrong verifier also burns it (no second guess).
 */
export async function redeemAuthCode({ appId, code, redirectUri, verifyChallenge, now }: { appId: string; code: string; redirectUri: string; verifyChallenge: (challenge: string) => boolean; now: Date }): Promise<{ ok: true; userId: string; scope: string } | { ok: false; reason: RedeemFailure }> {
  const codeHash = sha256(code);
  const row = await db.sandboxAuthCode.findUnique({ where: { codeHash } });
  if (!row) return { ok: false, reason: "unknown" };
  if (row.usedAt) return { ok: false, reason: "used" };
  if (row.expiresAt.getTime() <= now.getTime()) return { ok: false, reason: "expired" };
  if (row.appId !== appId) return { ok: false, reason: "wrong_client" };
  if (row.redirectUri !== redirectUri) return { ok: false, reason: "redirect_mismatch" };
  const { count } = await db.sandboxAuthCode.updateMany({ where: { codeHash, usedAt: null, expiresAt: { gt: now } }, data: { usedAt: now } });
  if (count !== 1) return { ok: false, reason: "used" };
  if (!verifyChallenge(row.codeChallenge)) return { ok: false, reason: "pkce_failed" };
  return { ok: true, userId: row.userId, scope: row.scope };
}

/** Twitter's token response. `refresh_token` only with `offline.access`. */
export type TokenResponse = { token_type: "bearer"; expires_in: number; access_token: string; scope: string; refresh_token?: string };

/** Issues an access token (and a refresh token when `offline.access` was granted). */
export async function issueTokens({ appId, userId, scope, now }: { appId: string; userId: string; scope: string; now: Date }): Promise<TokenResponse> {
  const accessToken = generateOpaqueToken();
  const wantsRefresh = scope.split(" ").includes("offline.access");
  const refreshToken = wantsRefresh ? generateOpaqueToken() : undefined;
  await db.sandboxToken.createMany({
    data: [
      { tokenHash: sha256(accessToken), kind: "access", appId, userId, scope, expiresAt: new Date(now.getTime() + ACCESS_TOKEN_TTL_SECONDS * 1000), createdAt: now },
      ...(refreshToken ? [{ tokenHash: sha256(refreshToken), kind: "refresh", appId, userId, scope, expiresAt: null, createdAt: now }] : []),
    ],
  });
  return { token_type: "bearer", expires_in: ACCESS_TOKEN_TTL_SECONDS, access_token: accessToken, scope, ...(refreshToken ? { refresh_token: refreshToken } : {}) };
}

/**
 * Spends a refresh token and issues new tokens (rotation): the old refresh token stops
 * working. Atomic, so a refresh token raced twice yields one new pair. `scope`, when
 * given, may only narrow what was granted.
 */
export async function rotateRefreshToken({ appId, refreshToken, scope, now }: { appId: string; refreshToken: string; scope?: string[]; now: Date }): Promise<{ ok: true; tokens: TokenResponse } | { ok: false; reason: "invalid" | "scope" }> {
  const tokenHash = sha256(refreshToken);
  const row = await db.sandboxToken.findUnique({ where: { tokenHash } });
  if (!row || row.kind !== "refresh" || row.appId !== appId || row.revokedAt) return { ok: false, reason: "invalid" };
  if (row.expiresAt && row.expiresAt.getTime() <= now.getTime()) return { ok: false, reason: "invalid" };
  const granted = row.scope.split(" ");
  if (scope && !scope.every((s) => granted.includes(s))) return { ok: false, reason: "scope" };
  const { count } = await db.sandboxToken.updateMany({ where: { tokenHash, revokedAt: null }, data: { revokedAt: now } });
  if (count !== 1) return { ok: false, reason: "invalid" };
  const newScope = scope ? scope.join(" ") : row.scope;
  return { ok: true, tokens: await issueTokens({ appId, userId: row.userId, scope: newScope, now }) };
}

/** Revokes an access or refresh token issued to this App. True when something was revoked. */
export async function revokeToken({ appId, token, now }: { appId: string; token: string; now: Date }): Promise<boolean> {
  const { count } = await db.sandboxToken.updateMany({ where: { tokenHash: sha256(token), appId, revokedAt: null }, data: { revokedAt: now } });
  return count === 1;
}

/** The user and granted scopes behind a live OAuth 2.0 access token, or null. */
export async function findUserByAccessToken({ accessToken, now }: { accessToken: string; now: Date }): Promise<{ user: SandboxUserView; scopes: string[]; appId: string } | null> {
  const row = await db.sandboxToken.findUnique({ where: { tokenHash: sha256(accessToken) }, include: { user: true } });
  if (!row || row.kind !== "access" || row.revokedAt) return null;
  if (!row.expiresAt || row.expiresAt.getTime() <= now.getTime()) return null;
  const { user } = row;
  return { user: { id: user.id, name: user.name, username: user.username, createdAt: user.createdAt }, scopes: row.scope.split(" "), appId: row.appId };
}
