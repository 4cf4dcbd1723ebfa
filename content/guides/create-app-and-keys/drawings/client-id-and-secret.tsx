import { Button, Callout, Lines, Panel, Screen, SecretRow, Text } from "@/content/guides/kit/draw";
import { Dialog } from "@/content/guides/kit/form-parts";
import { TopBar } from "@/content/guides/kit/page-parts";
import { SAMPLE_APP } from "@/content/guides/kit/sample-app";

/** The permission-change confirmation, then the OAuth 2.0 Client ID and Client Secret. */
export function ClientIdAndSecretDrawing() {
  return (
    <Screen url={`${SAMPLE_APP.url}/auth-settings`}>
      <TopBar title="Developer Portal" />
      <Dialog x={40} y={90} w={340} h={220} title="Change permissions?">
        <Lines x={64} y={150} w={290} count={3} />
        <Text x={64} y={210} size={12} tone="muted">
          Existing tokens keep their old permissions.
        </Text>
        <Button x={170} y={250} label="Cancel" variant="secondary" />
        <Button x={286} y={250} label="Yes" />
      </Dialog>
      <path d="M395 200h36m-8-6 8 6-8 6" fill="none" strokeWidth="2" className="stroke-zinc-400 dark:stroke-zinc-500" />
      <Panel x={446} y={90} w={474} h={320} title="Client ID and Client Secret">
        <Lines x={462} y={130} w={420} count={2} />
        <SecretRow x={462} y={164} w={440} label="Client ID" value="cGVyY2gtZGV2LWV4YW1wbGU6MTpjaQ" actions={["Copy"]} />
        <SecretRow x={462} y={234} w={440} label="Client Secret" value="4kZ2mX8w…Qq_3nF9rT0" actions={["Copy"]} />
        <Text x={462} y={330} size={12} tone="danger" weight={600}>
          Save the secret now: it won’t be shown again.
        </Text>
        <Button x={830} y={360} label="Done" />
      </Panel>
      <Callout n={1} x={312} y={232} to={{ x: 312, y: 250 }} />
      <Callout n={2} x={930} y={202} />
      <Callout n={3} x={930} y={272} />
      <Callout n={4} x={812} y={376} />
    </Screen>
  );
}
