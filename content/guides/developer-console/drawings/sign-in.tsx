import { Button, Callout, Checkbox, Heading, Lines, Panel, Screen, Text } from "@/content/guides/kit/draw";
import { CONSOLE_HOST } from "./console";

const ALSO_READ = ["Developer Policy", "Automation rules", "Display requirements"];

/** Signing in to the console with an X account, then the Developer Agreement to accept. */
export function SignInDrawing() {
  return (
    <Screen url={CONSOLE_HOST}>
      <rect x="60" y="50" width="34" height="34" rx="8" className="fill-zinc-900 dark:fill-zinc-100" />
      <text x="77" y="73" fontSize="18" fontWeight="800" textAnchor="middle" className="fill-white dark:fill-zinc-900">
        X
      </text>
      <Heading x={60} y={124} title="Developer Console" subtitle="Apps, credentials, usage and billing" />
      <Lines x={60} y={172} w={320} count={3} />
      <Button x={60} y={230} w={200} label="Sign in with X" />
      <Text x={60} y={290} size={12} tone="muted">
        Use the X account that should own your apps.
      </Text>

      <path d="M400 246h34m-8-6 8 6-8 6" fill="none" strokeWidth="2" className="stroke-zinc-400 dark:stroke-zinc-500" />

      <Panel x={450} y={50} w={460} h={450} title="Developer Agreement">
        <Lines x={470} y={94} w={420} count={5} />
        <Text x={470} y={188} weight={600}>
          It refers to, and you also follow:
        </Text>
        {ALSO_READ.map((name, i) => (
          <Text key={name} x={486} y={216 + i * 24} tone="accent">
            {`• ${name}`}
          </Text>
        ))}
        <Lines x={470} y={304} w={420} count={3} />
        <Checkbox x={470} y={380} label="I accept the Developer Agreement and Policy" checked />
        <Button x={470} y={424} label="Accept and continue" />
      </Panel>

      <Callout n={1} x={290} y={246} to={{ x: 262, y: 246 }} />
      <Callout n={2} x={720} y={240} to={{ x: 660, y: 240 }} />
      <Callout n={3} x={680} y={440} to={{ x: 644, y: 440 }} />
    </Screen>
  );
}
