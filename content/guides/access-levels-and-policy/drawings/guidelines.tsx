/**
 * Drawings for the steps on today's Developer Guidelines: a bot's profile with the
 * Automated label, what an automated account may and may not do unasked, the uses that are
 * never allowed, and how stored content is kept, matched and shown.
 */
import { Badge, Button, Callout, Checkbox, Heading, Lines, Panel, Screen, Text } from "@/content/guides/kit/draw";
import { TopBar } from "@/content/guides/kit/page-parts";

type Verdict = "allowed" | "ask first" | "never";
const VERDICT_TONE = { allowed: "success", "ask first": "warning", never: "danger" } as const;

function VerdictRows({ x, y, w, rows }: { x: number; y: number; w: number; rows: { what: string; verdict: Verdict }[] }) {
  return (
    <g>
      {rows.map((row, i) => (
        <g key={row.what}>
          <rect x={x} y={y + i * 34} width={w} height="30" rx="6" className="fill-zinc-50 dark:fill-zinc-950" />
          <Text x={x + 12} y={y + i * 34 + 20}>
            {row.what}
          </Text>
          <Badge x={x + w - 96} y={y + i * 34 + 5} label={row.verdict} tone={VERDICT_TONE[row.verdict]} />
        </g>
      ))}
    </g>
  );
}

export function AutomationRulesDrawing() {
  return (
    <Screen url="x.com/crumbweather">
      <TopBar title="X" links={["Home", "Explore", "Notifications", "Messages"]} />
      <Panel x={40} y={76} w={430} h={300}>
        <circle cx="96" cy="136" r="34" className="fill-sky-200 dark:fill-sky-900" />
        <Text x={146} y={128} size={18} weight={700}>
          Crumb Weather
        </Text>
        <Text x={146} y={150} tone="muted">
          @crumbweather
        </Text>
        <Badge x={146} y={162} label="Automated" tone="info" />
        <Text x={232} y={176} size={12} tone="muted">
          by @crumbco
        </Text>
        <Text x={64} y={222}>
          Bot by @crumbco: the morning forecast for bakers.
        </Text>
        <Text x={64} y={244}>
          Reply STOP and it never writes to you again.
        </Text>
        <Lines x={64} y={272} w={360} count={3} />
        <Button x={64} y={326} label="Settings: Automation" variant="secondary" />
      </Panel>
      <Panel x={500} y={76} w={420} h={420} title="Automated actions">
        <VerdictRows
          x={516}
          y={116}
          w={388}
          rows={[
            { what: "Post scheduled updates", verdict: "allowed" },
            { what: "Reply to someone who engaged first", verdict: "ask first" },
            { what: "DM someone who wrote first", verdict: "ask first" },
            { what: "Repost or quote, no bulk", verdict: "ask first" },
            { what: "Like (only when a person taps Like)", verdict: "ask first" },
            { what: "Follow or unfollow automatically", verdict: "never" },
            { what: "Scrape or drive a browser", verdict: "never" },
            { what: "Get around rate limits", verdict: "never" },
          ]}
        />
        <Text x={516} y={414} size={11} tone="muted">
          Drawn by Perch from X&apos;s Developer Guidelines (checked 2026-12-07).
        </Text>
      </Panel>
      <Callout n={1} x={30} y={340} to={{ x: 64, y: 340 }} />
      <Callout n={2} x={470} y={172} to={{ x: 330, y: 172 }} />
      <Callout n={3} x={470} y={240} to={{ x: 400, y: 240 }} />
      <Callout n={4} x={930} y={300} />
    </Screen>
  );
}

export function AskFirstDrawing() {
  const card = (x: number, title: string, tone: "success" | "danger", items: string[]) => (
    <Panel x={x} y={96} w={420} h={330}>
      <Badge x={x + 16} y={112} label={title} tone={tone} />
      {items.map((item, i) => (
        <g key={item}>
          <rect x={x + 16} y={146 + i * 66} width={388} height="54" rx="8" className="fill-zinc-50 dark:fill-zinc-950" />
          <Text x={x + 30} y={178 + i * 66}>
            {item}
          </Text>
        </g>
      ))}
    </Panel>
  );
  return (
    <Screen url="developer.x.com › guidelines › replies, DMs and promotions">
      <Heading x={40} y={40} title="Reply, message and promote only when asked" subtitle="The same action is fine when a person asked for it, and spam when nobody did" />
      {card(40, "The person asked first", "success", ["Answer a mention, once per interaction", "Answer a DM the person sent first", "Send a recommendation link on request (disclosed)", "AI-written replies after X approved them"])}
      {card(500, "Nobody asked", "danger", ["Auto-reply to every post with a keyword", "Welcome DM to each new follower", "Affiliate links under random posts", "AI replies launched without approval"])}
      <Callout n={1} x={470} y={174} />
      <Callout n={2} x={470} y={240} />
      <Callout n={3} x={470} y={306} />
      <Callout n={4} x={470} y={372} />
      <Text x={40} y={470} size={11} tone="muted">
        Drawn by Perch from X&apos;s Developer Guidelines: common scenarios and gray areas (checked 2026-12-07).
      </Text>
    </Screen>
  );
}

export function NeverAllowedDrawing() {
  const items = [
    ["Scrape X or automate a browser", "official API only"],
    ["Train or fine-tune AI models on X content", "Grok excepted"],
    ["Measure X itself or benchmark it against rivals", "no usage, uptime or spam figures"],
    ["Surveillance, tracking or profiling people", "no protest or activist monitoring"],
    ["Infer health, politics, religion, finances…", "aggregates without IDs aside"],
    ["Sell likes, follows, reposts or views", "or pay people to engage"],
    ["Target ads off X with X data", "or ask for X passwords"],
  ];
  return (
    <Screen url="developer.x.com › guidelines › prohibited activities">
      <Heading x={40} y={40} title="Uses that are never allowed" subtitle="Breaking these means suspension, often for good" />
      <Panel x={40} y={90} w={880} h={400}>
        {items.map(([what, note], i) => (
          <g key={what}>
            <Badge x={60} y={110 + i * 52} label="never" tone="danger" />
            <Text x={130} y={124 + i * 52} weight={600}>
              {what}
            </Text>
            <Text x={580} y={124 + i * 52} tone="muted">
              {note}
            </Text>
          </g>
        ))}
      </Panel>
      <Callout n={1} x={30} y={120} />
      <Callout n={2} x={30} y={172} />
      <Callout n={3} x={30} y={276} />
      <Text x={40} y={516} size={11} tone="muted">
        Drawn by Perch from X&apos;s Developer Guidelines and restricted uses (checked 2026-12-07).
      </Text>
    </Screen>
  );
}

export function HandleContentDrawing() {
  const deletions = [
    ["A post is deleted, protected or suspended on X", "24 hours"],
    ["The author or X asks you to delete it", "24 hours"],
    ["Your API access ends", "10 business days, all of it"],
  ];
  return (
    <Screen url="app.example.com/settings/x-data">
      <Heading x={40} y={40} title="X data in your app" subtitle="Deletion, matching with your own records, and display" />
      <Panel x={40} y={90} w={520} h={220} title="Delete on time">
        {deletions.map(([when, deadline], i) => (
          <g key={when}>
            <Text x={56} y={146 + i * 44}>
              {when}
            </Text>
            <Badge x={420} y={132 + i * 44} label={deadline!.startsWith("10") ? "10 business days" : deadline!} tone="warning" />
          </g>
        ))}
        <Text x={56} y={290} size={11} tone="muted">
          Compliance events tell you when a post changes on X.
        </Text>
      </Panel>
      <Panel x={40} y={330} w={520} h={160} title="Link an X account to a customer">
        <Checkbox x={56} y={374} label="I agree to link my X account @amira to my loyalty card" checked />
        <Text x={56} y={430} tone="muted">
          Only with this opt-in; never by guessing from emails or names.
        </Text>
      </Panel>
      <Panel x={590} y={90} w={330} h={400} title="Show posts as posted">
        <rect x="610" y="130" width="290" height="150" rx="10" className="fill-zinc-50 stroke-zinc-200 dark:fill-zinc-950 dark:stroke-zinc-700" />
        <Text x={626} y={156} weight={600}>
          Amira · @amira
        </Text>
        <Lines x={626} y={172} w={250} count={3} />
        <Text x={626} y={262} size={11} tone="muted">
          9:14 AM · Dec 7, 2026 · official embed
        </Text>
        <Badge x={610} y={300} label="no iframe" tone="danger" />
        <Badge x={700} y={300} label="no edited text" tone="danger" />
        <Badge x={610} y={330} label="author and time kept" tone="success" />
      </Panel>
      <Callout n={1} x={30} y={146} />
      <Callout n={2} x={30} y={378} />
      <Callout n={3} x={930} y={196} />
    </Screen>
  );
}
