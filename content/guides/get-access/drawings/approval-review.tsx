import { Badge, Button, Callout, Lines, Panel, Screen, Text } from "@/content/guides/kit/draw";
import { Stepper, TextArea, YesNo } from "@/content/guides/kit/form-parts";
import { TopBar } from "@/content/guides/kit/page-parts";
import { PORTAL_URL } from "@/content/guides/kit/sample-app";

const STAGES = ["Basic info", "Intended use", "Review", "Terms"];

/** The intended-use part of the application, with the review status beside it. */
export function ApprovalReviewDrawing() {
  return (
    <Screen url={`${PORTAL_URL}/petition/use-case`}>
      <TopBar title="Developer Portal" />
      <Stepper x={60} y={86} items={STAGES} active="Intended use" />
      <Text x={60} y={140} size={18} weight={700}>
        How will you use the API and its data?
      </Text>
      <TextArea x={60} y={168} w={540} h={112} label="Describe your use case in your own words" filled={5} />
      <Text x={60} y={316} size={12} weight={600}>
        Only answer yes to what you will really do
      </Text>
      <YesNo x={60} y={346} w={540} label="Will you analyse Tweets, users or their content?" answer="no" />
      <YesNo x={60} y={380} w={540} label="Will your app Tweet, Retweet, like or follow?" answer="yes" />
      <YesNo x={60} y={414} w={540} label="Will you show Tweets or totals outside Twitter?" answer="no" />
      <YesNo x={60} y={448} w={540} label="Will a government body get this data?" answer="no" />
      <Button x={60} y={490} label="Next" />
      <Panel x={672} y={150} w={238} h={190} title="Application status">
        <Badge x={688} y={190} label="In review" tone="warning" />
        <Lines x={688} y={228} w={206} count={3} />
        <Text x={688} y={290} size={12} tone="muted">
          Allow at least a day or two;
        </Text>
        <Text x={688} y={308} size={12} tone="muted">
          it can take longer.
        </Text>
      </Panel>
      <Callout n={1} x={634} y={232} to={{ x: 602, y: 232 }} />
      <Callout n={2} x={634} y={397} to={{ x: 602, y: 397 }} />
      <Callout n={3} x={776} y={200} />
    </Screen>
  );
}
