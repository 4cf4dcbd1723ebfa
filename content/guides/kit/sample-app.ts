/**
 * The example Project and App the drawings show, so every portal screen of one guide
 * names the same App, ID and address. Perch's own App is the default; a guide whose
 * story needs a different App (the Ads API guide's ads tool) makes one with `sampleApp`
 * rather than copying these constants.
 */

/** Where the (2022) developer portal lived; every portal screen's address starts here. */
export const PORTAL_URL = "developer.twitter.com/en/portal";

/** The standard portal navigation, so every portal screen shows the same sidebar. */
export const PORTAL_NAV = ["Dashboard", "Projects & Apps", "Products", "Account", "Support"];

/**
 * Rows of a sample App's sidebar (`SampleApp.nav`), for callouts beside them:
 * `navY(NAV_ROW.app)` is the App's row.
 */
export const NAV_ROW = { dashboard: 0, projects: 1, project: 2, app: 3, products: 4 } as const;

export type SampleApp = {
  /** The Project's name, e.g. "Perch Project". */
  project: string;
  /** The App's name, e.g. "perch-dev". */
  name: string;
  environment: "Development" | "Staging" | "Production";
  /** The numeric App ID, as the App's address shows it. */
  appId: string;
  projectId: string;
  /** The developer account that owns the App, e.g. "@sam_builds". */
  handle: string;
  /** Sidebar with Projects & Apps expanded to show the Project and App. */
  nav: string[];
  /** The sidebar entries of the Project and the App, for `sidebar.active`. */
  projectItem: string;
  appItem: string;
  /** The App's address in the portal, without a trailing tab such as /settings. */
  url: string;
  /** The callback and website addresses the App's user authentication settings hold. */
  callbackUrl: string;
  websiteUrl: string;
};

type SampleAppInput = Pick<SampleApp, "project" | "name" | "appId" | "projectId" | "handle"> & Partial<Pick<SampleApp, "environment" | "websiteUrl">>;

/** A sample App with its sidebar, addresses and settings derived from a few names and numbers. */
export function sampleApp({ environment = "Development", websiteUrl = "https://perch.example.com", ...app }: SampleAppInput): SampleApp {
  const projectItem = `· ${app.project}`;
  const appItem = `· ${app.name}`;
  const nav = [...PORTAL_NAV.slice(0, NAV_ROW.project), projectItem, appItem, ...PORTAL_NAV.slice(NAV_ROW.project)];
  return {
    ...app,
    environment,
    nav,
    projectItem,
    appItem,
    url: `${PORTAL_URL}/projects/${app.projectId}/apps/${app.appId}`,
    callbackUrl: `${websiteUrl}/api/auth/callback/twitter`,
    websiteUrl,
  };
}

/** Perch's own App: the one the get-access and create-app-and-keys guides set up. */
export const SAMPLE_APP: SampleApp = sampleApp({
  project: "Perch Project",
  name: "perch-dev",
  appId: "27182818",
  projectId: "1234567890123456789",
  handle: "@sam_builds",
});

/**
 * Made-up credentials shown in "shown only once" pop-ups: recognisable shapes, never
 * real values.
 */
export const SAMPLE_SECRETS = {
  apiKey: "Qe7TkR2mVp9sLx4aNb8cWd",
  apiKeySecret: "Zt3Hq8uYw1Kc5Nf0R…",
  accessToken: "1234567890-AbCdEfGhIj…",
  accessTokenSecret: "x9Yz8Wv7Ut6Sr5Qp4On3…",
  bearerToken: "AAAAAAAAAAAAAAAAAAAAAM…",
} as const;
