import { Callout, CodeBlock, Heading, Panel, Text } from "@/content/guides/kit/draw";
import { formatUsd, priceOf, X_API_PRICING } from "@/lib/pricing";
import { ConsoleScreen } from "./console";

// Every amount drawn here comes from lib/pricing.ts, like the guide's text.
const userRead = priceOf("users-read");

const REQUEST = [
  '$ curl "https://api.x.com/2/users/by/username/XDevelopers" \\',
  '    -H "Authorization: Bearer $TWITTER_BEARER_TOKEN"',
  '{"data":{"id":"2244994945","name":"Developers","username":"XDevelopers"}}',
];

/** A first request in a terminal, the Usage page's charge for it, and the rates it was priced at. */
export function FirstRequestDrawing() {
  return (
    <ConsoleScreen path="/usage" active="Usage">
      <Heading x={30} y={44} title="Usage" subtitle="Today (UTC)" />
      <CodeBlock x={30} y={82} w={710} lines={REQUEST} />

      <Panel x={30} y={174} w={440} h={250} title="Charges today">
        {["Resource", "Count", "Cost"].map((h, i) => (
          <Text key={h} x={[46, 270, 450][i] ?? 46} y={226} size={11} weight={700} tone="muted" anchor={i === 2 ? "end" : "start"}>
            {h.toUpperCase()}
          </Text>
        ))}
        <rect x="46" y="236" width="404" height="1" className="fill-zinc-200 dark:fill-zinc-700" />
        <rect x="40" y="244" width="416" height="34" rx="6" className="fill-sky-50 dark:fill-sky-950" />
        <Text x={46} y={266} weight={600}>
          {userRead.label}
        </Text>
        <Text x={270} y={266}>
          1 user
        </Text>
        <Text x={450} y={266} anchor="end" weight={600} mono>
          {formatUsd(userRead.usd)}
        </Text>
        <Text x={46} y={310}>
          Same user again
        </Text>
        <Text x={270} y={310}>
          1 user
        </Text>
        <Text x={450} y={310} anchor="end" tone="success" weight={600}>
          not charged
        </Text>
        <Text x={46} y={330} size={11} tone="muted">
          A resource read twice in one UTC day counts once.
        </Text>
      </Panel>

      <Panel x={490} y={174} w={250} h={250} title="Rates">
        {X_API_PRICING.prices.map((p, i) => (
          <g key={p.id}>
            <Text x={506} y={222 + i * 46} size={12} weight={600}>
              {p.label}
            </Text>
            <Text x={506} y={240 + i * 46} size={12} tone="muted" mono>
              {`${formatUsd(p.usd)} per ${p.unit}`}
            </Text>
          </g>
        ))}
      </Panel>

      <Text x={30} y={456} size={12} tone="muted">
        {`Rates as Perch checked them on ${X_API_PRICING.checkedOn}; the console and docs.x.com show today’s.`}
      </Text>

      <Callout n={1} x={748} y={100} />
      <Callout n={2} x={476} y={261} />
      <Callout n={3} x={744} y={190} />
    </ConsoleScreen>
  );
}
