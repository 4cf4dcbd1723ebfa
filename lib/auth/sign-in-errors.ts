/**
 * Sign-in failures, each with what a person needs to hear. The code travels in the
 * error page's URL (never a detail from the provider, never a secret).
 */
export const SIGN_IN_ERRORS = {
  AccessDenied: { title: "You cancelled the sign-in", text: "Twitter did not share your account with Perch because the request was cancelled on the consent screen. You can try again whenever you like." },
  State: {
    title: "This sign-in could not be verified",
    text: "The reply from Twitter did not match a sign-in this browser has open: it was already used (going back to the consent screen and authorizing again does that), it expired, or it came from another tab. Nothing was changed. Sign in again to continue.",
  },
  TokenExchange: { title: "Twitter did not accept the sign-in", text: "Perch could not exchange Twitter's one-time code for a token. The code may have expired; starting again usually fixes it. If it keeps happening, the deployment's Twitter App settings may be wrong." },
  ProviderUnreachable: { title: "Twitter could not be reached", text: "Perch could not reach Twitter to finish signing you in. Check the connection and try again in a moment." },
  SandboxUnreachable: {
    title: "The Twitter sandbox did not answer in time",
    text: "No real Twitter is involved here: Perch's built-in sandbox, served by this same server, did not answer the token request in time. In development an endpoint compiles on its first use, which can be slow; try again.",
  },
  FormExpired: { title: "Please press the button again", text: "The sign-in form had expired (or was opened in another tab), so Perch did not start the sign-in. Press Continue again." },
  Configuration: { title: "Sign-in is not set up here", text: "This deployment has no Twitter App configured. The person running it can set TWITTER_CLIENT_ID and TWITTER_CLIENT_SECRET, or turn on the sandbox." },
  Default: { title: "Sign-in did not work", text: "Something went wrong while signing you in. Please try again." },
} as const;

export type SignInErrorCode = keyof typeof SIGN_IN_ERRORS;

/** Maps next-auth's error codes and our own to one of ours. */
export function toSignInError(code: string | undefined | null): SignInErrorCode {
  if (code && code in SIGN_IN_ERRORS) return code as SignInErrorCode;
  if (code === "access_denied") return "AccessDenied";
  if (code === "Configuration" || code === "configuration") return "Configuration";
  // next-auth's codes for a failed start of the flow (e.g. the authorize URL could not be built).
  if (code === "OAuthSignin" || code === "Callback" || code === "OAuthCallback") return "TokenExchange";
  return "Default";
}

/** Classifies what next-auth logged about a failed callback; the sandbox is named as itself. */
export function classifyCallbackFailure(detail: string, { isSandbox }: { isSandbox: boolean }): SignInErrorCode {
  if (/state|checks\.|code_verifier|pkce/i.test(detail)) return "State";
  if (/ECONNREFUSED|ENOTFOUND|EAI_AGAIN|ETIMEDOUT|ECONNRESET|fetch failed|socket hang up|timed out|outgoing request/i.test(detail)) return isSandbox ? "SandboxUnreachable" : "ProviderUnreachable";
  if (/invalid_grant|invalid_client|invalid_request|expected 200|unauthorized_client|token/i.test(detail)) return "TokenExchange";
  return "Default";
}
