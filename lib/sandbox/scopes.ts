/**
 * Twitter's OAuth 2.0 scopes, with what each lets an app do in plain words (for the
 * consent screen). Unknown scopes are refused with `invalid_scope`, as Twitter does.
 */
export const TWITTER_SCOPES = {
  "tweet.read": "See posts you can see, including ones from protected accounts",
  "tweet.write": "Post and repost on your behalf",
  "tweet.moderate.write": "Hide and unhide replies to your posts",
  "users.email": "See the e-mail address of your account",
  "users.read": "See any account you can see, including protected ones",
  "follows.read": "See who you follow and who follows you",
  "follows.write": "Follow and unfollow accounts for you",
  "offline.access": "Stay connected until you revoke access, without asking you again",
  "space.read": "See Spaces you can see",
  "mute.read": "See the accounts you have muted",
  "mute.write": "Mute and unmute accounts for you",
  "like.read": "See posts you have liked and likes you can see",
  "like.write": "Like and unlike posts for you",
  "list.read": "See Lists you made or belong to, including private ones",
  "list.write": "Create and manage Lists for you",
  "block.read": "See the accounts you have blocked",
  "block.write": "Block and unblock accounts for you",
  "bookmark.read": "See your bookmarks",
  "bookmark.write": "Add and remove bookmarks for you",
  "media.write": "Upload media for you",
  "dm.read": "Read your Direct Messages",
  "dm.write": "Send and manage Direct Messages for you",
} as const satisfies Record<string, string>;

export type TwitterScope = keyof typeof TWITTER_SCOPES;

/** True when `scope` is one of Twitter's OAuth 2.0 scopes. */
export function isTwitterScope(scope: string): scope is TwitterScope {
  return Object.hasOwn(TWITTER_SCOPES, scope);
}

/**
 * Parses a space-separated scope string. Returns the distinct scopes in request order, or
 * the first unknown scope. An empty string is an error too (Twitter requires a scope).
 */
export function parseScopes(text: string | null | undefined): { ok: true; scopes: TwitterScope[] } | { ok: false; unknown: string | null } {
  const parts = (text ?? "").split(" ").filter(Boolean);
  if (parts.length === 0) return { ok: false, unknown: null };
  const scopes: TwitterScope[] = [];
  for (const part of parts) {
    if (!isTwitterScope(part)) return { ok: false, unknown: part };
    if (!scopes.includes(part)) scopes.push(part);
  }
  return { ok: true, scopes };
}

/** The scopes GET /2/users/me needs, per Twitter's documentation of that endpoint. */
export const USERS_ME_SCOPES: readonly TwitterScope[] = ["tweet.read", "users.read"];
