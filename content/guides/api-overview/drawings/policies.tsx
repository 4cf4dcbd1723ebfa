import { Badge, Callout, Heading, Lines, Panel, Screen, Text } from "@/content/guides/kit/draw";
import { TopBar } from "@/content/guides/kit/page-parts";

/** A document row with a Read link, as on the policies page. */
function DocRow({ x, y, title, link }: { x: number; y: number; title: string; link: string }) {
  return (
    <g>
      <rect x={x} y={y} width={540} height={56} rx="8" className="fill-zinc-50 stroke-zinc-200 dark:fill-zinc-950 dark:stroke-zinc-700" />
      <rect x={x + 14} y={y + 14} width="22" height="28" rx="3" className="fill-white stroke-zinc-300 dark:fill-zinc-900 dark:stroke-zinc-600" />
      <Text x={x + 50} y={y + 25} weight={600}>
        {title}
      </Text>
      <Lines x={x + 50} y={y + 35} w={260} count={1} />
      <Text x={x + 524} y={y + 33} tone="accent" weight={600} anchor="end">
        {link}
      </Text>
    </g>
  );
}

/** The developer site's policies page, with enforcement and further reading. */
export function PoliciesDrawing() {
  return (
    <Screen url="developer.twitter.com/en/developer-terms">
      <TopBar title="Developer Platform" links={["Docs", "Use cases", "Community", "Support"]} height={52} />
      <Heading x={24} y={92} title="Developer policies and agreements" subtitle="The rules for every API and data product" />

      <Panel x={24} y={128} w={572} h={216} title="Read before you build">
        <DocRow x={40} y={168} title="Developer Agreement" link="Read" />
        <DocRow x={40} y={234} title="Developer Policy" link="Read" />
        <Lines x={40} y={308} w={420} count={2} />
      </Panel>

      <Panel x={616} y={128} w={320} h={216} title="Enforcement">
        <Lines x={632} y={166} w={270} count={2} />
        <rect x={632} y={206} width={288} height={50} rx="8" className="fill-zinc-50 stroke-zinc-200 dark:fill-zinc-950 dark:stroke-zinc-700" />
        <Text x={646} y={236} mono>
          app 31415926
        </Text>
        <Badge x={836} y={221} label="Suspended" tone="warning" />
        <rect x={632} y={266} width={288} height={50} rx="8" className="fill-zinc-50 stroke-zinc-200 dark:fill-zinc-950 dark:stroke-zinc-700" />
        <Text x={646} y={296} mono>
          app 27182818
        </Text>
        <Badge x={830} y={281} label="Terminated" tone="danger" />
      </Panel>

      <Panel x={24} y={362} w={440} h={160} title="Documentation">
        <Text x={40} y={412}>
          Every endpoint: what it returns, the access
        </Text>
        <Text x={40} y={432}>
          it needs, its limits and examples.
        </Text>
        <Text x={40} y={490} tone="accent" weight={600}>
          developer.twitter.com/en/docs
        </Text>
      </Panel>
      <Panel x={484} y={362} w={452} h={160} title="Twitter and the GDPR">
        <Lines x={500} y={402} w={380} count={3} />
        <Text x={500} y={490} tone="accent" weight={600}>
          gdpr.twitter.com
        </Text>
      </Panel>

      <Callout n={1} x={564} y={150} />
      <Callout n={2} x={906} y={148} />
      <Callout n={3} x={270} y={486} />
      <Callout n={4} x={636} y={486} />
    </Screen>
  );
}
