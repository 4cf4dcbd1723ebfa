import { AppIdPage } from "@/content/guides/kit/app-id-page";
import { ADS_APP } from "./ads-app";

/** An App's details page, with its address enlarged to show where the App ID sits. */
export function AdsAppIdDrawing() {
  return <AppIdPage app={ADS_APP} callouts={["app-in-menu", "app-id", "app-name"]} />;
}
