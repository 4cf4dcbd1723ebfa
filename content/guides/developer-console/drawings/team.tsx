import { Badge, Button, Callout, Heading, Input, Panel, Text } from "@/content/guides/kit/draw";
import { ConsoleScreen } from "./console";

const CONSOLE_ROLES = [
  ["Administrator", "apps, billing, members, roles"],
  ["Developer", "own apps; team apps read-only"],
] as const;

const VAULT_ROLES = [
  ["Viewer", "sees which keys exist, masked"],
  ["Member", "reveals and copies, audited"],
  ["Admin", "also exports as .env"],
] as const;

const AUDIT = ["@ana revealed API Key Secret", "@ben copied Bearer Token", "@ana tested the credentials"];

/** The console's Team page (Enterprise only) beside a Perch team vault sharing the app by role. */
export function TeamDrawing() {
  return (
    <ConsoleScreen path="/team" active="Team">
      <Heading x={30} y={44} title="Team" subtitle="Invite people to work on your apps" />

      <Panel x={30} y={84} w={370} h={320} title="Team management">
        <Badge x={46} y={122} label="Enterprise accounts only" tone="warning" />
        {CONSOLE_ROLES.map(([role, what], i) => (
          <g key={role}>
            <Text x={46} y={176 + i * 40} weight={600}>
              {role}
            </Text>
            <Text x={46} y={194 + i * 40} size={12} tone="muted">
              {what}
            </Text>
          </g>
        ))}
        <Input x={46} y={272} w={220} label="X handle" placeholder="@colleague" />
        <Button x={282} y={280} w={100} label="Invite" variant="secondary" />
        <Text x={46} y={344} size={12} tone="muted">
          Other accounts: share keys through a vault.
        </Text>
      </Panel>

      <Panel x={420} y={84} w={320} h={320} title="Perch team vault">
        <Text x={436} y={134} size={12} tone="muted">
          perch-dev · Production · 7 fields
        </Text>
        {VAULT_ROLES.map(([role, what], i) => (
          <g key={role}>
            <Badge x={436} y={154 + i * 34} label={role} tone="info" />
            <Text x={510} y={168 + i * 34} size={12}>
              {what}
            </Text>
          </g>
        ))}
        <rect x="436" y="264" width="288" height="1" className="fill-zinc-200 dark:fill-zinc-700" />
        <Text x={436} y={292} weight={600}>
          Audit log
        </Text>
        {AUDIT.map((entry, i) => (
          <Text key={entry} x={436} y={320 + i * 26} size={12} tone="muted">
            {entry}
          </Text>
        ))}
      </Panel>

      <Callout n={1} x={410} y={296} />
      <Callout n={2} x={730} y={188} />
      <Callout n={3} x={730} y={288} />
    </ConsoleScreen>
  );
}
