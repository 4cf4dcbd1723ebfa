import { Button, Callout, Input, Lines, Screen, Text } from "@/content/guides/kit/draw";
import { Dialog, Scrim, Select, Stepper } from "@/content/guides/kit/form-parts";
import { TopBar } from "@/content/guides/kit/page-parts";
import { PORTAL_URL } from "@/content/guides/kit/sample-app";

const STAGES = ["Basic info", "Intended use", "Review", "Terms"];

/** The phone verification prompt over the application form. */
export function VerifyPhoneDrawing() {
  return (
    <Screen url={`${PORTAL_URL}/petition/essential/basic-info`}>
      <TopBar title="Developer Portal" />
      <Stepper x={60} y={86} items={STAGES} active="Basic info" />
      <Lines x={60} y={130} w={540} count={8} gap={30} />
      <Scrim />
      <Dialog x={250} y={60} w={460} h={410} title="Verify your phone number">
        <Lines x={274} y={116} w={400} count={2} />
        <Select x={274} y={170} w={100} label="Code" value="+44" />
        <Input x={386} y={170} w={300} label="Phone number" value="7700 900123" />
        <Button x={274} y={236} label="Send code" />
        <rect x={274} y={292} width="412" height="1" className="fill-zinc-200 dark:fill-zinc-700" />
        <Text x={274} y={322} size={12} tone="muted">
          We sent a code by text message.
        </Text>
        <Input x={274} y={342} w={412} label="Verification code" placeholder="Enter the code" />
        <Button x={274} y={420} w={412} label="Verify" />
      </Dialog>
      <Callout n={1} x={730} y={194} to={{ x: 688, y: 194 }} />
      <Callout n={2} x={398} y={252} />
      <Callout n={3} x={730} y={366} to={{ x: 688, y: 366 }} />
      <Callout n={4} x={730} y={436} to={{ x: 688, y: 436 }} />
    </Screen>
  );
}
