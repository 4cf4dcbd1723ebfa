import { Badge, Button, Callout, Panel, Screen, Text } from "@/content/guides/kit/draw";

const SCOPES = ["Read posts you can see (tweet.read)", "Read accounts you can see (users.read)", "Stay connected until you revoke (offline.access)"];

type Stage = { label: string; lasts: string; tone: "warning" | "info" | "success" };

const STAGES: Stage[] = [
  { label: "Authorization code", lasts: "lasts 30 seconds", tone: "warning" },
  { label: "Access token", lasts: "lasts 2 hours", tone: "info" },
  { label: "Refresh token", lasts: "issued only with offline.access", tone: "success" },
];

/** X's consent screen asking for offline.access, beside the life of each OAuth 2.0 credential. */
export function TokenLifetimesDrawing() {
  return (
    <Screen url="x.com/i/oauth2/authorize?response_type=code&client_id=…&scope=tweet.read%20users.read%20offline.access">
      <Panel x={30} y={30} w={380} h={470}>
        <rect x="54" y="56" width="30" height="30" rx="7" className="fill-zinc-900 dark:fill-zinc-100" />
        <Text x={96} y={78} size={16} weight={700}>
          perch-dev wants to access
        </Text>
        <Text x={96} y={98} size={16} weight={700}>
          your X account
        </Text>
        <Text x={54} y={140} size={12} tone="muted" weight={600}>
          IT WILL BE ABLE TO
        </Text>
        {SCOPES.map((scope, i) => (
          <g key={scope}>
            <rect x="54" y={156 + i * 56} width="332" height="44" rx="8" className={i === 2 ? "fill-emerald-50 stroke-emerald-300 dark:fill-emerald-950 dark:stroke-emerald-800" : "fill-zinc-50 stroke-zinc-200 dark:fill-zinc-950 dark:stroke-zinc-700"} />
            <Text x={68} y={183 + i * 56} size={12}>
              {scope}
            </Text>
          </g>
        ))}
        <Button x={54} y={350} w={332} label="Authorize app" />
        <Button x={54} y={398} w={332} label="Cancel" variant="secondary" />
        <Text x={54} y={466} size={11} tone="muted">
          Revoke any time in Settings → connected apps.
        </Text>
      </Panel>

      <Panel x={440} y={30} w={490} h={470} title="What the App gets back">
        {STAGES.map((stage, i) => {
          const y = 98 + i * 110;
          return (
            <g key={stage.label}>
              <rect x="464" y={y} width="442" height="78" rx="10" className="fill-white stroke-zinc-200 dark:fill-zinc-900 dark:stroke-zinc-700" />
              <Text x={484} y={y + 30} size={14} weight={700}>
                {stage.label}
              </Text>
              <Badge x={484} y={y + 44} label={stage.lasts} tone={stage.tone} />
              {i < STAGES.length - 1 ? <path d={`M685 ${y + 78}v32`} strokeWidth="2" strokeDasharray="4 3" className="stroke-zinc-400 dark:stroke-zinc-500" fill="none" /> : null}
            </g>
          );
        })}
        <Text x={464} y={446} size={12} tone="muted">
          POST /2/oauth2/token with grant_type=refresh_token
        </Text>
        <Text x={464} y={466} size={12} tone="muted">
          gives a new access token without the consent screen.
        </Text>
      </Panel>

      <Callout n={1} x={920} y={136} />
      <Callout n={2} x={400} y={290} />
      <Callout n={3} x={920} y={356} />
    </Screen>
  );
}
