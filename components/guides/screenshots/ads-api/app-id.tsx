import { Callout, Heading, Lines, Panel, Screen, Tabs, Text } from "@/components/guides/screenshots/kit";
import { ADS_NAV, APP_ID, APP_ITEM, APP_NAME, APP_URL, PROJECT_ID, navY } from "./parts";

const BEFORE = `…/projects/${PROJECT_ID}/apps/`;
const CHAR = 14 * 0.6;

/** An App's details page, with its address enlarged to show where the App ID sits. */
export function AdsAppIdDrawing() {
  const idX = 60 + BEFORE.length * CHAR;
  const idW = APP_ID.length * CHAR;
  return (
    <Screen url={`${APP_URL}/settings`} sidebar={{ items: ADS_NAV, active: APP_ITEM }}>
      <Panel x={44} y={16} w={706} h={100}>
        <Text x={60} y={40} size={11} weight={700} tone="muted">
          ADDRESS BAR, ENLARGED
        </Text>
        <rect x={idX - 3} y={56} width={idW + 6} height="26" rx="5" className="fill-amber-100 stroke-amber-500 dark:fill-amber-950 dark:stroke-amber-400" />
        <text x={60} y={74} fontSize="14" fontFamily="ui-monospace, monospace" className="fill-zinc-700 dark:fill-zinc-300" xmlSpace="preserve">
          {BEFORE}
          <tspan fontWeight="700" className="fill-zinc-900 dark:fill-zinc-50">
            {APP_ID}
          </tspan>
          /settings
        </text>
        <Text x={idX} y={102} size={11} tone="muted">
          App ID
        </Text>
      </Panel>
      <Heading x={44} y={150} title={APP_NAME} subtitle="Furni Ads · Development" />
      <Tabs x={38} y={182} items={["Settings", "Keys and tokens"]} active="Settings" />
      <rect x={44} y={214} width={706} height="1" className="fill-zinc-200 dark:fill-zinc-700" />
      <Panel x={44} y={230} w={706} h={130} title="App details">
        <Lines x={60} y={272} w={500} count={4} />
      </Panel>
      <Panel x={44} y={376} w={706} h={130} title="User authentication settings">
        <Lines x={60} y={418} w={500} count={3} />
      </Panel>
      <Callout n={1} x={16} y={navY(3)} to={{ x: -40, y: navY(3) }} />
      <Callout n={2} x={idX + 84} y={98} />
      <Callout n={3} x={226} y={143} />
    </Screen>
  );
}
