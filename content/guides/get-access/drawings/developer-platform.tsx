import { Button, Callout, CodeBlock, Lines, Panel, Screen, Text } from "@/content/guides/kit/draw";
import { TopBar } from "@/content/guides/kit/page-parts";

/** The public landing page of the developer platform. */
export function DeveloperPlatformDrawing() {
  return (
    <Screen url="developer.twitter.com">
      <TopBar title="Developer Platform" links={["Products", "Docs", "Use cases", "Community", "Support"]} />
      <Button x={690} y={12} label="Log in" variant="secondary" />
      <Button x={780} y={12} label="Developer Portal" />
      <Text x={72} y={140} size={32} weight={800}>
        Build with the API
      </Text>
      <Lines x={72} y={168} w={380} count={3} />
      <Button x={72} y={230} label="Sign up for access" />
      <Button x={250} y={230} label="Read the docs" variant="secondary" />
      <CodeBlock
        x={520}
        y={96}
        w={380}
        lines={["$ curl \"https://api.twitter.com/2/users/me\" \\", "    -H \"Authorization: Bearer $TOKEN\"", "", "{", "  \"data\": { \"id\": \"…\", \"username\": \"…\" }", "}"]}
      />
      <Panel x={72} y={340} w={260} h={150} title="Twitter API">
        <Lines x={88} y={384} w={220} count={4} />
      </Panel>
      <Panel x={350} y={340} w={260} h={150} title="Ads API">
        <Lines x={366} y={384} w={220} count={4} />
      </Panel>
      <Panel x={628} y={340} w={260} h={150} title="Tools and libraries">
        <Lines x={644} y={384} w={220} count={4} />
      </Panel>
      <Callout n={1} x={728} y={76} to={{ x: 728, y: 44 }} />
      <Callout n={2} x={154} y={292} to={{ x: 154, y: 262 }} />
    </Screen>
  );
}
