import { Button, Callout, Heading, Screen, SecretRow, Text } from "@/content/guides/kit/draw";
import { PORTAL_NAV, PORTAL_URL } from "@/content/guides/kit/sample-app";

/** The screen right after naming an App, with the keys shown once and "Go to dashboard". */
export function GoToDashboardDrawing() {
  return (
    <Screen url={`${PORTAL_URL}/register/keys`} sidebar={{ items: PORTAL_NAV, active: "Projects & Apps" }}>
      <Heading x={24} y={44} title="Here are your keys & tokens" subtitle="Copy them now: they won't be displayed in full again." />
      <SecretRow x={24} y={96} w={580} label="API Key" value="Qe7TkR2mVp9sLx4aNb8cWd" actions={["Copy"]} />
      <SecretRow x={24} y={166} w={580} label="API Key Secret" value="Zt3Hq8uYw1Kc5Nf0Rj7Lm2Vb9Xs4Pd6Ga1Ey8Tn3Uo" actions={["Copy"]} />
      <SecretRow x={24} y={236} w={580} label="Bearer Token" value="AAAAAAAAAAAAAAAAAAAAAMLheAAAAAAA0%2B…" actions={["Copy"]} />
      <Text x={24} y={330} size={12} tone="muted">
        Lost them? You can regenerate new ones later on the Keys and tokens tab.
      </Text>
      <Button x={608} y={490} label="Go to dashboard" />
      <Callout n={1} x={636} y={214} to={{ x: 606, y: 214 }} />
      <Callout n={2} x={580} y={506} />
    </Screen>
  );
}
