import { Button, Callout, Heading, Input, Panel, Radio, Tabs, Text } from "@/content/guides/kit/draw";
import { ConsoleScreen } from "./console";

const APP_TABS = ["Overview", "Keys and tokens", "Settings"];

/** An app's user authentication settings: permissions, type of app, callback and website. */
export function UserAuthenticationDrawing() {
  return (
    <ConsoleScreen path="/apps/perch-dev/settings" active="Apps">
      <Heading x={30} y={44} title="perch-dev" subtitle="App" />
      <Tabs x={30} y={70} items={APP_TABS} active="Settings" />

      <Panel x={20} y={120} w={300} h={420} title="User authentication">
        <Text x={36} y={172} size={12} weight={600}>
          App permissions
        </Text>
        <Radio x={36} y={184} label="Read" checked hint="Enough for signing in to Perch" />
        <Radio x={36} y={230} label="Read and write" />
        <Radio x={36} y={262} label="Read and write and Direct message" />
        <Text x={36} y={318} size={12} weight={600}>
          Type of App
        </Text>
        <Radio x={36} y={330} label="Web App, Automated App or Bot" checked hint="Confidential client: gets a Client Secret" />
        <Radio x={36} y={376} label="Native App" />
        <Radio x={36} y={408} label="Single page App" />
      </Panel>

      <Panel x={332} y={120} w={400} h={420} title="App info">
        <Input x={348} y={176} w={372} label="Callback URI / Redirect URL" value="https://app.example/api/auth/callback/twitter" />
        <Text x={348} y={240} size={12} tone="accent" weight={600}>
          + Add another URI / URL
        </Text>
        <Input x={348} y={276} w={372} label="Website URL" value="https://app.example" />
        <Input x={348} y={346} w={372} label="Organization name" placeholder="Your business or site" />
        <Button x={650} y={482} w={70} label="Save" />
      </Panel>

      <Callout n={1} x={346} y={88} />
      <Callout n={2} x={300} y={192} />
      {/* Beside the "Type of App" heading: at the radio it covered the end of its long label. */}
      <Callout n={3} x={300} y={314} />
      <Callout n={4} x={748} y={200} to={{ x: 722, y: 200 }} />
      <Callout n={5} x={748} y={498} to={{ x: 722, y: 498 }} />
    </ConsoleScreen>
  );
}
