/** Shapes exchanged between the sandbox's forms (client) and their server actions. */

/** A sandbox account as the UI shows it. */
export type SandboxUserSummary = { id: string; name: string; username: string };

/** Result of the "create a sandbox account" form. */
export type UserFormState = {
  user?: SandboxUserSummary;
  fieldErrors?: { name?: string; username?: string };
  message?: string;
  /** What was typed, so nothing is lost when it is refused. */
  values?: { name: string; username: string };
};

/**
 * Result of the consent form: an error to show, or where the browser must go next (the
 * client's redirect URI with a code or an error). The browser goes there with a full page
 * load, as after a real OAuth server's 302: a server-action redirect to a same-origin
 * callback (Perch's own) would become a client-side navigation instead.
 */
export type ConsentState = { message?: string; location?: string };

/** Secrets shown once, right after they are created. Labels are the portal's names. */
export type OneTimeSecret = { label: string; value: string; envName: string };

/** Result of the "create an App" form. */
export type AppFormState = {
  appName?: string;
  secrets?: OneTimeSecret[];
  fieldErrors?: { name?: string; callbackUrls?: string };
  message?: string;
  values?: { name: string; callbackUrls: string };
};

/** Result of regenerating or generating credentials for an existing App. */
export type CredentialActionState = { secrets?: OneTimeSecret[]; message?: string; isError?: boolean };
