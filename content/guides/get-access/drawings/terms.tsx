import { Button, Callout, Checkbox, Lines, Panel, Screen, Text } from "@/content/guides/kit/draw";
import { Highlight } from "@/content/guides/kit/form-parts";
import { TopBar } from "@/content/guides/kit/page-parts";

/** The Developer Agreement and Policy with its acceptance box. */
export function TermsDrawing() {
  return (
    <Screen url="developer.twitter.com/en/developer-terms/agreement-and-policy">
      <TopBar title="Developer Portal" />
      <Text x={60} y={104} size={20} weight={700}>
        Developer Agreement and Policy
      </Text>
      <Panel x={60} y={122} w={820} h={290}>
        <Lines x={80} y={142} w={760} count={2} />
        <Text x={80} y={190} weight={700}>
          Automation and bots
        </Text>
        <Lines x={80} y={202} w={760} count={2} />
        <Text x={80} y={250} weight={700}>
          Aggregating and redistributing content
        </Text>
        <Lines x={80} y={262} w={760} count={2} />
        <Text x={80} y={310} weight={700}>
          Analysing Tweets and users
        </Text>
        <Lines x={80} y={322} w={760} count={2} />
        <Text x={80} y={370} weight={700}>
          Enforcement
        </Text>
        <Lines x={80} y={382} w={500} count={1} />
        <rect x={864} y={134} width="6" height="90" rx="3" className="fill-zinc-300 dark:fill-zinc-600" />
      </Panel>
      <Highlight x={70} y={172} w={780} h={170} />
      <Checkbox x={60} y={440} label="I accept the terms of the Developer Agreement and Policy" />
      <Button x={60} y={484} label="Submit" />
      <Callout n={1} x={904} y={186} to={{ x: 852, y: 186 }} />
      <Callout n={2} x={446} y={448} />
      <Callout n={3} x={162} y={500} />
    </Screen>
  );
}
