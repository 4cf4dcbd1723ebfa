import { Badge, Button, Callout, Heading, Lines, Panel, Screen, Text } from "@/content/guides/kit/draw";
import { Highlight } from "@/content/guides/kit/form-parts";
import { PORTAL_URL } from "@/content/guides/kit/sample-app";
import { ADS_APP } from "./ads-app";

/** The portal dashboard: access level, the Project and App, and the Ads API product row. */
export function DeveloperAccountDrawing() {
  return (
    <Screen url={`${PORTAL_URL}/dashboard`} sidebar={{ items: ADS_APP.nav, active: "Dashboard" }}>
      <Heading x={44} y={44} title="Dashboard" subtitle={`Signed in as ${ADS_APP.handle}`} />

      <Panel x={44} y={84} w={706} h={64}>
        <Text x={60} y={112} weight={600}>
          Access level
        </Text>
        <Lines x={60} y={124} w={300} count={1} />
        <Text x={630} y={118} size={11} tone="muted" anchor="end">
          Essential or
        </Text>
        <Badge x={640} y={104} label="Elevated" tone="info" />
      </Panel>
      <Highlight x={552} y={96} w={168} h={36} />

      <Panel x={44} y={164} w={706} h={190} title="Projects & Apps">
        <Button x={584} y={176} label="+ Create Project" />
        <rect x={60} y={216} width={674} height={122} rx="8" className="fill-zinc-50 stroke-zinc-200 dark:fill-zinc-950 dark:stroke-zinc-700" />
        <Text x={76} y={242} weight={600}>
          {ADS_APP.project}
        </Text>
        <Badge x={160} y={228} label="Project" />
        <Lines x={76} y={256} w={260} count={1} />
        <rect x={76} y={278} width={642} height={44} rx="6" className="fill-white stroke-zinc-200 dark:fill-zinc-900 dark:stroke-zinc-700" />
        <Text x={92} y={305} mono>
          {ADS_APP.name}
        </Text>
        <Badge x={232} y={290} label="App" tone="success" />
        <Text x={702} y={305} size={12} tone="accent" weight={600} anchor="end">
          + Add App
        </Text>
      </Panel>

      <Panel x={44} y={370} w={706} h={150} title="Products">
        <rect x={60} y={408} width={674} height={44} rx="6" className="fill-zinc-50 stroke-zinc-200 dark:fill-zinc-950 dark:stroke-zinc-700" />
        <Text x={76} y={435} weight={600}>
          Twitter API v2
        </Text>
        <Badge x={560} y={420} label="Active" tone="success" />
        <rect x={60} y={462} width={674} height={44} rx="6" className="fill-zinc-50 stroke-zinc-200 dark:fill-zinc-950 dark:stroke-zinc-700" />
        <Text x={76} y={489} weight={600}>
          Twitter Ads API
        </Text>
        <Badge x={440} y={474} label="Not requested" />
        <Text x={718} y={489} size={12} tone="accent" weight={600} anchor="end">
          Request access
        </Text>
      </Panel>
      <Highlight x={608} y={468} w={122} h={32} />

      <Callout n={1} x={530} y={114} />
      <Callout n={2} x={558} y={192} />
      <Callout n={3} x={669} y={532} to={{ x: 669, y: 502 }} />
    </Screen>
  );
}
