import { Badge, Button, Callout, Heading, Panel, Tabs, Text } from "@/content/guides/kit/draw";
import { ConsoleScreen } from "./console";

const APP_TABS = ["Overview", "Keys and tokens", "Settings"];

type Row = { url: string; badge: string; tone: "success" | "info" | "danger"; isRefused?: boolean };

const ROWS: Row[] = [
  { url: "https://app.example/api/auth/callback/twitter", badge: "Deployed", tone: "success" },
  { url: "http://127.0.0.1:3000/api/auth/callback/twitter", badge: "Local development", tone: "info" },
  { url: "http://localhost:3000/api/auth/callback/twitter", badge: "Use 127.0.0.1", tone: "danger", isRefused: true },
];

const REFUSED = ["javascript:", "data:", "file:", "ftp:", "mailto:", "telnet:", "… and 28 more"];

/** The callback allowlist: a deployed URL, a 127.0.0.1 one for local work, localhost struck out, refused schemes. */
export function LocalCallbackDrawing() {
  return (
    <ConsoleScreen path="/apps/perch-dev/settings" active="Apps">
      <Heading x={30} y={44} title="perch-dev" subtitle="App" />
      <Tabs x={30} y={70} items={APP_TABS} active="Settings" />

      <Panel x={20} y={120} w={520} h={380} title="Callback URI / Redirect URL">
        {ROWS.map((row, i) => {
          const y = 178 + i * 72;
          return (
            <g key={row.url}>
              <rect x="36" y={y} width="488" height="32" rx="6" className={row.isRefused ? "fill-red-50 stroke-red-300 dark:fill-red-950 dark:stroke-red-800" : "fill-zinc-50 stroke-zinc-200 dark:fill-zinc-950 dark:stroke-zinc-700"} />
              <Text x={48} y={y + 21} size={12} mono tone={row.isRefused ? "danger" : "default"}>
                {row.url}
              </Text>
              {row.isRefused ? <line x1="46" y1={y + 17} x2={46 + Math.ceil(row.url.length * 7.3)} y2={y + 17} strokeWidth="1.5" className="stroke-red-600 dark:stroke-red-400" /> : null}
              <Badge x={36} y={y + 40} label={row.badge} tone={row.tone} />
            </g>
          );
        })}
        <Text x={36} y={412} size={12} tone="accent" weight={600}>
          + Add another URI / URL (at most 10)
        </Text>
        <Text x={36} y={440} size={12} tone="muted">
          Each must match what your code sends, trailing slash included.
        </Text>
        <Button x={456} y={452} w={68} label="Save" />
      </Panel>

      <Panel x={556} y={120} w={190} h={300} title="Refused schemes">
        {REFUSED.map((scheme, i) => (
          <Text key={scheme} x={572} y={178 + i * 30} size={12} mono={!scheme.startsWith("…")} tone={scheme.startsWith("…") ? "muted" : "danger"}>
            {scheme}
          </Text>
        ))}
      </Panel>

      <Callout n={1} x={540} y={266} to={{ x: 524, y: 266 }} />
      <Callout n={2} x={540} y={338} to={{ x: 524, y: 338 }} />
      <Callout n={3} x={500} y={490} />
    </ConsoleScreen>
  );
}
