import "server-only";
import type { Adapter, AdapterAccount, AdapterSession, AdapterUser } from "next-auth/adapters";
import { sealForApp } from "@/lib/crypto/app-seal";
import { sha256 } from "@/lib/crypto/hash";
import { db } from "@/lib/db/client";
import type { User } from "@/lib/generated/sqlite/client";

/** How often a session's "last seen" is written, at most. */
const LAST_SEEN_EVERY_MS = 5 * 60_000;

/** What Perch's Twitter profile() returns (next-auth passes it to createUser without `id`). */
type PerchProfileUser = { twitterId: string; name: string; username: string; image?: string | null };

function toAdapterUser(user: User): AdapterUser {
  // next-auth's type wants an e-mail; Twitter gives none, so it is always null here.
  return { id: user.id, name: user.name, image: user.image, email: null as unknown as string, emailVerified: null, username: user.username, twitterId: user.twitterId } as AdapterUser;
}

/** Context under which an account's OAuth tokens are sealed. */
export function accountTokenContext(provider: string, providerAccountId: string, field: string): string {
  return `perch:v1|account:${provider}:${providerAccountId}|field:${field}`;
}

/** Seals the OAuth tokens of an account for storage; plaintext tokens are never stored. */
export function sealAccountTokens(account: Pick<AdapterAccount, "provider" | "providerAccountId" | "access_token" | "refresh_token">) {
  const sealIf = (value: string | undefined, field: string) => (value ? sealForApp(value, accountTokenContext(account.provider, account.providerAccountId, field)) : null);
  return { accessToken: sealIf(account.access_token, "access_token"), refreshToken: sealIf(account.refresh_token, "refresh_token") };
}

/**
 * next-auth adapter for Perch's schema: users keyed by Twitter id, OAuth tokens sealed,
 * sessions stored by the SHA-256 of their cookie value with the browser's user agent.
 */
export function perchAdapter({ userAgent }: { userAgent: string | null }) {
  return {
    async createUser(data: Omit<AdapterUser, "id">) {
      const profile = data as unknown as PerchProfileUser;
      const user = await db.user.upsert({
        where: { twitterId: profile.twitterId },
        create: { twitterId: profile.twitterId, name: profile.name, username: profile.username, image: profile.image ?? null },
        update: { name: profile.name, username: profile.username, image: profile.image ?? null },
      });
      return toAdapterUser(user);
    },
    async getUser(id) {
      const user = await db.user.findUnique({ where: { id } });
      return user ? toAdapterUser(user) : null;
    },
    // Twitter accounts have no e-mail, so no user is ever found by one.
    getUserByEmail: (_email: string) => Promise.resolve(null),
    async getUserByAccount({ provider, providerAccountId }) {
      const account = await db.account.findUnique({ where: { provider_providerAccountId: { provider, providerAccountId } }, include: { user: true } });
      return account ? toAdapterUser(account.user) : null;
    },
    async updateUser({ id, ...data }) {
      const user = await db.user.update({ where: { id }, data: { name: data.name ?? undefined, image: data.image } });
      return toAdapterUser(user);
    },
    async deleteUser(id) {
      await db.user.delete({ where: { id } });
    },
    async linkAccount(account: AdapterAccount) {
      await db.account.create({
        data: {
          userId: account.userId,
          type: account.type,
          provider: account.provider,
          providerAccountId: account.providerAccountId,
          ...sealAccountTokens(account),
          expiresAt: account.expires_at ?? null,
          tokenType: account.token_type ?? null,
          scope: account.scope ?? null,
        },
      });
    },
    async unlinkAccount({ provider, providerAccountId }: Pick<AdapterAccount, "provider" | "providerAccountId">) {
      await db.account.delete({ where: { provider_providerAccountId: { provider, providerAccountId } } });
    },
    async createSession({ sessionToken, userId, expires }) {
      await db.session.create({ data: { tokenHash: sha256(sessionToken), userId, expires, userAgent: userAgent?.slice(0, 512) ?? null } });
      return { sessionToken, userId, expires };
    },
    async getSessionAndUser(sessionToken) {
      const tokenHash = sha256(sessionToken);
      const row = await db.session.findUnique({ where: { tokenHash }, include: { user: true } });
      if (!row) return null;
      if (Date.now() - row.lastSeenAt.getTime() > LAST_SEEN_EVERY_MS) {
        await db.session.update({ where: { tokenHash }, data: { lastSeenAt: new Date() } });
      }
      const session: AdapterSession = { sessionToken, userId: row.userId, expires: row.expires };
      return { session, user: toAdapterUser(row.user) };
    },
    async updateSession({ sessionToken, expires }) {
      const row = await db.session.update({ where: { tokenHash: sha256(sessionToken) }, data: { expires: expires ?? undefined, lastSeenAt: new Date() } }).catch(() => null);
      return row ? { sessionToken, userId: row.userId, expires: row.expires } : null;
    },
    async deleteSession(sessionToken) {
      await db.session.deleteMany({ where: { tokenHash: sha256(sessionToken) } });
    },
  } satisfies Adapter;
}
