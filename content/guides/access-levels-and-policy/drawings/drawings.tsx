/**
 * Drawings for the "Access levels and the developer policy" guide: the agreement, the
 * products page, the use-case form, the Apps list, the support form and the forum.
 */
import { Badge, Button, Callout, Checkbox, CodeBlock, Heading, Input, Lines, Panel, Radio, Screen, Text } from "@/content/guides/kit/draw";
import { Dialog, Highlight, Scrim, Select, TextArea } from "@/content/guides/kit/form-parts";
import { PORTAL_NAV, PORTAL_URL, SAMPLE_APP } from "@/content/guides/kit/sample-app";

const SUPPORT_FORM = "help.twitter.com/forms/platform";

export function AgreementDrawing() {
  return (
    <Screen url={`${PORTAL_URL}/petition/essential/terms`}>
      <Heading x={60} y={50} title="Developer agreement & policy" subtitle="Review and accept to continue" />
      <Panel x={60} y={90} w={560} h={300}>
        <Lines x={84} y={116} w={500} count={4} />
        <Text x={84} y={196} weight={600}>You must also follow:</Text>
        {["Developer Policy", "Automation Rules", "Display Requirements", "API Restricted Uses Rules", "Twitter Rules"].map((name, i) => (
          <Text key={name} x={100} y={222 + i * 22} tone="accent">
            {`• ${name}`}
          </Text>
        ))}
        <Lines x={84} y={340} w={500} count={2} />
      </Panel>
      <Checkbox x={60} y={412} label="I accept the Developer Agreement and Policy" checked />
      <Button x={60} y={450} label="Submit" />
      <Panel x={650} y={90} w={260} h={150} title="Stay informed">
        <Lines x={666} y={130} w={220} count={2} />
        <Button x={666} y={180} label="Get notified" variant="secondary" />
      </Panel>
      <Callout n={1} x={640} y={222} to={{ x: 330, y: 222 }} />
      <Callout n={2} x={440} y={420} to={{ x: 400, y: 420 }} />
      <Callout n={3} x={880} y={196} />
    </Screen>
  );
}

const LEVELS = [
  { name: "Essential", note: "Immediate access", rows: ["1 App environment", "500k Tweets / month"], badge: "Current" },
  { name: "Elevated", note: "Free, after review", rows: ["3 App environments", "2M Tweets / month"], badge: "Apply" },
  { name: "Academic Research", note: "Reviewed application", rows: ["For researchers", "Non-commercial"], badge: "Apply" },
];

// Added by Perch, not part of the portal page: the page above shows 2021's levels as current,
// so the drawing itself says what access became (tiers, then pay-per-use) and which is today's.
const ERAS = [
  { when: "2021–2023", what: "Access levels", detail: "Essential · Elevated · Academic", badge: "This page", tone: "neutral" },
  { when: "2023–2026", what: "Subscription tiers", detail: "Free · Basic · Pro · Enterprise", badge: "Legacy", tone: "warning" },
  { when: "Since February 2026", what: "Pay-per-use", detail: "Credits in the Developer Console", badge: "Today", tone: "success" },
] as const;

/** A dashed Perch note under the page: the three eras of API access, today's last. */
function AccessTimeline({ x, y }: { x: number; y: number }) {
  const w = 216;
  const gap = 22;
  return (
    <g>
      <rect x={x} y={y} width={720} height={180} rx="10" strokeWidth="1.5" strokeDasharray="6 4" className="fill-orange-50 stroke-orange-400 dark:fill-orange-950/40 dark:stroke-orange-500" />
      <Text x={x + 16} y={y + 26} weight={700}>
        Added by Perch: how access has changed since this page
      </Text>
      {ERAS.map((era, i) => {
        const left = x + 16 + i * (w + gap);
        return (
          <g key={era.when}>
            <rect x={left} y={y + 42} width={w} height={122} rx="8" className="fill-white stroke-zinc-200 dark:fill-zinc-900 dark:stroke-zinc-700" />
            <Text x={left + 12} y={y + 64} size={11} weight={700} tone="muted">
              {era.when.toUpperCase()}
            </Text>
            <Text x={left + 12} y={y + 88} size={15} weight={700}>
              {era.what}
            </Text>
            <Text x={left + 12} y={y + 110} size={11}>
              {era.detail}
            </Text>
            <Badge x={left + 12} y={y + 128} label={era.badge} tone={era.tone} />
            {i < ERAS.length - 1 ? <path d={`M${left + w + 4} ${y + 103}h14m-6-5 6 5-6 5`} fill="none" strokeWidth="2" className="stroke-zinc-400 dark:stroke-zinc-500" /> : null}
          </g>
        );
      })}
    </g>
  );
}

export function AccessLevelsDrawing() {
  return (
    <Screen url={`${PORTAL_URL}/products`} sidebar={{ items: PORTAL_NAV, active: "Products" }}>
      <Heading x={30} y={44} title="Twitter API v2" subtitle="Access levels" />
      {LEVELS.map((level, i) => {
        const x = 30 + i * 245;
        return (
          <Panel key={level.name} x={x} y={90} w={230} h={250} title={level.name}>
            <Text x={x + 16} y={140} tone="muted">
              {level.note}
            </Text>
            {level.rows.map((row, j) => (
              <Text key={row} x={x + 16} y={180 + j * 26}>
                {`✓ ${row}`}
              </Text>
            ))}
            {level.badge === "Current" ? <Badge x={x + 16} y={290} label="Your access level" tone="info" /> : <Button x={x + 16} y={284} label="Apply" variant="secondary" />}
          </Panel>
        );
      })}
      <AccessTimeline x={30} y={358} />
      <Callout n={1} x={40} y={270} />
      <Callout n={2} x={470} y={190} />
      <Callout n={3} x={370} y={270} to={{ x: 340, y: 300 }} />
    </Screen>
  );
}

export function UseCaseFormDrawing() {
  return (
    <Screen url={`${PORTAL_URL}/petition/elevated/use-case`}>
      <Heading x={60} y={50} title="How will you use the Twitter API?" subtitle="Be specific: reviewers read every answer" />
      <TextArea x={60} y={100} w={520} h={60} label="Describe your use case in your own words" filled={3} />
      <TextArea x={60} y={200} w={520} h={44} label="Will you analyze Tweets, Twitter users, or their content?" filled={2} />
      <TextArea x={60} y={284} w={520} h={44} label="Will your App Tweet, Retweet, or like content?" filled={1} />
      <TextArea x={60} y={368} w={520} h={44} label="Will you display Tweets or aggregate data off Twitter?" filled={2} />
      <Input x={60} y={452} w={520} label="Links to examples or sample work (optional)" value="https://perch.example.com/demo" />
      <Callout n={1} x={610} y={138} />
      <Callout n={2} x={610} y={230} />
      <Callout n={3} x={610} y={314} />
      <Callout n={4} x={610} y={398} />
      <Callout n={5} x={610} y={480} />
      <Panel x={660} y={100} w={250} h={190} title="Tip">
        <Lines x={676} y={140} w={210} count={6} />
      </Panel>
    </Screen>
  );
}

function SupportFormDrawing({ option, callouts }: { option: string; callouts: "update" | "post-limit" }) {
  return (
    <Screen url={SUPPORT_FORM}>
      <Heading x={60} y={50} title="API Policy Support" subtitle="Tell us what you need help with" />
      <Select x={60} y={96} w={520} label="What can we help you with?" value={option} />
      <Input x={60} y={170} w={360} label="App ID" value={SAMPLE_APP.appId} />
      <TextArea x={60} y={244} w={520} h={110} label="Tell us more" filled={callouts === "post-limit" ? 4 : 5} />
      <Button x={60} y={400} label="Submit" />
      <Panel x={640} y={96} w={270} h={200} title="Before you submit">
        <Lines x={656} y={136} w={230} count={6} />
      </Panel>
      <Callout n={1} x={600} y={124} to={{ x: 582, y: 124 }} />
      <Callout n={2} x={600} y={300} />
      {callouts === "update" ? null : <Callout n={3} x={190} y={416} />}
    </Screen>
  );
}

export function UpdateUseCaseDrawing() {
  return <SupportFormDrawing option="I need to update my developer use case" callouts="update" />;
}

export function PostLimitDrawing() {
  return <SupportFormDrawing option="Other policy-related matters" callouts="post-limit" />;
}

const APPS = [
  { name: "perch-dev", env: "Development", tone: "neutral" as const },
  { name: "perch-staging", env: "Staging", tone: "warning" as const },
  { name: "perch-prod", env: "Production", tone: "success" as const },
];

export function EnvironmentsDrawing() {
  return (
    <Screen url={`${PORTAL_URL}/projects`} sidebar={{ items: PORTAL_NAV, active: "Projects & Apps" }}>
      <Heading x={30} y={44} title="Perch" subtitle="Project · Elevated" />
      <Button x={600} y={24} label="+ Add App" variant="secondary" />
      {APPS.map((app, i) => {
        const y = 90 + i * 80;
        return (
          <Panel key={app.name} x={30} y={y} w={700} h={64}>
            <Text x={50} y={y + 28} weight={600}>
              {app.name}
            </Text>
            <Text x={50} y={y + 48} tone="muted" size={12}>
              {`${app.env} copy of the same service`}
            </Text>
            <Badge x={330} y={y + 22} label={app.env} tone={app.tone} />
            <Text x={700} y={y + 38} anchor="end" tone="accent" weight={600}>
              Settings
            </Text>
          </Panel>
        );
      })}
      <Panel x={30} y={350} w={700} h={120} title="One App for every customer">
        <Lines x={46} y={390} w={640} count={3} />
      </Panel>
      <Callout n={1} x={250} y={122} />
      <Callout n={2} x={460} y={192} />
      <Callout n={3} x={300} y={376} />
    </Screen>
  );
}

export function OwnershipDrawing() {
  return (
    <Screen url={`${PORTAL_URL}/projects/1234567890/apps/27182818/settings`} sidebar={{ items: PORTAL_NAV, active: "Projects & Apps" }}>
      <Heading x={30} y={44} title="perch-prod" subtitle="App settings" />
      <Panel x={30} y={90} w={700} h={130} title="App owner">
        <circle cx={66} cy={160} r={18} className="fill-sky-200 dark:fill-sky-800" />
        <Text x={96} y={156} weight={600}>@PerchHQ</Text>
        <Text x={96} y={176} tone="muted" size={12}>
          Company account · team access for engineers
        </Text>
        <Badge x={420} y={148} label="Company handle" tone="success" />
      </Panel>
      <Panel x={30} y={240} w={700} h={130} title="Authorized users">
        <Text x={46} y={292}>Customers sign in with OAuth to this one App</Text>
        <Lines x={46} y={310} w={420} count={3} />
        <Badge x={540} y={284} label="per-user + per-app limits" tone="info" />
      </Panel>
      <Panel x={30} y={390} w={700} h={100} title="Transfer ownership">
        <Lines x={46} y={432} w={420} count={2} />
        <Button x={560} y={430} label="Request transfer" variant="secondary" />
      </Panel>
      <Callout n={1} x={560} y={130} />
      <Callout n={2} x={720} y={446} />
      <Callout n={3} x={500} y={300} />
    </Screen>
  );
}

export function SharingDrawing() {
  return (
    <Screen url="perch.example.com/datasets/export">
      <Lines x={60} y={60} w={800} count={3} />
      <Scrim />
      <Dialog x={200} y={70} w={560} h={420} title="Share this dataset">
        <Text x={224} y={140} weight={600}>Include</Text>
        <Radio x={224} y={156} label="Tweet IDs and User IDs only" checked hint="Recipients rehydrate the content themselves" />
        <Radio x={224} y={210} label="Full Tweet and User objects" hint="Only up to 50,000 per person per day, by manual download" />
        <Highlight x={214} y={150} w={520} h={40} />
        <Input x={224} y={300} w={300} label="Recipient organisation" value="Example Research Lab" />
        <Text x={224} y={380} tone="muted" size={12}>
          1,230,000 of 1,500,000 Tweet IDs sent to this entity in the last 30 days
        </Text>
        <rect x={224} y={390} width={480} height={8} rx={4} className="fill-zinc-200 dark:fill-zinc-700" />
        <rect x={224} y={390} width={394} height={8} rx={4} className="fill-amber-500" />
        <Button x={224} y={424} label="Export IDs" />
      </Dialog>
      <Callout n={1} x={750} y={172} />
      <Callout n={2} x={716} y={394} />
      <Callout n={3} x={750} y={226} />
    </Screen>
  );
}

export function SuspendedDrawing() {
  return (
    <Screen url={`${PORTAL_URL}/projects`} sidebar={{ items: PORTAL_NAV, active: "Projects & Apps" }}>
      <Heading x={30} y={44} title="Projects & Apps" />
      <Panel x={30} y={70} w={700} h={64}>
        <Text x={50} y={108} weight={600}>perch-prod</Text>
        <Badge x={200} y={94} label="Suspended" tone="danger" />
        <Text x={700} y={108} anchor="end" tone="muted">
          Requests are refused
        </Text>
      </Panel>
      <Text x={30} y={170} weight={600}>API response</Text>
      <CodeBlock x={30} y={182} w={700} lines={['{"errors": [{"code": 32, "message": "Could not authenticate you."}]}']} />
      <Panel x={30} y={250} w={700} h={150} title="Inbox · from support@twitter.com">
        <Text x={46} y={300} weight={600}>Application Suspension Notice</Text>
        <Lines x={46} y={318} w={620} count={4} />
      </Panel>
      <Button x={30} y={430} label="Contact API Policy Support" />
      <Button x={300} y={430} label="+ Create another App" variant="danger" />
      <path d="M296 424 L520 470 M520 424 L296 470" strokeWidth="3" className="stroke-red-500" />
      <Callout n={1} x={320} y={104} />
      <Callout n={2} x={400} y={296} />
      <Callout n={3} x={250} y={446} />
      <Callout n={4} x={540} y={446} />
    </Screen>
  );
}

const FORM_OPTIONS = [
  "My App has been suspended or restricted from performing write actions",
  "I need to transfer an API key to another account",
  "I need to report an API policy violation",
  "I would like to create more than ten Apps",
  "I need to update my developer use case",
  "Other policy-related matters",
];

export function SupportChannelsDrawing() {
  return (
    <Screen url={SUPPORT_FORM}>
      <Heading x={60} y={50} title="API Policy Support" subtitle="Choose the option that matches your request" />
      <Panel x={60} y={90} w={560} h={250}>
        {FORM_OPTIONS.map((option, i) => (
          <Radio key={option} x={80} y={108 + i * 36} label={option} checked={i === 0} />
        ))}
      </Panel>
      <Panel x={650} y={90} w={260} h={250} title="Other places to ask">
        <Text x={666} y={150} tone="accent" weight={600}>Community forum</Text>
        <Text x={666} y={172} tone="muted" size={12}>Rules and Policy section</Text>
        <Text x={666} y={214} tone="accent" weight={600}>Platform feedback form</Text>
        <Text x={666} y={236} tone="muted" size={12}>Feature requests and ideas</Text>
        <Text x={666} y={278} tone="accent" weight={600}>Twitter Help Desk</Text>
        <Text x={666} y={300} tone="muted" size={12}>Login and account problems</Text>
      </Panel>
      <Button x={60} y={366} label="Continue" />
      <Callout n={1} x={600} y={116} />
      <Callout n={2} x={900} y={146} />
      <Callout n={3} x={900} y={210} />
      <Callout n={4} x={900} y={274} />
    </Screen>
  );
}

export function ForumPostDrawing() {
  return (
    <Screen url="twittercommunity.com/new-topic">
      <Heading x={60} y={50} title="New topic" subtitle="Rules and Policy" />
      <Input x={60} y={92} w={600} label="Title" value="GET /2/users/me returns 401 since yesterday" />
      <TextArea x={60} y={166} w={600} h={150} label="Describe the problem" filled={8} />
      <Text x={60} y={350} weight={600}>Attach</Text>
      <Badge x={110} y={337} label="request + headers" tone="info" />
      <Badge x={250} y={337} label="error response" tone="info" />
      <Badge x={370} y={337} label="code sample" tone="info" />
      <Select x={60} y={390} w={300} label="Category" value="Rules and Policy" />
      <Button x={60} y={460} label="Create topic" />
      <Panel x={690} y={92} w={230} h={220} title="One topic per post">
        <Lines x={706} y={132} w={190} count={7} />
      </Panel>
      <Callout n={1} x={680} y={240} />
      <Callout n={2} x={490} y={347} />
      <Callout n={3} x={690} y={330} />
    </Screen>
  );
}
