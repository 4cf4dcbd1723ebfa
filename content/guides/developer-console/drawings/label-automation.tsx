import { Badge, Button, Callout, Input, Panel, Screen, Text } from "@/content/guides/kit/draw";
import { SideMenu, TopBar } from "@/content/guides/kit/page-parts";

const MENU = ["Your account", "Security and account access", "Privacy and safety", "Notifications"];

/** The bot account's own settings: Your account → Automation, the managing account, and the label as others see it. */
export function LabelAutomationDrawing() {
  return (
    <Screen url="x.com/settings">
      <TopBar title="Settings" height={52} />
      <SideMenu y={52} items={MENU} active="Your account" w={240} />

      <Text x={268} y={92} size={18} weight={700}>
        Automation
      </Text>
      <Text x={268} y={116} size={12} tone="muted">
        Signed in as @perch_bot. Say who runs this automated account.
      </Text>
      <Panel x={268} y={136} w={400} h={170}>
        <Input x={288} y={168} w={360} label="Managing account" value="@perch_team" />
        <Text x={288} y={240} size={12} tone="muted">
          The human-run account people can contact.
        </Text>
        <Button x={288} y={258} label="Save" />
      </Panel>

      <Panel x={268} y={330} w={400} h={196} title="How others see the profile">
        <circle cx="304" cy="402" r="20" className="fill-sky-200 dark:fill-sky-900" />
        <Text x={336} y={398} weight={700}>
          Perch Bot
        </Text>
        <Text x={336} y={416} size={12} tone="muted">
          @perch_bot
        </Text>
        <Badge x={288} y={436} label="Automated by @perch_team" tone="neutral" />
        <Text x={288} y={488} size={12}>
          Bio: Bot by @perch_team. Reply STOP to opt out.
        </Text>
      </Panel>

      <Callout n={1} x={226} y={83} />
      <Callout n={2} x={682} y={200} to={{ x: 668, y: 200 }} />
      <Callout n={3} x={682} y={484} to={{ x: 668, y: 484 }} />
    </Screen>
  );
}
