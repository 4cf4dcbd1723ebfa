import { Button, Callout, Heading, Panel, Tabs, Text } from "@/content/guides/kit/draw";
import { ConsoleScreen, Dialog } from "./console";

const APP_TABS = ["Overview", "Keys and tokens", "Settings"];

type Row = { label: string; value: string; action: "Regenerate" | "Generate" | null };

const ROWS: Row[] = [
  { label: "API Key and Secret", value: "•••••••••••• (hint: …cYd)", action: "Regenerate" },
  { label: "Access Token and Secret", value: "•••••••••••• (for @perch_team)", action: "Regenerate" },
  { label: "Bearer Token", value: "Not generated yet", action: "Generate" },
  { label: "OAuth 2.0 Client ID and Secret", value: "After user authentication is set up", action: null },
];

/** An app's keys and tokens page: values hidden, Generate and Regenerate, and the regenerate warning. */
export function KeysAndTokensDrawing() {
  return (
    <ConsoleScreen path="/apps/perch-dev/keys" active="Apps">
      <Heading x={30} y={44} title="perch-dev" subtitle="App" />
      <Tabs x={30} y={70} items={APP_TABS} active="Keys and tokens" />
      <Panel x={30} y={120} w={440} h={356}>
        {ROWS.map((row, i) => {
          const y = 138 + i * 84;
          return (
            <g key={row.label}>
              <Text x={50} y={y + 14} weight={600}>
                {row.label}
              </Text>
              <Text x={50} y={y + 40} size={12} tone="muted" mono={row.value.startsWith("•")}>
                {row.value}
              </Text>
              {row.action ? <Button x={row.action === "Generate" ? 356 : 340} y={y + 8} label={row.action} variant={row.action === "Generate" ? "primary" : "secondary"} /> : null}
              {i < ROWS.length - 1 ? <rect x="50" y={y + 66} width="400" height="1" className="fill-zinc-200 dark:fill-zinc-700" /> : null}
            </g>
          );
        })}
      </Panel>

      <path d="M470 178h30" fill="none" strokeWidth="2" strokeDasharray="4 3" className="stroke-zinc-400 dark:stroke-zinc-500" />
      <Dialog x={500} y={130} w={240} h={250} title="Regenerate?">
        <Text x={524} y={198} size={12} tone="danger" weight={600}>
          The current API Key and
        </Text>
        <Text x={524} y={216} size={12} tone="danger" weight={600}>
          Secret stop working at once.
        </Text>
        <Text x={524} y={246} size={12} tone="muted">
          Update every integration
        </Text>
        <Text x={524} y={264} size={12} tone="muted">
          that uses them.
        </Text>
        <Button x={524} y={320} label="Cancel" variant="secondary" />
        <Button x={608} y={320} w={108} label="Regenerate" variant="danger" />
      </Dialog>

      <Callout n={1} x={180} y={58} />
      <Callout n={2} x={336} y={330} />
      <Callout n={3} x={754} y={208} />
    </ConsoleScreen>
  );
}
