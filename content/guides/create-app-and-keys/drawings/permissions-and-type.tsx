import { Callout, Lines, Panel, Radio, Screen, Text } from "@/content/guides/kit/draw";
import { TopBar } from "@/content/guides/kit/page-parts";
import { SAMPLE_APP } from "@/content/guides/kit/sample-app";

/** The first part of the User authentication settings form. */
export function PermissionsAndTypeDrawing() {
  return (
    <Screen url={`${SAMPLE_APP.url}/auth-settings`}>
      <TopBar title="Developer Portal" />
      <Text x={60} y={100} size={20} weight={700}>
        User authentication settings
      </Text>
      <Lines x={60} y={116} w={560} count={1} />
      <Panel x={60} y={140} w={410} h={236} title="App permissions">
        <Lines x={76} y={178} w={360} count={1} />
        <Radio x={76} y={206} label="Read" hint="Read Tweets and profile information" />
        <Radio x={76} y={262} label="Read and write" hint="Also post, like, Retweet and follow" checked />
        <Radio x={76} y={318} label="Read and write and Direct message" hint="Also read and send Direct Messages" />
      </Panel>
      <Panel x={490} y={140} w={410} h={236} title="Type of App">
        <Lines x={506} y={178} w={360} count={1} />
        <Radio x={506} y={206} label="Native App" hint="Public client" />
        <Radio x={506} y={262} label="Single page App" hint="Public client" />
        <Radio x={506} y={318} label="Web App, Automated App or Bot" hint="Confidential client" checked />
      </Panel>
      <Lines x={60} y={410} w={840} count={3} />
      <Callout n={1} x={240} y={270} />
      <Callout n={2} x={762} y={326} />
    </Screen>
  );
}
