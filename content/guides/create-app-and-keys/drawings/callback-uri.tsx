import { Callout, Input, Lines, Panel, Screen, Text } from "@/content/guides/kit/draw";
import { TopBar } from "@/content/guides/kit/page-parts";
import { SAMPLE_APP } from "@/content/guides/kit/sample-app";

/** The App info part of the form, with the callback field in focus. */
export function CallbackUriDrawing() {
  return (
    <Screen url={`${SAMPLE_APP.url}/auth-settings`}>
      <TopBar title="Developer Portal" />
      <Text x={60} y={100} size={20} weight={700}>
        User authentication settings
      </Text>
      <Panel x={60} y={124} w={840} h={400} title="App info">
        <Lines x={76} y={162} w={560} count={2} />
        <Input x={76} y={214} w={620} label="Callback URI / Redirect URL (required)" value={SAMPLE_APP.callbackUrl} />
        <Text x={76} y={280} tone="accent" weight={600}>
          + Add another URI / URL
        </Text>
        <Input x={76} y={318} w={620} label="Website URL (required)" placeholder="https://" />
        <Input x={76} y={392} w={620} label="Organization name" placeholder="Shown to people when they sign in" />
        <Lines x={76} y={464} w={560} count={2} />
      </Panel>
      <Callout n={1} x={722} y={238} to={{ x: 698, y: 238 }} />
      <Callout n={2} x={268} y={275} />
    </Screen>
  );
}
