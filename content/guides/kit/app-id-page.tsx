/**
 * An App's details page with its address enlarged above it, showing where the App ID
 * sits: the number after `apps/`. Guides that ask for the App ID draw this page with
 * their own App and the callouts their step's instructions need.
 */
import { Callout, Heading, Lines, navY, Panel, Screen, Tabs, Text, textWidth } from "@/content/guides/kit/draw";
import { NAV_ROW, type SampleApp } from "@/content/guides/kit/sample-app";

/** What a callout can point at, numbered 1..n in the order given. */
export type AppIdCallout = "app-in-menu" | "app-id" | "app-name";

const CHAR = 14 * 0.6;
const HEADING_Y = 148;

/** The App's details page; `callouts[i]` is drawn as callout i + 1. */
export function AppIdPage({ app, callouts }: { app: SampleApp; callouts: readonly AppIdCallout[] }) {
  const before = `…/portal/projects/${app.projectId}/apps/`;
  const idX = 60 + before.length * CHAR;
  const at: Record<AppIdCallout, { x: number; y: number; to?: { x: number; y: number } }> = {
    "app-in-menu": { x: 16, y: navY(NAV_ROW.app), to: { x: -44, y: navY(NAV_ROW.app) } },
    "app-id": { x: idX + 62, y: 96 },
    "app-name": { x: 44 + textWidth(app.name, 20) + 24, y: HEADING_Y - 7 },
  };
  return (
    <Screen url={`${app.url}/settings`} sidebar={{ items: app.nav, active: app.appItem }}>
      <Panel x={44} y={16} w={706} h={100}>
        <Text x={60} y={40} size={11} weight={700} tone="muted">
          ADDRESS BAR, ENLARGED
        </Text>
        <rect x={idX - 3} y={56} width={app.appId.length * CHAR + 6} height="26" rx="5" className="fill-amber-100 stroke-amber-500 dark:fill-amber-950 dark:stroke-amber-400" />
        <text x={60} y={74} fontSize="14" fontFamily="ui-monospace, monospace" className="fill-zinc-700 dark:fill-zinc-300" xmlSpace="preserve">
          {before}
          <tspan fontWeight="700" className="fill-zinc-900 dark:fill-zinc-50">
            {app.appId}
          </tspan>
          /settings
        </text>
        <Text x={idX} y={101} size={11} tone="muted">
          App ID
        </Text>
      </Panel>
      <Heading x={44} y={HEADING_Y} title={app.name} subtitle={`${app.project} · ${app.environment}`} />
      <Tabs x={38} y={HEADING_Y + 32} items={["Settings", "Keys and tokens"]} active="Settings" />
      <rect x={44} y={HEADING_Y + 64} width={706} height="1" className="fill-zinc-200 dark:fill-zinc-700" />
      <Panel x={44} y={HEADING_Y + 80} w={706} h={130} title="App details">
        <Lines x={60} y={HEADING_Y + 122} w={500} count={4} />
      </Panel>
      <Panel x={44} y={HEADING_Y + 226} w={706} h={130} title="User authentication settings">
        <Lines x={60} y={HEADING_Y + 268} w={500} count={3} />
      </Panel>
      {callouts.map((target, i) => {
        const { x, y, to } = at[target];
        return <Callout key={target} n={i + 1} x={x} y={y} to={to} />;
      })}
    </Screen>
  );
}
