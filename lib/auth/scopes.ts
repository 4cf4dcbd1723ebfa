/**
 * What sign-in asks Twitter for. GET /2/users/me needs `users.read` and `tweet.read`
 * (Twitter's documentation of that endpoint); Perch reads nothing else and keeps no
 * refresh token, so it asks for no `offline.access`. The sign-in page explains each one,
 * and the Developer Console guide quotes them. Kept apart from the auth options so that
 * content can import it without pulling in the server.
 */
export const SIGN_IN_SCOPES = ["users.read", "tweet.read"] as const;
