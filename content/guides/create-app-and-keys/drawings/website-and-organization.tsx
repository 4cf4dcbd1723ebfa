import { Button, Callout, Input, Panel, Screen, Text } from "@/content/guides/kit/draw";
import { TopBar } from "@/content/guides/kit/page-parts";
import { SAMPLE_APP } from "@/content/guides/kit/sample-app";

/** The rest of the App info form: website, organisation and Save. */
export function WebsiteAndOrganizationDrawing() {
  return (
    <Screen url={`${SAMPLE_APP.url}/auth-settings`}>
      <TopBar title="Developer Portal" />
      <Text x={60} y={100} size={20} weight={700}>
        User authentication settings
      </Text>
      <Panel x={60} y={124} w={840} h={420} title="App info">
        <Input x={76} y={170} w={620} label="Callback URI / Redirect URL (required)" value={SAMPLE_APP.callbackUrl} />
        <Input x={76} y={236} w={620} label="Website URL (required)" value={SAMPLE_APP.websiteUrl} />
        <Input x={76} y={302} w={620} label="Organization name" value="Sam's Side Projects" />
        <Input x={76} y={368} w={300} label="Organization URL (optional)" placeholder="https://" />
        <Input x={396} y={368} w={300} label="Terms of service (optional)" placeholder="https://" />
        <Input x={76} y={434} w={300} label="Privacy policy (optional)" placeholder="https://" />
        <Button x={800} y={496} label="Save" />
      </Panel>
      <Callout n={1} x={722} y={260} to={{ x: 698, y: 260 }} />
      <Callout n={2} x={722} y={326} to={{ x: 698, y: 326 }} />
      <Callout n={3} x={772} y={512} />
    </Screen>
  );
}
