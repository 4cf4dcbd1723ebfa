/**
 * Re-authentication: the riskiest entries of the access table (`recentSignIn`) ask for a
 * sign-in at most that many seconds old, read from the session's sign-in time. Signing in
 * again replaces the session (the OAuth callback ends the old one), so its time moves.
 * Safe to import from client components (no server code).
 */

/** True when `signedInAt` is at most `seconds` before `now`. */
export function isRecentSignIn(signedInAt: Date, seconds: number, now: number = Date.now()): boolean {
  const age = now - signedInAt.getTime();
  return age >= 0 && age <= seconds * 1000;
}

/** The sign-in page, asked to sign in again and then come back to `returnTo` (a same-origin path). */
export function reauthPath(returnTo: string): string {
  return `/signin?reauth=1&callbackUrl=${encodeURIComponent(returnTo)}`;
}

/** The message a person sees, e.g. "… more than 10 minutes ago …". */
export function reauthMessage(seconds: number): string {
  return `For this, Perch asks you to sign in again: your last sign-in was more than ${Math.round(seconds / 60)} minutes ago.`;
}
