import { Button, Callout, Input, Lines, Screen, Text } from "@/content/guides/kit/draw";
import { Dialog, Scrim, Select } from "@/content/guides/kit/form-parts";

/** The sign-up dialog for a regular Twitter account. */
export function PersonalAccountDrawing() {
  return (
    <Screen url="twitter.com/i/flow/signup">
      <Lines x={60} y={60} w={180} count={6} gap={34} />
      <Lines x={720} y={60} w={180} count={6} gap={34} />
      <Scrim />
      <Dialog x={280} y={24} w={400} h={440} title="Create your account">
        <Input x={312} y={96} w={336} label="Name" value="Sam Rivera" />
        <Input x={312} y={160} w={336} label="Email" value="sam@example.com" />
        <Text x={312} y={226} tone="accent" weight={600}>
          Use phone instead
        </Text>
        <Text x={312} y={268} size={12} weight={600}>
          Date of birth
        </Text>
        <Lines x={312} y={280} w={300} count={2} gap={12} />
        <Select x={312} y={322} w={150} label="Month" value="March" />
        <Select x={472} y={322} w={80} label="Day" value="14" />
        <Select x={562} y={322} w={86} label="Year" value="1990" />
        <Button x={312} y={408} w={336} label="Next" />
      </Dialog>
      <Callout n={1} x={712} y={184} to={{ x: 650, y: 184 }} />
      <Callout n={2} x={458} y={221} />
      <Callout n={3} x={712} y={424} to={{ x: 650, y: 424 }} />
    </Screen>
  );
}
