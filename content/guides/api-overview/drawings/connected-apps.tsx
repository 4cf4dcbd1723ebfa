import { Badge, Button, Callout, Heading, Lines, Panel, Screen, Text } from "@/content/guides/kit/draw";
import { SideMenu, TopBar } from "@/content/guides/kit/page-parts";

const SETTINGS = ["Your account", "Security and account access", "Privacy and safety", "Notifications", "Additional resources"];
const APPS = [
  { name: "flu-tracker", note: "Read" },
  { name: "Bracket Builder", note: "Read, write, Direct Messages" },
  { name: "Scheduler Pro", note: "Read and write" },
];

/** A user's Connected apps settings, with one app's permissions and the revoke button. */
export function ConnectedAppsDrawing() {
  return (
    <Screen url="twitter.com/settings/connected_apps">
      <TopBar title="Twitter" links={["Home", "Explore", "Messages", "Settings"]} height={52} />
      <SideMenu y={52} items={SETTINGS} active="Security and account access" w={230} />

      <Text x={254} y={84} size={12} tone="muted">
        Apps and sessions ›
      </Text>
      <Heading x={254} y={110} title="Connected apps" />
      <Text x={254} y={134} size={12} tone="muted">
        Apps you have allowed to use your account
      </Text>
      {APPS.map((app, i) => {
        const on = i === 1;
        return (
          <g key={app.name}>
            <rect
              x={254}
              y={152 + i * 62}
              width={300}
              height={52}
              rx="8"
              strokeWidth={on ? 2 : 1}
              className={on ? "fill-sky-50 stroke-sky-600 dark:fill-sky-950 dark:stroke-sky-400" : "fill-white stroke-zinc-200 dark:fill-zinc-900 dark:stroke-zinc-700"}
            />
            <rect x={268} y={164 + i * 62} width="28" height="28" rx="6" className="fill-zinc-300 dark:fill-zinc-600" />
            <Text x={308} y={175 + i * 62} weight={600}>
              {app.name}
            </Text>
            <Text x={308} y={193 + i * 62} size={11} tone="muted">
              {app.note}
            </Text>
          </g>
        );
      })}

      <Panel x={574} y={152} w={362} h={330}>
        <rect x={592} y={170} width="40" height="40" rx="8" className="fill-zinc-300 dark:fill-zinc-600" />
        <Text x={644} y={188} size={15} weight={700}>
          Bracket Builder
        </Text>
        <Text x={644} y={206} size={12} tone="muted">
          Connected 12 March
        </Text>
        <Text x={592} y={244} size={12} weight={700} tone="muted">
          PERMISSIONS
        </Text>
        <Text x={592} y={268}>
          Read Tweets and profile information
        </Text>
        <Text x={592} y={292}>
          Post and delete Tweets
        </Text>
        <Text x={592} y={316}>
          Read and send Direct Messages
        </Text>
        <Badge x={826} y={303} label="Non-public" tone="warning" />
        <Lines x={592} y={344} w={300} count={2} />
        <Button x={592} y={420} w={200} label="Revoke app permissions" variant="danger" />
      </Panel>

      <Callout n={1} x={240} y={115} />
      <Callout n={2} x={530} y={214} />
      <Callout n={3} x={820} y={436} />
    </Screen>
  );
}
