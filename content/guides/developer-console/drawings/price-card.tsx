import { Callout, Heading, Panel, Text } from "@/content/guides/kit/draw";
import { formatUsd, X_PRICE_CARD, type PriceSection } from "@/lib/pricing";
import { ConsoleScreen } from "./console";

const SHOWN = 8;

function column(section: PriceSection) {
  return X_PRICE_CARD.lines.filter((l) => l.section === section);
}

const COLUMNS: { section: PriceSection; title: string; per: string }[] = [
  { section: "read", title: "Reads", per: "per resource" },
  { section: "write", title: "Writes", per: "per request" },
  { section: "webhook", title: "Webhook events", per: "per event" },
];

/** The rates page: the first lines of each section of the price card, and Owned Reads. */
export function PriceCardDrawing() {
  return (
    <ConsoleScreen path="/usage/rates" active="Usage">
      <Heading x={30} y={44} title="Rates" subtitle={`Pay-per-use · as Perch checked them on ${X_PRICE_CARD.checkedOn}`} />
      {COLUMNS.map((col, i) => {
        const x = 20 + i * 246;
        const lines = column(col.section);
        return (
          <Panel key={col.section} x={x} y={90} w={234} h={336} title={col.title}>
            <Text x={x + 16} y={140} size={11} tone="muted">
              {`${col.per} · ${lines.length} lines`}
            </Text>
            {lines.slice(0, SHOWN).map((line, j) => (
              <g key={line.id}>
                <Text x={x + 16} y={170 + j * 30} size={11} mono={line.section === "webhook"}>
                  {line.label.replaceAll("`", "")}
                </Text>
                <Text x={x + 218} y={170 + j * 30} size={12} anchor="end" tone={line.usd === null ? "success" : "muted"} mono={line.usd !== null}>
                  {line.usd === null ? "not billed" : formatUsd(line.usd)}
                </Text>
              </g>
            ))}
            <Text x={x + 16} y={170 + SHOWN * 30} size={11} tone="accent" weight={600}>
              {`+ ${lines.length - SHOWN} more`}
            </Text>
          </Panel>
        );
      })}
      <Panel x={20} y={440} w={726} h={92}>
        <Text x={36} y={470} weight={700}>
          Owned Reads
        </Text>
        <Text x={36} y={492} size={12} tone="muted">
          {`Your own posts, followers, likes, bookmarks, lists…: ${formatUsd(X_PRICE_CARD.ownedRead.usd)} per resource`}
        </Text>
        <Text x={36} y={514} size={12} tone="muted">
          {`Same resource twice in one UTC day: charged once · at most ${X_PRICE_CARD.postReadCapPerCycle.toLocaleString("en-US")} post reads a cycle`}
        </Text>
      </Panel>
      <Callout n={1} x={240} y={104} />
      <Callout n={2} x={486} y={104} />
      <Callout n={3} x={730} y={456} />
    </ConsoleScreen>
  );
}
