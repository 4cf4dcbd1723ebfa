import { siteOrigin } from "@/lib/env";

/** The OAuth callback URL to register in the Twitter App that Perch signs in with. */
export const callbackUrl: string = `${siteOrigin}/api/auth/callback/twitter`;

/** This deployment's public address (the portal's "Website URL"). */
export const websiteUrl: string = siteOrigin;
