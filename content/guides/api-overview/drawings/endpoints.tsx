import { Callout, Heading, Lines, Panel, Screen, Text } from "@/content/guides/kit/draw";
import { Method, SideMenu, TopBar } from "@/content/guides/kit/page-parts";

export const DOCS_MENU = ["Getting started", "API reference", "Accounts and users", "Tweets and replies", "Direct Messages", "Ads API", "Publisher tools"];

const CHAR = 16 * 0.6;
const START = 246;
const HOST = "https://api.twitter.com";
const PATH = "/2/users/by/username/furni";

const ROWS: { method: "GET" | "POST"; path: string }[] = [
  { method: "GET", path: "/2/users/by/username/:username" },
  { method: "GET", path: "/2/tweets/search/recent" },
  { method: "POST", path: "/2/tweets" },
  { method: "GET", path: "/2/dm_events" },
];

/** The API reference in the docs, with one request split into the API's host and the endpoint's path. */
export function ApisAndEndpointsDrawing() {
  const hostX = START + 4 * CHAR;
  const pathX = hostX + HOST.length * CHAR;
  return (
    <Screen url="developer.twitter.com/en/docs/api-reference-index">
      <TopBar title="Developer Platform" links={["Docs", "Use cases", "Community", "Support"]} height={52} />
      <SideMenu y={52} items={DOCS_MENU} active="API reference" />
      <Heading x={230} y={90} title="API reference" subtitle="Every endpoint, with what it returns" />

      <Panel x={230} y={124} w={700} h={104}>
        <Text x={246} y={148} size={11} weight={700} tone="muted">
          ONE REQUEST, TAKEN APART
        </Text>
        <rect x={hostX - 3} y={160} width={HOST.length * CHAR + 6} height="28" rx="5" className="fill-sky-100 stroke-sky-500 dark:fill-sky-950 dark:stroke-sky-400" />
        <rect x={pathX} y={160} width={PATH.length * CHAR + 4} height="28" rx="5" className="fill-amber-100 stroke-amber-500 dark:fill-amber-950 dark:stroke-amber-400" />
        <text x={START} y={180} fontSize="16" fontFamily="ui-monospace, monospace" className="fill-zinc-900 dark:fill-zinc-100" xmlSpace="preserve">
          GET {HOST}
          {PATH}
        </text>
        <Text x={hostX} y={210} size={12} tone="accent" weight={600}>
          the API (its address)
        </Text>
        <Text x={pathX + 4} y={210} size={12} weight={600}>
          the endpoint (one kind of information)
        </Text>
      </Panel>

      <Panel x={230} y={244} w={700} h={270} title="Users and Tweets">
        {ROWS.map((row, i) => (
          <g key={row.path}>
            <rect x={246} y={284 + i * 54} width={668} height={44} rx="6" className="fill-zinc-50 stroke-zinc-200 dark:fill-zinc-950 dark:stroke-zinc-700" />
            <Method x={260} y={296 + i * 54} method={row.method} />
            <Text x={318} y={311 + i * 54} mono>
              {row.path}
            </Text>
            <Lines x={620} y={303 + i * 54} w={160} count={1} />
            <Text x={898} y={311 + i * 54} size={12} tone="accent" weight={600} anchor="end">
              Reference
            </Text>
          </g>
        ))}
      </Panel>

      <Callout n={1} x={hostX + 170} y={206} />
      <Callout n={2} x={pathX + 280} y={206} />
      <Callout n={3} x={906} y={266} to={{ x: 876, y: 298 }} />
    </Screen>
  );
}
