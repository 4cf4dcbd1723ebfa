import Link from "next/link";
import { CopyField } from "@/components/ui/copy-button";
import { PageHeader } from "@/components/ui/page-header";
import { signInMode } from "@/lib/env";
import { deploymentValues, requestOrigin } from "@/lib/origin";

export const metadata = { title: "About this deployment" };
export const dynamic = "force-dynamic";

const MODE_LABELS = { sandbox: "Sandbox (built-in imitation of Twitter)", twitter: "Twitter" } as const;

export default async function AboutPage() {
  const mode = signInMode ? MODE_LABELS[signInMode] : "Not configured";
  const { callbackUrl, websiteUrl } = deploymentValues(await requestOrigin());
  return (
    <>
      <PageHeader title="About this deployment" description="The values this Perch needs in the Twitter developer portal, and how sign-in is set up." />
      <div className="max-w-3xl space-y-8">
        <section aria-labelledby="signin-mode">
          <h2 id="signin-mode" className="text-lg font-semibold">Sign-in</h2>
          <p className="mt-1 text-zinc-700 dark:text-zinc-300">
            Signing in uses: <strong data-testid="signin-mode">{mode}</strong>.
          </p>
        </section>
        <section aria-labelledby="values" className="space-y-4">
          <h2 id="values" className="text-lg font-semibold">Values for the developer portal</h2>
          <div>
            <p className="mb-1 text-sm font-medium">Callback URI / Redirect URL</p>
            <CopyField value={callbackUrl} label="callback URL" />
          </div>
          <div>
            <p className="mb-1 text-sm font-medium">Website URL</p>
            <CopyField value={websiteUrl} label="website URL" />
          </div>
        </section>
        <section aria-labelledby="setup" className="space-y-2 text-zinc-700 dark:text-zinc-300">
          <h2 id="setup" className="text-lg font-semibold text-zinc-900 dark:text-zinc-100">Connecting this Perch to Twitter</h2>
          <ol className="list-decimal space-y-1 pl-5">
            <li>In the developer portal, open your Project&rsquo;s App and choose <strong>User authentication settings → Set up</strong>.</li>
            <li>Set the app permissions to <strong>Read</strong> and the type of app to <strong>Web App, Automated App or Bot</strong> (a confidential client).</li>
            <li>Paste the callback URL above as the <strong>Callback URI / Redirect URL</strong>, and the website URL above.</li>
            <li>Save, then copy the <strong>OAuth 2.0 Client ID and Client Secret</strong> into <code>TWITTER_CLIENT_ID</code> and <code>TWITTER_CLIENT_SECRET</code> and restart Perch. The sandbox then turns off.</li>
          </ol>
          <p>
            The <Link className="underline underline-offset-4" href="/guides/create-app-and-keys">create an App guide</Link> walks through these screens with pictures.
          </p>
        </section>
      </div>
    </>
  );
}
