import "server-only";
import type { NextAuthOptions } from "next-auth";
import TwitterProvider from "next-auth/providers/twitter";
import { neutraliseDisplayName } from "@/lib/text/display-name";
import { db } from "@/lib/db/client";
import { env, signInMode } from "@/lib/env";
import { perchSandboxClient, sandboxEndpoints } from "@/lib/sandbox/config";
import { ensurePersonalTeam } from "@/lib/teams/teams";
import { perchAdapter, sealAccountTokens } from "./adapter";
import { safeCallbackPath } from "./safe-redirect";
import { SIGN_IN_SCOPES } from "./scopes";

/** Twitter's user object as /2/users/me returns it with user.fields=profile_image_url. */
type TwitterProfile = { data: { id: string; name: string; username: string; profile_image_url?: string } };

// What sign-in asks Twitter for lives in ./scopes (content quotes it too).
export { SIGN_IN_SCOPES };

/**
 * How long sign-in waits for the token and profile endpoints. openid-client's default is
 * 3.5 s; a sandbox route compiling on first use in development can take longer.
 */
const PROVIDER_TIMEOUT_MS = 20_000;

/** True when a sign-in provider is configured (the sandbox counts). */
export const isSignInConfigured: boolean = signInMode !== null;

/** Where sign-in talks to: the sandbox served by Perch itself at `origin`, or Twitter. */
function twitterEndpoints(origin: string) {
  if (signInMode === "sandbox") {
    const { authorizeUrl, apiUrl } = sandboxEndpoints(origin);
    return { authorizeUrl, apiUrl, ...perchSandboxClient() };
  }
  return { authorizeUrl: env.TWITTER_AUTHORIZE_URL, apiUrl: env.TWITTER_API_URL.replace(/\/$/, ""), clientId: env.TWITTER_CLIENT_ID ?? "", clientSecret: env.TWITTER_CLIENT_SECRET ?? "" };
}

function twitterProvider(origin: string) {
  const { authorizeUrl, apiUrl, clientId, clientSecret } = twitterEndpoints(origin);
  return TwitterProvider({
    version: "2.0",
    clientId,
    clientSecret,
    httpOptions: { timeout: PROVIDER_TIMEOUT_MS },
    authorization: { url: authorizeUrl, params: { scope: SIGN_IN_SCOPES.join(" ") } },
    token: { url: `${apiUrl}/2/oauth2/token` },
    userinfo: { url: `${apiUrl}/2/users/me`, params: { "user.fields": "profile_image_url" } },
    profile(profile: TwitterProfile) {
      const { id, name, username, profile_image_url } = profile.data;
      // `twitterId` keys the user; next-auth drops `id` before createUser.
      return { id, twitterId: id, name: neutraliseDisplayName(name), username, image: profile_image_url ?? null, email: null };
    },
  });
}

/**
 * next-auth configuration for one request: the adapter records the browser's user agent,
 * and absolute URLs use this request's origin (lib/origin.ts). For an OAuth callback
 * (`isCallback`), the browser's current session is invisible to next-auth: a new sign-in
 * is never linked to whoever was signed in before, and a callback that fails (replayed,
 * stale, forged) leaves that session as it was. The route ends the old session only when
 * the callback set a new one.
 */
export function authOptions({ userAgent, origin, isCallback = false }: { userAgent: string | null; origin: string; isCallback?: boolean }): NextAuthOptions {
  const adapter = perchAdapter({ userAgent });
  return {
    adapter: isCallback ? { ...adapter, getSessionAndUser: () => Promise.resolve(null) } : adapter,
    secret: env.NEXTAUTH_SECRET,
    session: { strategy: "database", maxAge: 30 * 24 * 60 * 60, updateAge: 24 * 60 * 60 },
    providers: isSignInConfigured ? [twitterProvider(origin)] : [],
    pages: { signIn: "/signin", error: "/signin/error" },
    callbacks: {
      session({ session, user }) {
        const u = user as typeof user & { username?: string };
        session.user = { id: user.id, name: user.name, image: user.image, username: u.username ?? "" };
        return session;
      },
      redirect({ url }) {
        return `${origin}${safeCallbackPath(url, origin)}`;
      },
    },
    events: {
      // Keep the name, @username and avatar fresh, and the latest tokens (sealed); make sure
      // the person has their personal team (created at first sign-in).
      async signIn({ user, account, profile }) {
        await ensurePersonalTeam({ userId: user.id, name: user.name ?? "My" });
        const p = profile as { name?: string; username?: string; image?: string | null } | undefined;
        if (p?.name && p.username) {
          await db.user.update({ where: { id: user.id }, data: { name: neutraliseDisplayName(p.name), username: p.username, image: p.image ?? null } });
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
