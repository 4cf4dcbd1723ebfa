import { Badge, Button, Callout, Heading, Panel, Screen, Tabs, Text } from "@/content/guides/kit/draw";
import { Highlight } from "@/content/guides/kit/form-parts";
import { ADS_APP } from "./ads-app";

/** A usage bar such as "3 of 5 tokens used"; `of` undefined draws an unlimited bar. */
function Meter({ x, y, w, used, of }: { x: number; y: number; w: number; used: number; of?: number }) {
  const share = of ? Math.min(used / of, 1) : 0.18;
  return (
    <g>
      <rect x={x} y={y} width={w} height="10" rx="5" className="fill-zinc-200 dark:fill-zinc-700" />
      <rect x={x} y={y} width={w * share} height="10" rx="5" className={of ? "fill-sky-600 dark:fill-sky-400" : "fill-emerald-500 dark:fill-emerald-400"} />
      {of
        ? Array.from({ length: of - 1 }, (_, i) => (
            <rect key={i} x={x + (w * (i + 1)) / of - 1} y={y} width="2" height="10" className="fill-white dark:fill-zinc-900" />
          ))
        : null}
    </g>
  );
}

type Tier = "limited" | "advanced";

const USERS = [ADS_APP.handle, "@furni_ads", "@agency_ana"];
const MORE_USERS = ["@brand_one", "@brand_two", "@brand_three", "@brand_four"];

const CAMPAIGNS: Record<Tier, { name: string; who: string; state: string; tone: "neutral" | "success" | "info" }[]> = {
  limited: [
    { name: "Spring sofas test", who: "Furni (own account)", state: "Draft", tone: "neutral" },
    { name: "Reporting dry run", who: "Furni (own account)", state: "Paused", tone: "neutral" },
  ],
  advanced: [
    { name: "Spring sofas", who: "Furni", state: "Completed", tone: "info" },
    { name: "Garden range launch", who: "Brand One", state: "Live", tone: "success" },
  ],
};

/** The App's Ads API tab: access tier, authorised users against the token limit, and pilots. */
function AdsAccessPage({ tier }: { tier: Tier }) {
  const users = tier === "limited" ? USERS : [...USERS, ...MORE_USERS];
  return (
    <Screen url={`${ADS_APP.url}/ads`} sidebar={{ items: ADS_APP.nav, active: ADS_APP.appItem }}>
      <Heading x={44} y={44} title={ADS_APP.name} subtitle={`${ADS_APP.project} · Production`} />
      <Tabs x={38} y={76} items={["Settings", "Keys and tokens", "Ads API"]} active="Ads API" />
      <rect x={44} y={108} width={706} height="1" className="fill-zinc-200 dark:fill-zinc-700" />

      <Panel x={44} y={122} w={706} h={182}>
        <Text x={60} y={150} size={14} weight={600}>
          Ads API access
        </Text>
        <Badge x={176} y={135} label={tier === "limited" ? "Limited" : "Advanced"} tone={tier === "limited" ? "warning" : "success"} />
        <Text x={60} y={190} weight={600}>
          Authorised Twitter users (OAuth tokens)
        </Text>
        <Meter x={60} y={204} w={400} used={users.length} of={tier === "limited" ? 5 : undefined} />
        <Text x={476} y={214} weight={600}>
          {tier === "limited" ? `${users.length} of 5` : `${users.length} · no limit`}
        </Text>
        {users.slice(0, 5).map((user, i) => (
          <g key={user}>
            <rect x={60 + i * 118} y={232} width={108} height="26" rx="13" className="fill-zinc-100 dark:fill-zinc-800" />
            <Text x={114 + i * 118} y={249} size={12} anchor="middle">
              {user}
            </Text>
          </g>
        ))}
        {tier === "advanced" ? (
          <Text x={60} y={284} size={12} tone="muted">
            + {users.length - 5} more
          </Text>
        ) : (
          <Text x={60} y={284} size={12} tone="muted">
            2 tokens left
          </Text>
        )}
        <Button x={606} y={136} w={128} label="Increase access" variant={tier === "limited" ? "primary" : "secondary"} />
      </Panel>

      <Panel x={44} y={320} w={706} h={190} title={tier === "limited" ? "Your integration (campaigns)" : "Pilot campaigns"}>
        {CAMPAIGNS[tier].map((c, i) => (
          <g key={c.name}>
            <rect x={60} y={362 + i * 54} width={674} height={44} rx="6" className="fill-zinc-50 stroke-zinc-200 dark:fill-zinc-950 dark:stroke-zinc-700" />
            <Text x={76} y={389 + i * 54} weight={600}>
              {c.name}
            </Text>
            <Text x={300} y={389 + i * 54} size={12} tone="muted">
              {c.who}
            </Text>
            <Badge x={620} y={374 + i * 54} label={c.state} tone={c.tone} />
          </g>
        ))}
      </Panel>

      {tier === "limited" ? (
        <>
          <Highlight x={168} y={128} w={74} h={34} />
          <Callout n={1} x={262} y={145} />
          <Callout n={2} x={574} y={209} />
          <Callout n={3} x={670} y={190} to={{ x: 670, y: 170 }} />
        </>
      ) : (
        <>
          <Highlight x={612} y={366} w={118} h={96} />
          <Callout n={1} x={590} y={414} />
          <Callout n={2} x={670} y={190} to={{ x: 670, y: 170 }} />
          <Callout n={3} x={274} y={145} />
        </>
      )}
    </Screen>
  );
}

export function LimitedAccessDrawing() {
  return <AdsAccessPage tier="limited" />;
}

export function AdvancedAccessDrawing() {
  return <AdsAccessPage tier="advanced" />;
}
