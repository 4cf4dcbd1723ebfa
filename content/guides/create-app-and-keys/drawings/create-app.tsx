import { Badge, Button, Callout, Heading, Input, Lines, Panel, Radio, Screen, Text } from "@/content/guides/kit/draw";
import { PORTAL_NAV, PORTAL_URL, SAMPLE_APP } from "@/content/guides/kit/sample-app";

/** The portal dashboard with the new-app form open beside it. */
export function CreateAppDrawing() {
  return (
    <Screen url={`${PORTAL_URL}/dashboard`} sidebar={{ items: PORTAL_NAV, active: "Dashboard" }}>
      <Heading x={24} y={44} title="Dashboard" subtitle="Your Projects and Apps" />
      <Panel x={24} y={90} w={330} h={230} title={SAMPLE_APP.project}>
        <Badge x={40} y={128} label="Development" tone="info" />
        <Lines x={40} y={166} w={290} count={3} />
        <Button x={40} y={250} label="Create new app" />
      </Panel>
      <Panel x={24} y={340} w={330} h={120} title="Getting started">
        <Lines x={40} y={382} w={290} count={3} />
      </Panel>
      <Panel x={380} y={90} w={370} h={360} title="New app">
        <Text x={396} y={150} size={12} weight={600}>
          App Environment
        </Text>
        <Radio x={396} y={164} label="Development" checked />
        <Radio x={396} y={194} label="Staging" />
        <Radio x={396} y={224} label="Production" />
        <Input x={396} y={282} w={338} label="App name" value={SAMPLE_APP.name} />
        <Text x={396} y={346} size={11} tone="muted">
          Names must be unique across the platform.
        </Text>
        <Button x={656} y={396} label="Next" />
      </Panel>
      <Callout n={1} x={218} y={266} />
      <Callout n={2} x={560} y={202} to={{ x: 500, y: 202 }} />
      <Callout n={3} x={474} y={277} />
      <Callout n={4} x={630} y={412} />
    </Screen>
  );
}
