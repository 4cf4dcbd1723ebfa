import { Button, Callout, Heading, Input, Lines, Panel, Text } from "@/content/guides/kit/draw";
import { TextArea } from "@/content/guides/kit/form-parts";
import { ConsoleScreen, Dialog, NAV_W, PAGE_H, PAGE_W, Scrim } from "./console";

/** The empty Apps page with its New App button, and the New App form: name and description. */
export function NewAppDrawing() {
  return (
    <ConsoleScreen path="/apps" active="Apps">
      <Heading x={30} y={44} title="Apps" subtitle="Each app holds one set of API credentials" />
      <Button x={640} y={24} label="New App" />
      <Panel x={30} y={84} w={710} h={140}>
        <Text x={385} y={140} weight={600} anchor="middle">
          No apps yet
        </Text>
        <Lines x={235} y={160} w={300} count={2} />
      </Panel>

      <Scrim x={-NAV_W} w={PAGE_W + NAV_W} h={PAGE_H} />
      <Dialog x={150} y={160} w={470} h={330} title="New App">
        <Input x={174} y={230} w={420} label="App name" value="perch-dev" />
        <TextArea x={174} y={300} w={420} h={90} label="Description" filled={3} />
        <Button x={403} y={438} label="Cancel" variant="secondary" />
        <Button x={489} y={438} w={105} label="Create app" />
      </Dialog>

      <Callout n={1} x={748} y={40} />
      <Callout n={2} x={640} y={254} to={{ x: 596, y: 254 }} />
      <Callout n={3} x={640} y={350} to={{ x: 596, y: 350 }} />
      <Callout n={4} x={646} y={454} to={{ x: 596, y: 454 }} />
    </ConsoleScreen>
  );
}
