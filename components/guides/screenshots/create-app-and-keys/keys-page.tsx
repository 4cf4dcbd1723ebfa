import type { ReactNode } from "react";
import { Button, Callout, Heading, Lines, Panel, Screen, SecretRow, Tabs, Text } from "@/components/guides/screenshots/kit";
import { Dialog, Highlight } from "@/components/guides/screenshots/get-access/parts";
import { APP_ITEM, APP_URL, PROJECT_NAV, navY } from "./nav";

type Row = "consumer" | "bearer" | "access";

/** Where each Generate button sits, so callouts and highlights can find it. */
const GENERATE_Y: Record<Row, number> = { consumer: 138, bearer: 240, access: 290 };
const GENERATE_X = 344;

/** The Keys and tokens tab of an App, with one section highlighted and its pop-up open. */
function KeysPage({ highlight, children }: { highlight: Row; children: ReactNode }) {
  return (
    <Screen url={`${APP_URL}/keys`} sidebar={{ items: PROJECT_NAV, active: APP_ITEM }}>
      <Heading x={44} y={44} title="perch-dev" subtitle="Perch Project · Development" />
      <Tabs x={38} y={76} items={["Settings", "Keys and tokens"]} active="Keys and tokens" />
      <rect x={44} y={108} width={396} height="1" className="fill-zinc-200 dark:fill-zinc-700" />
      <Panel x={44} y={118} w={396} h={72}>
        <Text x={60} y={140} size={11} weight={700} tone="muted">
          CONSUMER KEYS
        </Text>
        <Text x={60} y={162} weight={600}>
          API Key and Secret
        </Text>
        <Lines x={60} y={172} w={160} count={1} />
      </Panel>
      <Panel x={44} y={202} w={396} h={140}>
        <Text x={60} y={224} size={11} weight={700} tone="muted">
          AUTHENTICATION TOKENS
        </Text>
        <Text x={60} y={261} weight={600}>
          Bearer Token
        </Text>
        <Text x={60} y={305} weight={600}>
          Access Token and Secret
        </Text>
        <Text x={60} y={322} size={11} tone="muted">
          For @sam_builds
        </Text>
      </Panel>
      <Panel x={44} y={354} w={396} h={90}>
        <Text x={60} y={376} size={11} weight={700} tone="muted">
          OAUTH 2.0 CLIENT ID AND CLIENT SECRET
        </Text>
        <Lines x={60} y={392} w={300} count={2} />
        <Text x={60} y={432} size={12} tone="accent" weight={600}>
          Regenerate
        </Text>
      </Panel>
      {(["consumer", "bearer", "access"] as const).map((row) => (
        <Button key={row} x={GENERATE_X} y={GENERATE_Y[row]} w={84} label="Generate" variant={row === highlight ? "primary" : "secondary"} />
      ))}
      <Highlight x={GENERATE_X - 6} y={GENERATE_Y[highlight] - 6} w={96} h={44} />
      {children}
    </Screen>
  );
}

export function ConsumerKeysDrawing() {
  return (
    <KeysPage highlight="consumer">
      <Dialog x={460} y={118} w={300} h={310} title="API Key and Secret">
        <SecretRow x={478} y={176} w={250} label="API Key" value="Qe7TkR2mVp9sLx4aNb8cWd" actions={["Copy"]} />
        <SecretRow x={478} y={246} w={250} label="API Key Secret" value="Zt3Hq8uYw1Kc5Nf0R…" actions={["Copy"]} />
        <Text x={478} y={334} size={11} tone="danger" weight={600}>
          Shown only once. Save them now.
        </Text>
        <Button x={672} y={376} label="Done" />
      </Dialog>
      <Callout n={1} x={16} y={navY(3)} to={{ x: -44, y: navY(3) }} />
      <Callout n={2} x={270} y={94} />
      <Callout n={3} x={GENERATE_X + 42} y={GENERATE_Y.consumer - 20} />
      <Callout n={4} x={744} y={232} />
    </KeysPage>
  );
}

export function AccessTokenDrawing() {
  return (
    <KeysPage highlight="access">
      <Dialog x={460} y={118} w={300} h={330} title="Access Token and Secret">
        <Text x={478} y={176} size={12} tone="success" weight={600}>
          Created with Read and Write permissions
        </Text>
        <SecretRow x={478} y={190} w={250} label="Access Token" value="1234567890-AbCdEfGhIj…" actions={["Copy"]} />
        <SecretRow x={478} y={260} w={250} label="Access Token Secret" value="x9Yz8Wv7Ut6Sr5Qp4On3…" actions={["Copy"]} />
        <Text x={478} y={346} size={11} tone="danger" weight={600}>
          Shown only once. Save them now.
        </Text>
        <Button x={672} y={392} label="Done" />
      </Dialog>
      <Callout n={1} x={GENERATE_X + 42} y={GENERATE_Y.access + 54} />
      <Callout n={2} x={744} y={150} to={{ x: 744, y: 170 }} />
      <Callout n={3} x={744} y={268} />
    </KeysPage>
  );
}

export function BearerTokenDrawing() {
  return (
    <KeysPage highlight="bearer">
      <Dialog x={460} y={118} w={300} h={240} title="Bearer Token">
        <SecretRow x={478} y={176} w={250} label="Bearer Token" value="AAAAAAAAAAAAAAAAAAAAAM…" actions={["Copy"]} />
        <Text x={478} y={264} size={11} tone="danger" weight={600}>
          Shown only once. Save it now.
        </Text>
        <Button x={672} y={306} label="Done" />
      </Dialog>
      <Callout n={1} x={GENERATE_X - 22} y={GENERATE_Y.bearer - 14} />
      <Callout n={2} x={744} y={232} />
    </KeysPage>
  );
}
