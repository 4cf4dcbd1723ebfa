import { Callout, CodeBlock, Heading, Lines, Screen, Text } from "@/content/guides/kit/draw";
import { Highlight } from "@/content/guides/kit/form-parts";
import { Method, SideMenu, TopBar } from "@/content/guides/kit/page-parts";

const DOCS_MENU = ["Getting started", "Making your first request", "Versions", "Accounts", "Campaigns", "Line items", "Analytics"];

/** The GET accounts reference page with a terminal running twurl beneath it. */
export function FirstRequestDrawing() {
  const resource = "https://ads-api.twitter.com/11/accounts";
  const versionX = 280 + "https://ads-api.twitter.com/".length * 7.8;
  return (
    <Screen url="developer.twitter.com/en/docs/twitter-ads-api/campaign-management/api-reference/accounts">
      <TopBar title="Developer Platform" links={["Docs", "Ads API", "Community", "Support"]} height={52} />
      <SideMenu y={52} items={DOCS_MENU} active="Accounts" />
      <Heading x={240} y={94} title="GET accounts" subtitle="The ad accounts the authorised user can access" />
      <Method x={240} y={132} method="GET" />
      <text x={280} y={147} fontSize="13" fontFamily="ui-monospace, monospace" className="fill-zinc-800 dark:fill-zinc-200">
        {resource}
      </text>
      <Highlight x={versionX - 3} y={130} w={22} h={24} />
      <Lines x={240} y={172} w={220} count={2} />
      <Lines x={560} y={172} w={240} count={2} />
      <Text x={240} y={222} size={12} weight={700} tone="muted">
        TERMINAL
      </Text>
      <CodeBlock
        x={240}
        y={232}
        w={690}
        lines={[
          "$ twurl authorize --consumer-key \"$API_KEY\" \\",
          "                  --consumer-secret \"$API_KEY_SECRET\"",
          "Go to https://api.twitter.com/oauth/authorize?oauth_token=… and paste in the PIN",
          "Authorization successful",
          "",
          "$ twurl -H \"ads-api.twitter.com\" \"/11/accounts\"",
          "{\"request\":{\"params\":{}},\"data\":[{\"name\":\"Furni\",\"id\":\"18ce54ayf0z\",…}]}",
        ]}
      />
      <Text x={240} y={400} size={11} tone="muted">
        Twurl signs each request with your API Key and the Access Token it received for you.
      </Text>
      <Callout n={1} x={220} y={256} />
      <Callout n={2} x={220} y={342} />
      <Callout n={3} x={versionX + 10} y={186} to={{ x: versionX + 10, y: 156 }} />
    </Screen>
  );
}
