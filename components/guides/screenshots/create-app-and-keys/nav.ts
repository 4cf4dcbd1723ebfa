import { PORTAL_NAV } from "@/components/guides/screenshots/kit";

/** Sidebar with Projects & Apps expanded to show the example Project and App. */
export const PROJECT_NAV = ["Dashboard", "Projects & Apps", "· Perch Project", "· perch-dev", "Products", "Account", "Support"];
export const APP_ITEM = "· perch-dev";
/** Content-space y of sidebar item i (the sidebar sits left of the content area). */
export const navY = (i: number) => 74 + i * 34;
export const PORTAL = PORTAL_NAV;
export const APP_URL = "developer.twitter.com/en/portal/projects/1234567890123456789/apps/27182818";
export const PERCH_CALLBACK = "https://perch.example.com/api/auth/callback/twitter";
export const PERCH_SITE = "https://perch.example.com";
