import { KeysPage } from "@/content/guides/kit/keys-page";
import { ADS_APP } from "./ads-app";

/** The App's Keys and tokens tab, with the "shown only once" pop-up for a fresh token. */
export function KeysAndTokensDrawing() {
  return <KeysPage app={ADS_APP} dialog={{ row: "access", confirm: "Yes, I saved them" }} callouts={["consumer", "access", "bearer", "confirm"]} />;
}
