/**
 * An App's Keys and tokens tab with the "shown only once" pop-up of one freshly
 * generated credential open. Guides draw it with their own App, the pop-up their step
 * is about and the callouts their instructions need.
 */
import { Button, Callout, Heading, Lines, navY, Panel, Screen, SecretRow, Tabs, Text, textWidth } from "@/content/guides/kit/draw";
import { Dialog, Highlight } from "@/content/guides/kit/form-parts";
import { NAV_ROW, SAMPLE_SECRETS, type SampleApp } from "@/content/guides/kit/sample-app";

/** The credentials a Generate button on the tab creates. */
export type KeysRow = "consumer" | "bearer" | "access";

/** What a callout can point at, numbered 1..n in the order given. */
export type KeysCallout =
  | "app-in-menu"
  | "keys-tab"
  /** The Generate button of a row. */
  | KeysRow
  /** The pop-up's line naming the token's permissions (needs `dialog.permissions`). */
  | "permissions"
  /** The values shown in the pop-up. */
  | "values"
  /** The pop-up's button that closes it once the values are saved. */
  | "confirm";

type KeysDialog = {
  /** The row whose Generate button opened the pop-up; it is drawn highlighted. */
  row: KeysRow;
  /** E.g. "Read and Write": the pop-up then says the token was created with them. */
  permissions?: string;
  /** The closing button's label. */
  confirm?: string;
};

const DIALOG_CONTENT: Record<KeysRow, { title: string; rows: { label: string; value: string }[] }> = {
  consumer: {
    title: "API Key and Secret",
    rows: [
      { label: "API Key", value: SAMPLE_SECRETS.apiKey },
      { label: "API Key Secret", value: SAMPLE_SECRETS.apiKeySecret },
    ],
  },
  bearer: { title: "Bearer Token", rows: [{ label: "Bearer Token", value: SAMPLE_SECRETS.bearerToken }] },
  access: {
    title: "Access Token and Secret",
    rows: [
      { label: "Access Token", value: SAMPLE_SECRETS.accessToken },
      { label: "Access Token Secret", value: SAMPLE_SECRETS.accessTokenSecret },
    ],
  },
};

/** Where each row's Generate button sits. */
const GENERATE_Y: Record<KeysRow, number> = { consumer: 138, bearer: 240, access: 290 };
const GENERATE_X = 344;
const DIALOG = { x: 460, y: 118, w: 300 };
const ROW_H = 70;

/** The Keys and tokens tab; `callouts[i]` is drawn as callout i + 1. */
export function KeysPage({ app, dialog, callouts }: { app: SampleApp; dialog: KeysDialog; callouts: readonly KeysCallout[] }) {
  const { title, rows } = DIALOG_CONTENT[dialog.row];
  const noteY = DIALOG.y + 58;
  const rowsY = dialog.permissions ? noteY + 14 : noteY;
  const warningY = rowsY + rows.length * ROW_H + 18;
  const confirm = dialog.confirm ?? "Done";
  const confirmW = textWidth(confirm) + 32;
  const confirmX = DIALOG.x + DIALOG.w - 18 - confirmW;
  const confirmY = warningY + 42;
  const dialogH = confirmY + 32 + 20 - DIALOG.y;
  const generate = (row: KeysRow) => ({ x: GENERATE_X - 22, y: GENERATE_Y[row] + 16 });
  const at: Record<KeysCallout, { x: number; y: number; to?: { x: number; y: number } }> = {
    "app-in-menu": { x: 16, y: navY(NAV_ROW.app), to: { x: -44, y: navY(NAV_ROW.app) } },
    "keys-tab": { x: 270, y: 94 },
    consumer: generate("consumer"),
    bearer: generate("bearer"),
    access: generate("access"),
    permissions: { x: DIALOG.x + DIALOG.w - 16, y: noteY - 26, to: { x: DIALOG.x + DIALOG.w - 16, y: noteY - 6 } },
    values: { x: DIALOG.x + DIALOG.w - 16, y: rowsY + (rows.length * ROW_H) / 2 + 4 },
    confirm: { x: confirmX - 20, y: confirmY + 16 },
  };
  return (
    <Screen url={`${app.url}/keys`} sidebar={{ items: app.nav, active: app.appItem }}>
      <Heading x={44} y={44} title={app.name} subtitle={`${app.project} · ${app.environment}`} />
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
          For {app.handle}
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
        <Button key={row} x={GENERATE_X} y={GENERATE_Y[row]} w={84} label="Generate" variant={row === dialog.row ? "primary" : "secondary"} />
      ))}
      <Highlight x={GENERATE_X - 6} y={GENERATE_Y[dialog.row] - 6} w={96} h={44} />
      <Dialog x={DIALOG.x} y={DIALOG.y} w={DIALOG.w} h={dialogH} title={title}>
        {dialog.permissions ? (
          <Text x={DIALOG.x + 18} y={noteY} size={12} tone="success" weight={600}>
            Created with {dialog.permissions} permissions
          </Text>
        ) : null}
        {rows.map((row, i) => (
          <SecretRow key={row.label} x={DIALOG.x + 18} y={rowsY + i * ROW_H} w={250} label={row.label} value={row.value} actions={["Copy"]} />
        ))}
        <Text x={DIALOG.x + 18} y={warningY} size={11} tone="danger" weight={600}>
          {rows.length === 1 ? "Shown only once. Save it now." : "Shown only once. Save them now."}
        </Text>
        <Button x={confirmX} y={confirmY} label={confirm} />
      </Dialog>
      {callouts.map((target, i) => {
        const { x, y, to } = at[target];
        return <Callout key={target} n={i + 1} x={x} y={y} to={to} />;
      })}
    </Screen>
  );
}
