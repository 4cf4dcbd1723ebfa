import { Button, Callout, Heading, Panel, Screen, SecretRow, Tabs, Text } from "@/components/guides/screenshots/kit";
import { ADS_NAV, APP_ITEM, APP_NAME, APP_URL, Highlight } from "./parts";

/** The App's Keys and tokens tab, with the "shown only once" pop-up for a fresh token. */
export function KeysAndTokensDrawing() {
  return (
    <Screen url={`${APP_URL}/keys`} sidebar={{ items: ADS_NAV, active: APP_ITEM }}>
      <Heading x={44} y={44} title={APP_NAME} subtitle="Furni Ads · Development" />
      <Tabs x={38} y={76} items={["Settings", "Keys and tokens"]} active="Keys and tokens" />
      <rect x={44} y={108} width={706} height="1" className="fill-zinc-200 dark:fill-zinc-700" />

      <Panel x={44} y={122} w={400} h={96}>
        <Text x={60} y={146} size={11} weight={700} tone="muted">
          CONSUMER KEYS
        </Text>
        <Text x={60} y={172} weight={600}>
          API Key and Secret
        </Text>
        <Text x={60} y={192} size={11} tone="muted">
          Also called Consumer Keys
        </Text>
        <Button x={340} y={156} w={90} label="Regenerate" variant="secondary" />
      </Panel>

      <Panel x={44} y={232} w={400} h={170}>
        <Text x={60} y={256} size={11} weight={700} tone="muted">
          AUTHENTICATION TOKENS
        </Text>
        <Text x={60} y={290} weight={600}>
          Access Token and Secret
        </Text>
        <Text x={60} y={308} size={11} tone="muted">
          For @furni_dev
        </Text>
        <Button x={340} y={276} w={90} label="Generate" />
        <rect x={60} y={326} width={368} height="1" className="fill-zinc-200 dark:fill-zinc-700" />
        <Text x={60} y={358} weight={600}>
          Bearer Token
        </Text>
        <Text x={60} y={376} size={11} tone="muted">
          For OAuth 2.0 Bearer Token endpoints
        </Text>
        <Button x={340} y={344} w={90} label="Generate" variant="secondary" />
      </Panel>
      <Highlight x={334} y={270} w={102} h={44} />

      <rect x={462} y={125} width={288} height={300} rx="14" className="fill-zinc-900/10 dark:fill-black/40" />
      <rect x={462} y={122} width={288} height={300} rx="14" className="fill-white stroke-zinc-300 dark:fill-zinc-900 dark:stroke-zinc-600" />
      <Text x={482} y={154} size={15} weight={700}>
        Access Token and Secret
      </Text>
      <Text x={482} y={176} size={12} tone="danger" weight={600}>
        Shown only once. Save them now.
      </Text>
      <SecretRow x={482} y={190} w={248} label="Access Token" value="1479…-kQ8sVx2f" actions={["Copy"]} />
      <SecretRow x={482} y={256} w={248} label="Access Token Secret" value="Zr7…u2Wd9" actions={["Copy"]} />
      <Button x={576} y={370} w={154} label="Yes, I saved them" />

      <Callout n={1} x={420} y={134} />
      <Callout n={2} x={322} y={292} />
      <Callout n={3} x={322} y={360} />
      <Callout n={4} x={556} y={386} />
    </Screen>
  );
}
