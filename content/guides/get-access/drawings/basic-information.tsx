import { Button, Callout, Input, Lines, Panel, Screen, Text } from "@/content/guides/kit/draw";
import { Select, Stepper } from "@/content/guides/kit/form-parts";
import { TopBar } from "@/content/guides/kit/page-parts";
import { PORTAL_URL, SAMPLE_APP } from "@/content/guides/kit/sample-app";

const STAGES = ["Basic info", "Intended use", "Review", "Terms"];

/** The first stage of the application: who you are. */
export function BasicInformationDrawing() {
  return (
    <Screen url={`${PORTAL_URL}/petition/essential/basic-info`}>
      <TopBar title="Developer Portal" />
      <Stepper x={60} y={86} items={STAGES} active="Basic info" />
      <Text x={60} y={140} size={18} weight={700}>
        Tell us about yourself
      </Text>
      <Panel x={60} y={160} w={540} h={72}>
        <circle cx={96} cy={196} r="18" className="fill-zinc-200 dark:fill-zinc-700" />
        <Text x={126} y={192} weight={600}>
          {SAMPLE_APP.handle}
        </Text>
        <Text x={126} y={210} size={12} tone="muted">
          Signed in as · sam@example.com
        </Text>
      </Panel>
      <Input x={60} y={262} w={540} label="Your name" value="Sam Rivera" />
      <Select x={60} y={326} w={540} label="Country you live in" value="United Kingdom" />
      <Button x={60} y={400} label="Next" />
      <Panel x={672} y={160} w={238} h={150} title="Why we ask">
        <Lines x={688} y={204} w={206} count={5} />
      </Panel>
      <Callout n={1} x={634} y={196} to={{ x: 602, y: 196 }} />
      <Callout n={2} x={634} y={286} to={{ x: 602, y: 286 }} />
      <Callout n={3} x={634} y={350} to={{ x: 602, y: 350 }} />
      <Callout n={4} x={148} y={416} />
    </Screen>
  );
}
