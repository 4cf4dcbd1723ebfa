import { Button, Callout, Heading, Lines, navY, Panel, Screen, Tabs, Text } from "@/content/guides/kit/draw";
import { NAV_ROW, SAMPLE_APP } from "@/content/guides/kit/sample-app";

/** An App's settings page with the User authentication settings section at the bottom. */
export function OpenUserAuthDrawing() {
  return (
    <Screen url={`${SAMPLE_APP.url}/settings`} sidebar={{ items: SAMPLE_APP.nav, active: SAMPLE_APP.appItem }}>
      <Heading x={44} y={44} title={SAMPLE_APP.name} subtitle={`${SAMPLE_APP.project} · ${SAMPLE_APP.environment}`} />
      <Tabs x={38} y={76} items={["Settings", "Keys and tokens"]} active="Settings" />
      <rect x={44} y={108} width={706} height="1" className="fill-zinc-200 dark:fill-zinc-700" />
      <Panel x={44} y={124} w={706} h={110} title="App details">
        <Lines x={60} y={166} w={500} count={3} />
      </Panel>
      <Panel x={44} y={250} w={706} h={110} title="App icon and description">
        <Lines x={60} y={292} w={500} count={3} />
      </Panel>
      <Panel x={44} y={376} w={706} h={140} title="User authentication settings">
        <Text x={60} y={428} tone="muted">
          Not set up yet.
        </Text>
        <Lines x={60} y={444} w={500} count={2} />
        <Button x={640} y={466} label="Set up" />
      </Panel>
      <Callout n={1} x={16} y={navY(NAV_ROW.projects)} to={{ x: -44, y: navY(NAV_ROW.projects) }} />
      <Callout n={2} x={16} y={navY(NAV_ROW.app)} to={{ x: -44, y: navY(NAV_ROW.app) }} />
      <Callout n={3} x={736} y={440} to={{ x: 700, y: 466 }} />
    </Screen>
  );
}
