import { Button, Callout, Heading, SecretRow } from "@/content/guides/kit/draw";
import { ConsoleScreen, Dialog, NAV_W, PAGE_H, PAGE_W, Scrim, Warning } from "./console";

/** The credentials the console shows once, right after New App creates the app. */
export function CredentialsDrawing() {
  return (
    <ConsoleScreen path="/apps/perch-dev" active="Apps">
      <Heading x={30} y={44} title="perch-dev" subtitle="App created" />
      <Scrim x={-NAV_W} w={PAGE_W + NAV_W} h={PAGE_H} />
      <Dialog x={110} y={30} w={560} h={500} title="Your app’s credentials">
        <Warning x={134} y={86} w={512} text="Shown only once. Store each value safely before you close this." />
        <SecretRow x={134} y={130} w={512} label="API Key" value="xZ7pQ2mLw9Rk4TfB1cYd" actions={["Copy"]} />
        <SecretRow x={134} y={194} w={512} label="API Key Secret" value="N3vJ8sKq0aWe5…Hy2uGt7LmPz" actions={["Copy"]} />
        <SecretRow x={134} y={274} w={512} label="Access Token" value="1690011223344556677-Qm4…Rt8" actions={["Copy"]} />
        <SecretRow x={134} y={338} w={512} label="Access Token Secret" value="Lp9Xw2…bN6vC0zEa4sJ" actions={["Copy"]} />
        <Button x={508} y={470} w={138} label="I’ve saved them" />
      </Dialog>
      <Callout n={1} x={696} y={216} to={{ x: 672, y: 216 }} />
      <Callout n={2} x={696} y={360} to={{ x: 672, y: 360 }} />
      <Callout n={3} x={696} y={486} to={{ x: 648, y: 486 }} />
    </ConsoleScreen>
  );
}
