import { KeysPage } from "@/content/guides/kit/keys-page";
import { SAMPLE_APP } from "@/content/guides/kit/sample-app";

/** Getting there and generating the API Key and Secret. */
export function ConsumerKeysDrawing() {
  return <KeysPage app={SAMPLE_APP} dialog={{ row: "consumer" }} callouts={["app-in-menu", "keys-tab", "consumer", "values"]} />;
}

/** The Access Token and Secret, created with the App's Read and Write permissions. */
export function AccessTokenDrawing() {
  return <KeysPage app={SAMPLE_APP} dialog={{ row: "access", permissions: "Read and Write" }} callouts={["access", "permissions", "values"]} />;
}

export function BearerTokenDrawing() {
  return <KeysPage app={SAMPLE_APP} dialog={{ row: "bearer" }} callouts={["bearer", "values"]} />;
}
