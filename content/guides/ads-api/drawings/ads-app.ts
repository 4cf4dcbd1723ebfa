import { sampleApp } from "@/content/guides/kit/sample-app";

/** The Ads API guide's App: an advertiser's ads tool, not Perch, since Ads API access is granted per App. */
export const ADS_APP = sampleApp({
  project: "Furni Ads",
  name: "furni-ads-tool",
  appId: "24681357",
  projectId: "1574839201746382910",
  handle: "@furni_dev",
});
