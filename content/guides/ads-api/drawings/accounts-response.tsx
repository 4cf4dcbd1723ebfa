import { Callout, CodeBlock, Heading, Screen, Text } from "@/content/guides/kit/draw";
import { SideMenu, TopBar } from "@/content/guides/kit/page-parts";

const DOCS_MENU = ["Getting started", "Making your first request", "Versions", "Accounts", "Campaigns", "Line items", "Analytics"];

export const ACCOUNTS_RESPONSE = [
  "{",
  '  "request": {',
  '    "params": {}',
  "  },",
  '  "data": [',
  "    {",
  '      "name": "Furni",',
  '      "business_name": null,',
  '      "timezone": "America/Los_Angeles",',
  '      "timezone_switch_at": "2016-04-06T07:00:00Z",',
  '      "id": "18ce54ayf0z",',
  '      "created_at": "2016-04-07T14:40:15Z",',
  '      "salt": "b88939e5cabbca720159cb3659d73c06",',
  '      "updated_at": "2017-02-08T08:49:53Z",',
  '      "business_id": null,',
  '      "approval_status": "ACCEPTED",',
  '      "deleted": false',
  "    }",
  "  ]",
  "}",
];

const TOP = 96;
const LEFT = 240;
const CALLOUT_X = LEFT + 520 + 28;
/** The right end of line i of the JSON, where a callout's leader line points. */
const after = (i: number) => ({ x: LEFT + 14 + (ACCOUNTS_RESPONSE[i]?.length ?? 0) * 6.6 + 8, y: TOP + 20 + i * 18 });

/** The GET accounts example response, with the fields to look at marked. */
export function AccountsResponseDrawing() {
  const data = after(4);
  const id = after(10);
  const status = after(15);
  const zone = after(8);
  return (
    <Screen url="developer.twitter.com/en/docs/twitter-ads-api/campaign-management/api-reference/accounts">
      <TopBar title="Developer Platform" links={["Docs", "Ads API", "Community", "Support"]} height={52} />
      <SideMenu y={52} items={DOCS_MENU} active="Accounts" />
      <Heading x={LEFT} y={84} title="Example response" />
      <CodeBlock x={LEFT} y={TOP} w={520} lines={ACCOUNTS_RESPONSE} />
      {[4, 10, 15, 16, 8].map((i) => (
        <rect key={i} x={LEFT + 4} y={TOP + 10 + i * 18} width={512} height="18" rx="3" className="fill-amber-400/15" />
      ))}
      <Text x={LEFT} y={510} size={12} tone="muted">
        Next requests use the id in their path, e.g.
      </Text>
      <Text x={LEFT} y={530} size={12} mono>
        /11/accounts/18ce54ayf0z/campaigns
      </Text>
      <Callout n={1} x={CALLOUT_X} y={data.y} to={data} />
      <Callout n={2} x={CALLOUT_X} y={id.y} to={id} />
      <Callout n={3} x={CALLOUT_X} y={status.y + 9} to={{ x: status.x, y: status.y + 9 }} />
      <Callout n={4} x={CALLOUT_X} y={zone.y} to={zone} />
    </Screen>
  );
}
