import { Badge, Button, Callout, Heading, Input, Lines, Panel, Screen, Text } from "@/components/guides/screenshots/kit";
import { ADS_NAV, APP_ID, APP_NAME, Select, TextArea } from "./parts";

/** The Ads API request form under Products, with the request's status on the right. */
export function RequestAccessDrawing() {
  return (
    <Screen url="developer.twitter.com/en/portal/products/ads" sidebar={{ items: ADS_NAV, active: "Products" }}>
      <Heading x={44} y={44} title="Twitter Ads API" subtitle="Ask for Ads API access for one of your Apps" />

      <Panel x={44} y={84} w={456} h={440} title="Access request">
        <Select x={60} y={138} w={200} label="App" value={APP_NAME} />
        <Input x={284} y={138} w={200} label="App ID" value={APP_ID} />
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
