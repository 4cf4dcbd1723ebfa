import "server-only";
import type { NextAuthOptions } from "next-auth";
import TwitterProvider from "next-auth/providers/twitter";
import { db } from "@/lib/db/client";
import { env, isSandbox, siteOrigin } from "@/lib/env";
import { perchSandboxClient, sandboxEndpoints } from "@/lib/sandbox/config";
import { perchAdapter, sealAccountTokens } from "./adapter";
import { safeCallbackPath } from "./safe-redirect";

/** Twitter's user object as /2/users/me returns it with user.fields=profile_image_url. */
type TwitterProfile = { data: { id: string; name: string; username: string; profile_image_url?: string } };

/** Where sign-in talks to: the sandbox served by Perch itself, or Twitter. */
function twitterEndpoints() {
  if (isSandbox) {
    const { authorizeUrl, apiUrl } = sandboxEndpoints(siteOrigin);
    return { authorizeUrl, apiUrl, ...perchSandboxClient() };
  }
  return { authorizeUrl: env.TWITTER_AUTHORIZE_URL, apiUrl: env.TWITTER_API_URL.replace(/\/$/, ""), clientId: env.TWITTER_CLIENT_ID ?? "", clientSecret: env.TWITTER_CLIENT_SECRET ?? "" };
}

/** True when a sign-in provider is configured (the sandbox counts). */
export const isSignInConfigured: boolean = isSandbox || Boolean(env.TWITTER_CLIENT_ID && env.TWITTER_CLIENT_SECRET);

function twitterProvider() {
  const { authorizeUrl, apiUrl, clientId, clientSecret } = twitterEndpoints();
  return TwitterProvider({
    version: "2.0",
    clientId,
    clientSecret,
    authorization: { url: authorizeUrl, params: { scope: "users.read tweet.read offline.access" } },
    token: { url: `${apiUrl}/2/oauth2/token` },
    userinfo: { url: `${apiUrl}/2/users/me`, params: { "user.fields": "profile_image_url" } },
    profile(profile: TwitterProfile) {
      const { id, name, username, profile_image_url } = profile.data;
      // `twitterId` keys the user; next-auth drops `id` before createUser.
      return { id, twitterId: id, name, username, image: profile_image_url ?? null, email: null };
    },
  });
}

/** next-auth configuration for one request (the adapter records the browser's user agent). */
export function authOptions({ userAgent }: { userAgent: string | null }): NextAuthOptions {
  return {
    adapter: perchAdapter({ userAgent }),
    secret: env.NEXTAUTH_SECRET,
    session: { strategy: "database", maxAge: 30 * 24 * 60 * 60, updateAge: 24 * 60 * 60 },
    providers: isSignInConfigured ? [twitterProvider()] : [],
    pages: { signIn: "/signin", error: "/signin/error" },
    callbacks: {
      session({ session, user }) {
        const u = user as typeof user & { username?: string };
        session.user = { id: user.id, name: user.name, image: user.image, username: u.username ?? "" };
        return session;
      },
      redirect({ url }) {
        return `${siteOrigin}${safeCallbackPath(url, siteOrigin)}`;
      },
    },
    events: {
      // Keep the name, @username and avatar fresh, and the latest tokens (sealed).
      async signIn({ user, account, profile }) {
        const p = profile as { name?: string; username?: string; image?: string | null } | undefined;
        if (p?.name && p.username) {
          await db.user.update({ where: { id: user.id }, data: { name: p.name, username: p.username, image: p.image ?? null } });
        }
        if (account?.provider && account.providerAccountId) {
          await db.account.updateMany({
            where: { provider: account.provider, providerAccountId: account.providerAccountId },
            data: { ...sealAccountTokens(account), expiresAt: account.expires_at ?? null, scope: account.scope ?? null },
          });
        }
      },
    },
  };
}
