import { Badge, Callout, Heading, Screen, Text } from "@/content/guides/kit/draw";
import { TopBar } from "@/content/guides/kit/page-parts";

type Group = { title: string; lines: string[]; example: string };

const GROUPS: Group[] = [
  { title: "Accounts and users", lines: ["Profile and settings, mutes and", "blocks, followers, account activity"], example: "Emergency alerts for residents" },
  { title: "Tweets and replies", lines: ["Search by keyword, sample Tweets", "from accounts, post Tweets"], example: "Misinformation and flu research" },
  { title: "Direct Messages", lines: ["Conversations, only with the user's", "explicit permission; never sold"], example: "Customer service chatbots" },
  { title: "Ads", lines: ["Create and manage ad campaigns", "on behalf of businesses"], example: "Campaign tools for advertisers" },
  { title: "Publisher tools and SDKs", lines: ["Embedded timelines, share buttons", "and other content for websites"], example: "Live conversations on a site" },
];

const W = 290;
const H = 176;
const SLOTS = [
  { x: 24, y: 128 },
  { x: 335, y: 128 },
  { x: 646, y: 128 },
  { x: 24, y: 326 },
  { x: 335, y: 326 },
];

function GroupCard({ x, y, group }: { x: number; y: number; group: Group }) {
  return (
    <g>
      <rect x={x} y={y} width={W} height={H} rx="10" className="fill-white stroke-zinc-200 dark:fill-zinc-900 dark:stroke-zinc-700" />
      <rect x={x + 16} y={y + 16} width="28" height="28" rx="7" className="fill-sky-100 dark:fill-sky-950" />
      <Text x={x + 56} y={y + 35} size={15} weight={700}>
        {group.title}
      </Text>
      {group.lines.map((line, i) => (
        <Text key={line} x={x + 16} y={y + 72 + i * 18} size={12} tone="muted">
          {line}
        </Text>
      ))}
      <rect x={x + 16} y={y + 112} width={W - 32} height="1" className="fill-zinc-200 dark:fill-zinc-700" />
      <Text x={x + 16} y={y + 136} size={11} weight={700} tone="muted">
        USED FOR
      </Text>
      <Text x={x + 16} y={y + 156} size={12} tone="accent" weight={600}>
        {group.example}
      </Text>
    </g>
  );
}

/**
 * Added by Perch, not part of the docs page: how the endpoints are paid for today, so the
 * picture doesn't leave the 2023 tiers looking current.
 */
function AccessToday({ x, y }: { x: number; y: number }) {
  return (
    <g>
      <rect x={x} y={y} width={W} height={H} rx="10" strokeWidth="1.5" strokeDasharray="6 4" className="fill-orange-50 stroke-orange-400 dark:fill-orange-950/40 dark:stroke-orange-500" />
      <Text x={x + 16} y={y + 26} size={11} weight={700} tone="muted">
        ADDED BY PERCH · ACCESS TODAY
      </Text>
      <Text x={x + 16} y={y + 52} size={15} weight={700}>
        Pay-per-use
      </Text>
      <Badge x={x + 120} y={y + 38} label="Since Feb 2026" tone="success" />
      <Text x={x + 16} y={y + 78} size={12}>
        Credits from the Developer Console,
      </Text>
      <Text x={x + 16} y={y + 96} size={12}>
        charged per resource read or per write.
      </Text>
      <Text x={x + 16} y={y + 130} size={12} tone="muted">
        Free · Basic · Pro · Enterprise tiers:
      </Text>
      <Badge x={x + 16} y={y + 142} label="Legacy" tone="warning" />
    </g>
  );
}

/** The docs overview of the five endpoint groups, one card each. */
export function EndpointGroupsDrawing() {
  return (
    <Screen url="developer.twitter.com/en/docs/twitter-api">
      <TopBar title="Developer Platform" links={["Docs", "Use cases", "Community", "Support"]} height={52} />
      <Heading x={24} y={90} title="What you can build" subtitle="The APIs fall into five groups of endpoints" />
      {GROUPS.map((group, i) => {
        const slot = SLOTS[i] ?? { x: 0, y: 0 };
        return <GroupCard key={group.title} x={slot.x} y={slot.y} group={group} />;
      })}
      <AccessToday x={646} y={326} />
      {SLOTS.map((slot, i) => (
        <Callout key={i} n={i + 1} x={slot.x + W - 22} y={slot.y + 30} />
      ))}
    </Screen>
  );
}
