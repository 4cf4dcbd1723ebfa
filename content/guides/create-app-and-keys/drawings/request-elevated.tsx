import { Badge, Button, Callout, Heading, Lines, Panel, Screen, Text } from "@/content/guides/kit/draw";
import { TextArea, YesNo } from "@/content/guides/kit/form-parts";
import { PORTAL_NAV, PORTAL_URL } from "@/content/guides/kit/sample-app";

/** The Products page comparing Essential and Elevated, with the Elevated application form. */
export function RequestElevatedDrawing() {
  return (
    <Screen url={`${PORTAL_URL}/products/elevated`} sidebar={{ items: PORTAL_NAV, active: "Products" }}>
      <Heading x={24} y={44} title="Twitter API v2" subtitle="Access levels" />
      <Panel x={24} y={84} w={350} h={150} title="Essential">
        <Badge x={300} y={94} label="Current" tone="success" />
        <Lines x={40} y={130} w={310} count={4} />
      </Panel>
      <Panel x={394} y={84} w={356} h={150} title="Elevated">
        <Lines x={410} y={130} w={310} count={3} />
        <Button x={410} y={184} label="Apply" />
      </Panel>
      <Panel x={24} y={254} w={726} h={290} title="Apply for Elevated access">
        <TextArea x={40} y={304} w={694} h={90} label="Why do you need Elevated access? Describe your use case." filled={4} />
        <YesNo x={40} y={436} w={694} label="Will you analyse Twitter data?" answer="no" />
        <YesNo x={40} y={470} w={694} label="Will your app Tweet, Retweet, like or follow?" answer="yes" />
        <Button x={40} y={496} label="Submit" />
        <Text x={160} y={517} size={12} tone="muted">
          You’ll hear back after a review.
        </Text>
      </Panel>
      <Callout n={1} x={282} y={104} />
      <Callout n={2} x={490} y={200} />
      <Callout n={3} x={468} y={299} />
      <Callout n={4} x={132} y={512} />
    </Screen>
  );
}
