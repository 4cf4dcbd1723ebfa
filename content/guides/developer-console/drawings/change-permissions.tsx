import { Badge, Button, Callout, Heading, Panel, Radio, Tabs, Text } from "@/content/guides/kit/draw";
import { ConsoleScreen, Warning } from "./console";

const APP_TABS = ["Overview", "Keys and tokens", "Settings"];

/** Changing the App's permission level, and the Access Token that still carries the old one. */
export function ChangePermissionsDrawing() {
  return (
    <ConsoleScreen path="/apps/perch-dev/settings" active="Apps">
      <Heading x={30} y={44} title="perch-dev" subtitle="App" />
      <Tabs x={30} y={70} items={APP_TABS} active="Settings" />

      <Panel x={20} y={120} w={340} h={380} title="App permissions">
        <Radio x={36} y={172} label="Read" hint="Public data; no posting, no DMs" />
        <Radio x={36} y={226} label="Read and write" checked hint="Also post, delete, follow, like, repost" />
        <Radio x={36} y={280} label="Read and write and Direct message" hint="Also send and read DMs" />
        <Badge x={36} y={342} label="Changed from Read" tone="warning" />
        <Text x={36} y={396} size={12} tone="muted">
          Tokens issued before the change keep
        </Text>
        <Text x={36} y={414} size={12} tone="muted">
          the level they were issued with.
        </Text>
        <Button x={272} y={448} w={72} label="Save" />
      </Panel>

      <Panel x={376} y={120} w={370} h={380} title="Keys and tokens">
        <Text x={392} y={178} weight={600}>
          Access Token and Secret
        </Text>
        <Text x={392} y={200} size={12} tone="muted">
          For @perch_team
        </Text>
        <Badge x={392} y={214} label="Created with: Read" tone="danger" />
        <Button x={632} y={180} label="Regenerate" variant="secondary" />
        <rect x="392" y="256" width="338" height="1" className="fill-zinc-200 dark:fill-zinc-700" />
        <Text x={392} y={290} weight={600}>
          People who signed in before
        </Text>
        <Text x={392} y={312} size={12} tone="muted">
          Ask them to authorise the App again;
        </Text>
        <Text x={392} y={330} size={12} tone="muted">
          only new tokens get the new level.
        </Text>
        <Warning x={392} y={440} w={338} text="A Read token still can’t post." />
      </Panel>

      <Callout n={1} x={340} y={236} />
      <Callout n={2} x={290} y={434} />
      <Callout n={3} x={720} y={160} />
    </ConsoleScreen>
  );
}
