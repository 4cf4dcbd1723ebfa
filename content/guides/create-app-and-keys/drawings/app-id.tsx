import { AppIdPage } from "@/content/guides/kit/app-id-page";
import { SAMPLE_APP } from "@/content/guides/kit/sample-app";

/** An App's details page, with its address enlarged to show where the App ID is. */
export function AppIdDrawing() {
  return <AppIdPage app={SAMPLE_APP} callouts={["app-in-menu", "app-id"]} />;
}
