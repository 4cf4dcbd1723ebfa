// `npm run dev` runs this first (the "predev" script): it loads the .env files as Next
// will, then generates any missing local secret into .env.local. Writing the file before
// Next starts matters: a change to .env.local while `next dev` runs makes it reload its
// environment and reload every open page (measured: one full reload per write).
import { loadEnvConfig } from "@next/env";
import { ensureLocalSecrets } from "../lib/local-secrets";

loadEnvConfig(process.cwd(), true, { info: () => undefined, error: console.error });
ensureLocalSecrets(process.env, process.cwd());
