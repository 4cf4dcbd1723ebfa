import { Badge, Callout, Heading, Panel, Tabs, Text } from "@/content/guides/kit/draw";
import { ConsoleScreen } from "./console";

const APP_TABS = ["Overview", "Keys and tokens", "Settings"];

type Card = { job: string; credential: string[]; auth: string; can: string[]; cannot: string };

const CARDS: Card[] = [
  { job: "Read public data", credential: ["Bearer Token"], auth: "OAuth 2.0 app-only", can: ["Look up users and posts", "Search recent posts"], cannot: "No posting, no DMs" },
  { job: "Act as your own account", credential: ["API Key and Secret", "Access Token and Secret"], auth: "OAuth 1.0a", can: ["Post from your bot account", "Read your own data"], cannot: "Only the App owner" },
  { job: "Act for people who sign in", credential: ["OAuth 2.0 Client ID", "(and Secret, if confidential)"], auth: "OAuth 2.0 with PKCE", can: ["Sign in with X", "Only the scopes granted"], cannot: "Tokens last two hours" },
];

/** Three jobs side by side, each with the credential that does it. */
export function ChooseCredentialDrawing() {
  return (
    <ConsoleScreen path="/apps/perch-dev/keys" active="Apps">
      <Heading x={30} y={44} title="perch-dev" subtitle="App" />
      <Tabs x={30} y={70} items={APP_TABS} active="Keys and tokens" />
      {CARDS.map((card, i) => {
        const x = 24 + i * 248;
        return (
          <Panel key={card.job} x={x} y={126} w={232} h={340}>
            <Text x={x + 16} y={156} size={12} tone="muted" weight={600}>
              {`JOB ${i + 1}`}
            </Text>
            <Text x={x + 16} y={180} size={14} weight={700}>
              {card.job}
            </Text>
            {card.credential.map((line, j) => (
              <Text key={line} x={x + 16} y={222 + j * 20} weight={j === 0 ? 600 : 400} tone={j === 0 ? "accent" : "muted"}>
                {line}
              </Text>
            ))}
            <Badge x={x + 16} y={270} label={card.auth} tone="info" />
            {card.can.map((line, j) => (
              <Text key={line} x={x + 16} y={326 + j * 24} size={12}>
                {`✓ ${line}`}
              </Text>
            ))}
            <Text x={x + 16} y={402} size={12} tone="danger">
              {`✗ ${card.cannot}`}
            </Text>
          </Panel>
        );
      })}
      <Text x={30} y={500} size={12} tone="muted">
        Every value is shown once; store each one where the job runs.
      </Text>
      <Callout n={1} x={236} y={140} />
      <Callout n={2} x={484} y={140} />
      <Callout n={3} x={732} y={140} />
    </ConsoleScreen>
  );
}
