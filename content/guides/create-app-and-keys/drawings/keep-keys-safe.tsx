import { Button, Callout, Checkbox, CodeBlock, Lines, Panel, Screen, Text } from "@/content/guides/kit/draw";
import { Dialog } from "@/content/guides/kit/form-parts";
import { SAMPLE_APP } from "@/content/guides/kit/sample-app";

/** Where keys belong, and the warning the portal shows before regenerating them. */
export function KeepKeysSafeDrawing() {
  return (
    <Screen url={`${SAMPLE_APP.url}/keys`} sidebar={{ items: SAMPLE_APP.nav, active: SAMPLE_APP.appItem }}>
      <Text x={24} y={36} size={14} weight={700}>
        .env (never committed)
      </Text>
      <CodeBlock
        x={24}
        y={50}
        w={340}
        lines={[
          "TWITTER_API_KEY=••••••••••••",
          "TWITTER_API_KEY_SECRET=••••••••",
          "TWITTER_ACCESS_TOKEN=••••••••",
          "TWITTER_ACCESS_TOKEN_SECRET=••••",
          "TWITTER_BEARER_TOKEN=••••••••",
          "TWITTER_CLIENT_ID=••••••••••",
          "TWITTER_CLIENT_SECRET=•••••••",
        ]}
      />
      <Panel x={24} y={230} w={340} h={200} title="After regenerating, update:">
        <Checkbox x={40} y={268} label="Production server settings" />
        <Checkbox x={40} y={300} label="CI and deployment secrets" />
        <Checkbox x={40} y={332} label="Scripts and local .env files" />
        <Checkbox x={40} y={364} label="Your password manager / vault" />
        <Lines x={40} y={400} w={280} count={1} />
      </Panel>
      <Dialog x={394} y={50} w={360} h={250} title="Regenerate API Key and Secret?">
        <Text x={418} y={118} tone="danger" weight={600}>
          Your current keys will stop working.
        </Text>
        <Lines x={418} y={134} w={310} count={3} />
        <Text x={418} y={200} size={12} tone="muted">
          Update every app that uses them.
        </Text>
        <Button x={498} y={246} label="Cancel" variant="secondary" />
        <Button x={602} y={246} label="Yes, regenerate" variant="danger" />
      </Dialog>
      <Callout n={1} x={379} y={76} />
      <Callout n={2} x={740} y={112} />
      <Callout n={3} x={379} y={254} />
    </Screen>
  );
}
