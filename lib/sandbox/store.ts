import "server-only";
import { openForApp, sealForApp } from "@/lib/crypto/app-seal";
import { safeEqual, sha256 } from "@/lib/crypto/hash";
import { db } from "@/lib/db/client";
import { usernameSkeleton } from "@/lib/text/display-name";
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
import type { SandboxAppInput } from "./schemas";

/**
 * Data access for the Twitter sandbox. Codes, OAuth 2.0 tokens, client secrets, bearer
 * tokens and practice-account keys are stored as SHA-256 hashes; the secrets HMAC
 * verification needs (API Key Secret, Access Token Secret) are sealed under the master
 * keyring, bound to their key or token. Apps are scoped to their owner in every query that
 * changes or reveals them. Every function that depends on time takes `now`.
 */

/** Authorization codes live this long (Twitter's are short-lived; Perch's spec says 30 s). */
export const AUTH_CODE_TTL_MS = 30_000;
/** OAuth 2.0 access tokens live two hours, as X's do (X_SOURCES.oauth2AuthorizationCode). */
export const ACCESS_TOKEN_TTL_SECONDS = 7200;
/**
 * How long a refresh token lasts unused. X's pages give no lifetime (they say a refresh
 * token is issued only with offline.access, and each refresh answers with a new one); the
 * sandbox gives each 30 days, so an app is tested against a refresh token that runs out
 * and must handle a fresh sign-in, as it must on X when a user withdraws access.
 */
export const REFRESH_TOKEN_TTL_SECONDS = 30 * 24 * 3600;
/** Nonces are kept a little longer than the timestamp window they protect. */
const NONCE_RETENTION_SECONDS = 900;
/** Used or expired codes are kept a day, so a replay still revokes what the code produced. */
const CODE_RETENTION_MS = 24 * 3600_000;
/** Expired or revoked tokens are kept a day (a reused refresh token is still recognised). */
const TOKEN_RETENTION_MS = 24 * 3600_000;

/** Caps that keep a shared demo from being filled up. */
export const SANDBOX_LIMITS = {
  /** Sandbox Apps one Perch user may own. */
  appsPerOwner: 10,
  /** Practice accounts in the whole sandbox. */
  accounts: 5000,
  /** OAuth 1.0a Access Tokens per App. */
  accessTokensPerApp: 50,
  /** Browsers that may hold one practice account (older keys are dropped first). */
  keysPerAccount: 10,
} as const;

export type SandboxUserView = { id: string; name: string; username: string; createdAt: Date };
export type SandboxAppView = {
  id: string;
  ownerId: string | null;
  clientType: "confidential" | "public";
  name: string;
  clientId: string;
  consumerKey: string;
  redirectUris: string[];
  createdAt: Date;
};
/** Secrets shown once, right after they are created. A public client has no client secret. */
export type SandboxAppSecrets = { clientSecret: string | null; consumerSecret: string; bearerToken: string };

type AppRow = { id: string; ownerId: string | null; clientType: string; name: string; clientId: string; consumerKey: string; redirectUris: string; createdAt: Date };

function toAppView(row: AppRow): SandboxAppView {
  return {
    id: row.id,
    ownerId: row.ownerId,
    clientType: row.clientType === "public" ? "public" : "confidential",
    name: row.name,
    clientId: row.clientId,
    consumerKey: row.consumerKey,
    redirectUris: parseRedirectUris(row.redirectUris),
    createdAt: row.createdAt,
  };
}

const USER_FIELDS = { id: true, name: true, username: true, createdAt: true } as const;

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

// ---- Practice accounts ----

export type CreateAccountResult = { ok: true; user: SandboxUserView } | { ok: false; reason: "taken" | "full" };

/**
 * Creates a practice account usable by whoever holds the key hashed in `keyHash` (the
 * creating browser), and by anyone who knows its password when it has one.
 */
export async function createSandboxUser(
  { keyHash, ...input }: { name: string; username: string; keyHash: string; passwordHash: string | null },
  { limit = SANDBOX_LIMITS.accounts }: { limit?: number } = {},
): Promise<CreateAccountResult> {
  if ((await db.sandboxUser.count()) >= limit) return { ok: false, reason: "full" };
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      const user = await db.sandboxUser.create({ data: { id: generateUserId(), ...input, keys: { create: { keyHash } } }, select: USER_FIELDS });
      return { ok: true, user };
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
      if (await db.sandboxUser.findUnique({ where: { username: input.username }, select: { id: true } })) return { ok: false, reason: "taken" };
      // Otherwise the random id collided: try another.
    }
  }
  throw new Error("could not allocate a sandbox user id");
}

/**
 * An existing @username that looks like `username` (the same skeleton: case, 0/o, 1/l/I
 * and the like; lib/text/display-name.ts), or null. Reads every username, a bounded scan:
 * there are at most SANDBOX_LIMITS.accounts, of at most 15 characters each.
 */
export async function findLookAlikeUsername(username: string): Promise<string | null> {
  const skeleton = usernameSkeleton(username);
  const rows = await db.sandboxUser.findMany({ select: { username: true }, take: SANDBOX_LIMITS.accounts + 1 });
  return rows.find((r) => r.username !== username && usernameSkeleton(r.username) === skeleton)?.username ?? null;
}

/** The practice accounts these keys open, in the order given (a key for another account opens nothing). */
export async function findAccountsByKeys(held: readonly { id: string; key: string }[]): Promise<SandboxUserView[]> {
  if (held.length === 0) return [];
  const keys = await db.sandboxAccountKey.findMany({ where: { keyHash: { in: held.map((h) => sha256(h.key)) } }, select: { keyHash: true, user: { select: USER_FIELDS } } });
  return held.flatMap((h) => {
    const match = keys.find((k) => k.user.id === h.id && k.keyHash === sha256(h.key));
    return match ? [match.user] : [];
  });
}

/** An account and its password hash by @username, for signing in from another browser. */
export async function findAccountCredentials(username: string): Promise<{ user: SandboxUserView; passwordHash: string | null } | null> {
  const row = await db.sandboxUser.findUnique({ where: { username }, select: { ...USER_FIELDS, passwordHash: true } });
  if (!row) return null;
  const { passwordHash, ...user } = row;
  return { user, passwordHash };
}

/** Gives one more browser a key to an account (after its password was checked); the oldest keys beyond the cap are dropped. */
export async function addAccountKey({ userId, keyHash }: { userId: string; keyHash: string }): Promise<void> {
  await db.sandboxAccountKey.create({ data: { userId, keyHash } });
  const stale = await db.sandboxAccountKey.findMany({ where: { userId }, orderBy: { createdAt: "desc" }, skip: SANDBOX_LIMITS.keysPerAccount, select: { keyHash: true } });
  if (stale.length) await db.sandboxAccountKey.deleteMany({ where: { keyHash: { in: stale.map((k) => k.keyHash) } } });
}

/** One practice account by id. */
export async function findSandboxUser(id: string): Promise<SandboxUserView | null> {
  return db.sandboxUser.findUnique({ where: { id }, select: USER_FIELDS });
}

/** One practice account by @username (exact match). */
export async function findSandboxUserByUsername(username: string): Promise<SandboxUserView | null> {
  return db.sandboxUser.findUnique({ where: { username }, select: USER_FIELDS });
}

// ---- Apps ----

/**
 * Creates a sandbox App owned by `ownerId` with a full credential set; the secrets are
 * returned once. `full` when the owner already has the most Apps allowed.
 */
export async function createSandboxApp({ ownerId, ...input }: SandboxAppInput & { ownerId: string }): Promise<{ ok: true; app: SandboxAppView; secrets: SandboxAppSecrets } | { ok: false; reason: "full" }> {
  if ((await db.sandboxApp.count({ where: { ownerId } })) >= SANDBOX_LIMITS.appsPerOwner) return { ok: false, reason: "full" };
  const isPublic = input.clientType === "public";
  const secrets = { clientSecret: isPublic ? null : generateClientSecret(), consumerSecret: generateConsumerSecret(), bearerToken: generateBearerToken() };
  const consumerKey = generateConsumerKey();
  const row = await db.sandboxApp.create({
    data: {
      ownerId,
      clientType: input.clientType,
      name: input.name,
      clientId: generateClientId(),
      // A public client has no secret: store the hash of a random value nobody knows.
      clientSecretHash: sha256(secrets.clientSecret ?? generateOpaqueToken()),
      redirectUris: JSON.stringify(input.callbackUrls),
      consumerKey,
      consumerSecretSealed: sealForApp(secrets.consumerSecret, consumerSecretContext(consumerKey)),
      bearerTokenHash: sha256(secrets.bearerToken),
    },
  });
  return { ok: true, app: toAppView(row), secrets };
}

/**
 * Creates or refreshes an App with a fixed client id and a client secret the caller
 * derives (Perch's own sign-in app, which has no owner). Its other credentials are
 * generated on creation only.
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

/** The Apps `ownerId` owns, newest first. */
export async function findOwnedSandboxApps({ ownerId }: { ownerId: string }): Promise<SandboxAppView[]> {
  const rows = await db.sandboxApp.findMany({ where: { ownerId }, orderBy: { createdAt: "desc" }, take: SANDBOX_LIMITS.appsPerOwner });
  return rows.map(toAppView);
}

/** One App by id, only when `ownerId` owns it. */
export async function findOwnedSandboxApp({ appId, ownerId }: { appId: string; ownerId: string }): Promise<SandboxAppView | null> {
  const row = await db.sandboxApp.findFirst({ where: { id: appId, ownerId } });
  return row ? toAppView(row) : null;
}

/** One App by id (any owner): for protocol checks that do not reveal or change it. */
export async function findSandboxApp(appId: string): Promise<SandboxAppView | null> {
  const row = await db.sandboxApp.findUnique({ where: { id: appId } });
  return row ? toAppView(row) : null;
}

/** One App by its OAuth 2.0 client id. */
export async function findAppByClientId(clientId: string): Promise<SandboxAppView | null> {
  const row = await db.sandboxApp.findUnique({ where: { clientId } });
  return row ? toAppView(row) : null;
}

/** Client authentication: the App when `clientSecret` is its secret, else null. Public clients never authenticate this way. */
export async function authenticateClient({ clientId, clientSecret }: { clientId: string; clientSecret: string }): Promise<SandboxAppView | null> {
  const row = await db.sandboxApp.findUnique({ where: { clientId } });
  // Hash either way so an unknown client id takes about as long as a wrong secret.
  const given = sha256(clientSecret);
  if (!row || row.clientType === "public") return null;
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
 * Regenerates one credential of an App `ownerId` owns; the old one stops working at once.
 * "api-key" replaces the API Key, its Secret and the Bearer Token (Twitter derives the
 * bearer token from the key pair, so a new pair means a new bearer token). Null when the
 * App is not theirs (or gone), or for the client secret of a public client.
 */
export async function regenerateAppCredential({ appId, ownerId, which }: { appId: string; ownerId: string; which: RegenerableCredential }): Promise<{ app: SandboxAppView; secrets: Partial<SandboxAppSecrets> & { consumerKey?: string } } | null> {
  const owned = await findOwnedSandboxApp({ appId, ownerId });
  if (!owned) return null;
  const where = { id: appId, ownerId };
  if (which === "client-secret") {
    if (owned.clientType === "public") return null;
    const clientSecret = generateClientSecret();
    const row = await db.sandboxApp.update({ where, data: { clientSecretHash: sha256(clientSecret) } });
    return { app: toAppView(row), secrets: { clientSecret } };
  }
  if (which === "bearer-token") {
    const bearerToken = generateBearerToken();
    const row = await db.sandboxApp.update({ where, data: { bearerTokenHash: sha256(bearerToken) } });
    return { app: toAppView(row), secrets: { bearerToken } };
  }
  const consumerKey = generateConsumerKey();
  const consumerSecret = generateConsumerSecret();
  const bearerToken = generateBearerToken();
  const row = await db.sandboxApp.update({
    where,
    data: { consumerKey, consumerSecretSealed: sealForApp(consumerSecret, consumerSecretContext(consumerKey)), bearerTokenHash: sha256(bearerToken) },
  });
  return { app: toAppView(row), secrets: { consumerKey, consumerSecret, bearerToken } };
}

/** Deletes an App `ownerId` owns and everything issued to it; false when it is not theirs. */
export async function deleteSandboxApp({ appId, ownerId }: { appId: string; ownerId: string }): Promise<boolean> {
  const { count } = await db.sandboxApp.deleteMany({ where: { id: appId, ownerId } });
  return count === 1;
}

// ---- OAuth 1.0a user tokens ----

/** Issues an OAuth 1.0a Access Token and Secret for one user of one App; shown once. Null when the App has issued the most allowed. */
export async function createUserAccessToken({ appId, userId }: { appId: string; userId: string }): Promise<{ accessToken: string; accessTokenSecret: string } | null> {
  if ((await db.sandboxUserToken.count({ where: { appId } })) >= SANDBOX_LIMITS.accessTokensPerApp) return null;
  const accessToken = generateAccessToken(userId);
  const accessTokenSecret = generateAccessTokenSecret();
  await db.sandboxUserToken.create({ data: { token: accessToken, secretSealed: sealForApp(accessTokenSecret, tokenSecretContext(accessToken)), appId, userId } });
  return { accessToken, accessTokenSecret };
}

/** How many OAuth 1.0a access tokens each of `ownerId`'s Apps has issued (for the portal). */
export async function countUserAccessTokens({ ownerId }: { ownerId: string }): Promise<Map<string, number>> {
  const groups = await db.sandboxUserToken.groupBy({ by: ["appId"], where: { app: { ownerId } }, _count: { _all: true } });
  return new Map(groups.map((g) => [g.appId, g._count._all]));
}

/**
 * The secrets and user behind an OAuth 1.0a request's consumer key and access token, when
 * the token belongs to that App; null otherwise (unknown key, unknown token, other app, or
 * a secret sealed under a master key that is no longer in the keyring).
 */
export async function findOAuth1Credentials({ consumerKey, token }: { consumerKey: string; token: string }): Promise<{ app: SandboxAppView; consumerSecret: string; tokenSecret: string; user: SandboxUserView } | null> {
  const app = await db.sandboxApp.findUnique({ where: { consumerKey } });
  if (!app) return null;
  const userToken = await db.sandboxUserToken.findUnique({ where: { token }, include: { user: true } });
  if (!userToken || userToken.appId !== app.id) return null;
  const { user } = userToken;
  try {
    return {
      app: toAppView(app),
      consumerSecret: openForApp(app.consumerSecretSealed, consumerSecretContext(app.consumerKey)),
      tokenSecret: openForApp(userToken.secretSealed, tokenSecretContext(userToken.token)),
      user: { id: user.id, name: user.name, username: user.username, createdAt: user.createdAt },
    };
  } catch {
    return null;
  }
}

/**
 * Records a nonce for a consumer key. False when the nonce was already seen for that key
 * (a replay): unique in the database, so two concurrent replays cannot both pass.
 */
export async function recordNonce({ consumerKey, nonce, timestamp, now }: { consumerKey: string; nonce: string; timestamp: number; now: Date }): Promise<boolean> {
  const seen = await db.sandboxNonce.findFirst({ where: { consumerKey, nonce, timestamp: { gte: Math.floor(now.getTime() / 1000) - NONCE_RETENTION_SECONDS } }, select: { id: true } });
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

/** Revokes every token of a grant (a family). */
async function revokeFamily(familyId: string, now: Date): Promise<number> {
  const { count } = await db.sandboxToken.updateMany({ where: { familyId, revokedAt: null }, data: { revokedAt: now } });
  return count;
}

/**
 * Redeems an authorization code, atomically: of two concurrent redemptions exactly one wins.
 * The code is spent once the client and redirect URI match, before PKCE is checked, so a
 * wrong verifier also burns it (no second guess). A code presented again after it was
 * redeemed revokes every token issued from it (RFC 6749 section 4.1.2; RFC 9700 4.14.2).
 * The code's hash names the family of tokens it produces.
 */
export async function redeemAuthCode({ appId, code, redirectUri, verifyChallenge, now }: { appId: string; code: string; redirectUri: string; verifyChallenge: (challenge: string) => boolean; now: Date }): Promise<{ ok: true; userId: string; scope: string; familyId: string } | { ok: false; reason: RedeemFailure }> {
  const codeHash = sha256(code);
  const row = await db.sandboxAuthCode.findUnique({ where: { codeHash } });
  if (!row) return { ok: false, reason: "unknown" };
  if (row.usedAt) {
    if (row.appId === appId) await revokeFamily(codeHash, now);
    return { ok: false, reason: "used" };
  }
  if (row.expiresAt.getTime() <= now.getTime()) return { ok: false, reason: "expired" };
  if (row.appId !== appId) return { ok: false, reason: "wrong_client" };
  if (row.redirectUri !== redirectUri) return { ok: false, reason: "redirect_mismatch" };
  const { count } = await db.sandboxAuthCode.updateMany({ where: { codeHash, usedAt: null, expiresAt: { gt: now } }, data: { usedAt: now } });
  if (count !== 1) return { ok: false, reason: "used" };
  if (!verifyChallenge(row.codeChallenge)) return { ok: false, reason: "pkce_failed" };
  return { ok: true, userId: row.userId, scope: row.scope, familyId: codeHash };
}

/** Twitter's token response. `refresh_token` only with `offline.access`. */
export type TokenResponse = { token_type: "bearer"; expires_in: number; access_token: string; scope: string; refresh_token?: string };

/** Issues an access token (and a refresh token when `offline.access` was granted) in a grant's family. */
export async function issueTokens({ appId, userId, scope, familyId, now }: { appId: string; userId: string; scope: string; familyId: string; now: Date }): Promise<TokenResponse> {
  const accessToken = generateOpaqueToken();
  const wantsRefresh = scope.split(" ").includes("offline.access");
  const refreshToken = wantsRefresh ? generateOpaqueToken() : undefined;
  await db.sandboxToken.createMany({
    data: [
      { tokenHash: sha256(accessToken), familyId, kind: "access", appId, userId, scope, expiresAt: new Date(now.getTime() + ACCESS_TOKEN_TTL_SECONDS * 1000), createdAt: now },
      ...(refreshToken ? [{ tokenHash: sha256(refreshToken), familyId, kind: "refresh", appId, userId, scope, expiresAt: new Date(now.getTime() + REFRESH_TOKEN_TTL_SECONDS * 1000), createdAt: now }] : []),
    ],
  });
  return { token_type: "bearer", expires_in: ACCESS_TOKEN_TTL_SECONDS, access_token: accessToken, scope, ...(refreshToken ? { refresh_token: refreshToken } : {}) };
}

/**
 * Spends a refresh token and issues new tokens in the same family (rotation): the old
 * refresh token stops working. Atomic, so a refresh token raced twice yields one new pair.
 * A refresh token presented after it was rotated is a sign of theft: the whole family is
 * revoked, including the newer tokens (RFC 9700 section 4.14.2). `scope`, when given, may
 * only narrow what was granted.
 */
export async function rotateRefreshToken({ appId, refreshToken, scope, now }: { appId: string; refreshToken: string; scope?: string[]; now: Date }): Promise<{ ok: true; tokens: TokenResponse } | { ok: false; reason: "invalid" | "expired" | "scope" | "reused" }> {
  const tokenHash = sha256(refreshToken);
  const row = await db.sandboxToken.findUnique({ where: { tokenHash } });
  if (!row || row.kind !== "refresh" || row.appId !== appId) return { ok: false, reason: "invalid" };
  if (row.revokedAt) {
    await revokeFamily(row.familyId, now);
    return { ok: false, reason: "reused" };
  }
  if (row.expiresAt && row.expiresAt.getTime() <= now.getTime()) return { ok: false, reason: "expired" };
  const granted = row.scope.split(" ");
  if (scope && !scope.every((s) => granted.includes(s))) return { ok: false, reason: "scope" };
  const { count } = await db.sandboxToken.updateMany({ where: { tokenHash, revokedAt: null }, data: { revokedAt: now } });
  if (count !== 1) return { ok: false, reason: "invalid" };
  const newScope = scope ? scope.join(" ") : row.scope;
  return { ok: true, tokens: await issueTokens({ appId, userId: row.userId, scope: newScope, familyId: row.familyId, now }) };
}

/**
 * Revokes a token issued to this App. Revoking a refresh token also ends the access
 * tokens of its grant (RFC 7009 section 2.1). True when something was revoked.
 */
export async function revokeToken({ appId, token, now }: { appId: string; token: string; now: Date }): Promise<boolean> {
  const row = await db.sandboxToken.findUnique({ where: { tokenHash: sha256(token) } });
  if (!row || row.appId !== appId || row.revokedAt) return false;
  if (row.kind === "refresh") return (await revokeFamily(row.familyId, now)) > 0;
  const { count } = await db.sandboxToken.updateMany({ where: { tokenHash: row.tokenHash, revokedAt: null }, data: { revokedAt: now } });
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

// ---- Housekeeping ----

export type PurgeCounts = { codes: number; tokens: number; nonces: number; sessions: number };

/**
 * Deletes what can never be used again: codes a day past expiry, tokens a day past expiry
 * or revocation, nonces outside the replay window, and Perch sessions that have expired.
 * Run periodically by the server (lib/housekeeping.ts).
 */
export async function purgeExpired(now: Date = new Date()): Promise<PurgeCounts> {
  const codeCutoff = new Date(now.getTime() - CODE_RETENTION_MS);
  const tokenCutoff = new Date(now.getTime() - TOKEN_RETENTION_MS);
  const [codes, tokens, nonces, sessions] = await Promise.all([
    db.sandboxAuthCode.deleteMany({ where: { expiresAt: { lt: codeCutoff } } }),
    db.sandboxToken.deleteMany({ where: { OR: [{ expiresAt: { lt: tokenCutoff } }, { revokedAt: { lt: tokenCutoff } }] } }),
    db.sandboxNonce.deleteMany({ where: { timestamp: { lt: Math.floor(now.getTime() / 1000) - NONCE_RETENTION_SECONDS } } }),
    db.session.deleteMany({ where: { expires: { lt: now } } }),
  ]);
  return { codes: codes.count, tokens: tokens.count, nonces: nonces.count, sessions: sessions.count };
}
