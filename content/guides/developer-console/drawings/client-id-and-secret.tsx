import { Button, Callout, Heading, SecretRow, Text } from "@/content/guides/kit/draw";
import { ConsoleScreen, Dialog, NAV_W, PAGE_H, PAGE_W, Scrim, Warning } from "./console";

/** The OAuth 2.0 Client ID and Client Secret, shown after user authentication is saved. */
export function ClientIdAndSecretDrawing() {
  return (
    <ConsoleScreen path="/apps/perch-dev/settings" active="Apps">
      <Heading x={30} y={44} title="perch-dev" subtitle="App" />
      <Scrim x={-NAV_W} w={PAGE_W + NAV_W} h={PAGE_H} />
      <Dialog x={110} y={70} w={560} h={400} title="OAuth 2.0 Client ID and Client Secret">
        <Warning x={134} y={126} w={512} text="The Client Secret is shown only once." />
        <SecretRow x={134} y={172} w={512} label="Client ID" value="cGVyY2gtZGV2LWV4YW1wbGU6MTpjaQ" actions={["Copy"]} />
        <SecretRow x={134} y={242} w={512} label="Client Secret" value="4kZ2mX8w…Qq_3nF9rT0" actions={["Copy"]} />
        <Text x={134} y={340} size={12} tone="muted">
          For Perch’s own sign-in these become
        </Text>
        <Text x={134} y={360} size={12} mono>
          TWITTER_CLIENT_ID · TWITTER_CLIENT_SECRET
        </Text>
        <Button x={566} y={414} w={80} label="Done" />
      </Dialog>
      <Callout n={1} x={696} y={216} to={{ x: 672, y: 216 }} />
      <Callout n={2} x={696} y={286} to={{ x: 672, y: 286 }} />
      <Callout n={3} x={696} y={430} to={{ x: 648, y: 430 }} />
    </ConsoleScreen>
  );
}
