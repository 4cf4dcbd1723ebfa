import { Badge, Button, Callout, Heading, Input, Lines, Panel, Screen, Text } from "@/content/guides/kit/draw";
import { Select, TextArea } from "@/content/guides/kit/form-parts";
import { PORTAL_URL } from "@/content/guides/kit/sample-app";
import { ADS_APP } from "./ads-app";

/** The Ads API request form under Products, with the request's status on the right. */
export function RequestAccessDrawing() {
  return (
    <Screen url={`${PORTAL_URL}/products/ads`} sidebar={{ items: ADS_APP.nav, active: "Products" }}>
      <Heading x={44} y={44} title="Twitter Ads API" subtitle="Ask for Ads API access for one of your Apps" />

      <Panel x={44} y={84} w={456} h={440} title="Access request">
        <Select x={60} y={138} w={200} label="App" value={ADS_APP.name} />
        <Input x={284} y={138} w={200} label="App ID" value={ADS_APP.appId} />
        <Input x={60} y={210} w={424} label="Company or agency" value="Furni Ltd" />
        <Input x={60} y={282} w={424} label="Your Twitter representative" placeholder="Name or e-mail of your contact at Twitter" />
        <TextArea x={60} y={354} w={424} h={88} label="What will your tool do for advertisers?" filled={4} />
        <Button x={352} y={472} w={132} label="Submit request" />
      </Panel>

      <Panel x={520} y={84} w={230} h={250} title="Request status">
        <Badge x={536} y={124} label="Pending review" tone="warning" />
        <Text x={536} y={174} size={12} weight={600}>
          Until it is approved
        </Text>
        <Lines x={536} y={186} w={190} count={2} />
        <Text x={536} y={240} size={12} weight={600}>
          Once approved
        </Text>
        <Text x={536} y={260} size={12} tone="muted">
          You start on Limited access.
        </Text>
        <Lines x={536} y={276} w={190} count={2} />
      </Panel>

      <Callout n={1} x={496} y={168} />
      <Callout n={2} x={496} y={392} />
      <Callout n={3} x={418} y={536} to={{ x: 418, y: 504 }} />
      <Callout n={4} x={680} y={134} />
    </Screen>
  );
}
