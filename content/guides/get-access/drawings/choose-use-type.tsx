import { Button, Callout, Radio, Screen, Text } from "@/content/guides/kit/draw";
import { OptionCard, Stepper } from "@/content/guides/kit/form-parts";
import { TopBar } from "@/content/guides/kit/page-parts";
import { PORTAL_URL } from "@/content/guides/kit/sample-app";

const STAGES = ["Basic info", "Intended use", "Review", "Terms"];

/** The choice between Professional, Hobbyist and Academic use. */
export function ChooseUseTypeDrawing() {
  return (
    <Screen url={`${PORTAL_URL}/petition/essential/basic-info`}>
      <TopBar title="Developer Portal" />
      <Stepper x={60} y={86} items={STAGES} active="Basic info" />
      <Text x={60} y={140} size={18} weight={700}>
        Which best describes you?
      </Text>
      <OptionCard x={60} y={160} w={260} h={120} title="Professional" hint={["For your job, your company", "or a client"]} />
      <OptionCard x={340} y={160} w={260} h={120} title="Hobbyist" hint={["Learning, side projects,", "personal bots and tools"]} selected />
      <OptionCard x={620} y={160} w={260} h={120} title="Academic" hint={["Research at a university", "or academic institution"]} />
      <Text x={340} y={318} size={12} weight={600}>
        What are you planning to build?
      </Text>
      <Radio x={340} y={334} label="Exploring the API" checked />
      <Radio x={340} y={364} label="Making a bot" />
      <Radio x={340} y={394} label="Building tools for Twitter users" />
      <Radio x={340} y={424} label="Other" />
      <Button x={340} y={470} label="Next" />
      <Callout n={1} x={190} y={300} to={{ x: 190, y: 282 }} />
      <Callout n={2} x={750} y={300} to={{ x: 750, y: 282 }} />
      <Callout n={3} x={560} y={196} />
      <Callout n={4} x={428} y={486} />
    </Screen>
  );
}
