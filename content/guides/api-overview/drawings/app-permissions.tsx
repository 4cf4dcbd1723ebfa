import { Button, Callout, Heading, Lines, navY, Panel, Radio, Screen, Text } from "@/content/guides/kit/draw";
import { Highlight } from "@/content/guides/kit/form-parts";
import { NAV_ROW, sampleApp } from "@/content/guides/kit/sample-app";

/** The overview's example App: a research project's flu tracker, as in the guide's text. */
const FLU_APP = sampleApp({ project: "Flu Research", name: "flu-tracker", appId: "31415926", projectId: "1690011223344556677", handle: "@flu_research" });

/** An App's user authentication settings, open at the App permissions choice. */
export function AppPermissionsDrawing() {
  return (
    <Screen url={`${FLU_APP.url}/auth-settings`} sidebar={{ items: FLU_APP.nav, active: FLU_APP.appItem }}>
      <Heading x={44} y={44} title="User authentication settings" subtitle={`${FLU_APP.name} · ${FLU_APP.project}`} />

      <Panel x={44} y={84} w={706} h={238} title="App permissions">
        <Text x={60} y={130} size={12} tone="muted">
          What the App may do for the people who authorise it. They can withdraw it at any time.
        </Text>
        <Radio x={60} y={148} label="Read" checked hint="Read Tweets and profile information" />
        <Radio x={60} y={200} label="Read and write" hint="Read and post Tweets and media" />
        <Radio x={60} y={252} label="Read and write and Direct message" hint="Read, post and manage Direct Messages" />
        <Text x={734} y={166} size={11} tone="success" weight={600} anchor="end">
          Default
        </Text>
      </Panel>
      <Highlight x={52} y={244} w={340} h={56} />

      <Panel x={44} y={338} w={706} h={130} title="Type of App">
        <Lines x={60} y={380} w={440} count={4} />
      </Panel>
      <Button x={654} y={488} w={96} label="Save" />

      <Callout n={1} x={16} y={navY(NAV_ROW.app)} to={{ x: -44, y: navY(NAV_ROW.app) }} />
      <Callout n={2} x={668} y={161} />
      <Callout n={3} x={412} y={272} />
      <Callout n={4} x={630} y={504} />
    </Screen>
  );
}
