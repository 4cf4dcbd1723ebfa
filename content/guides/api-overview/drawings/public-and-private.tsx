import { Badge, Callout, Lines, Panel, Screen, Text } from "@/content/guides/kit/draw";
import { TopBar } from "@/content/guides/kit/page-parts";

/** A small padlock, drawn where a panel holds non-public data. */
function Lock({ x, y }: { x: number; y: number }) {
  return (
    <g>
      <path d={`M${x + 3} ${y + 7}v-3a5 5 0 0 1 10 0v3`} fill="none" strokeWidth="2" className="stroke-zinc-500 dark:stroke-zinc-400" />
      <rect x={x} y={y + 7} width="16" height="11" rx="2" className="fill-zinc-500 dark:fill-zinc-400" />
    </g>
  );
}

/** A small globe, drawn where content is public. */
function Globe({ x, y }: { x: number; y: number }) {
  return (
    <g fill="none" strokeWidth="1.5" className="stroke-zinc-500 dark:stroke-zinc-400">
      <circle cx={x + 8} cy={y + 8} r="7" />
      <ellipse cx={x + 8} cy={y + 8} rx="3" ry="7" />
      <path d={`M${x + 1} ${y + 8}h14`} />
    </g>
  );
}

function TweetCard({ x, y, text }: { x: number; y: number; text: string }) {
  return (
    <g>
      <rect x={x} y={y} width={420} height={84} rx="8" className="fill-white stroke-zinc-200 dark:fill-zinc-900 dark:stroke-zinc-700" />
      <circle cx={x + 26} cy={y + 26} r="14" className="fill-zinc-300 dark:fill-zinc-600" />
      <Text x={x + 50} y={y + 24} weight={600}>
        Furni
      </Text>
      <Text x={x + 96} y={y + 24} size={12} tone="muted">
        @furni · 2h
      </Text>
      <Text x={x + 50} y={y + 46}>
        {text}
      </Text>
      <Lines x={x + 50} y={y + 58} w={220} count={1} />
      <Globe x={x + 392} y={y + 12} />
    </g>
  );
}

/** A profile with public Tweets beside a private Direct Message conversation. */
export function PublicAndPrivateDrawing() {
  return (
    <Screen url="twitter.com/furni">
      <TopBar title="Twitter" links={["Home", "Explore", "Messages", "Profile"]} height={52} />

      <Panel x={24} y={68} w={460} h={476}>
        <rect x={25} y={69} width={458} height={70} rx="8" className="fill-sky-100 dark:fill-sky-950" />
        <circle cx={70} cy={140} r="30" strokeWidth="4" className="fill-zinc-300 stroke-white dark:fill-zinc-600 dark:stroke-zinc-900" />
        <Text x={40} y={196} size={17} weight={700}>
          Furni
        </Text>
        <Text x={40} y={214} size={12} tone="muted">
          @furni · Furniture, made to last
        </Text>
        <Badge x={316} y={184} label="Public: anyone can see" tone="success" />
        <TweetCard x={44} y={238} text="Our spring range is here." />
        <TweetCard x={44} y={334} text="Replying to @sam: yes, it ships abroad!" />
        <Text x={44} y={454} size={12} weight={600}>
          Profile, Tweets and replies
        </Text>
        <Text x={44} y={472} size={12} tone="muted">
          Shared with the world by the user&rsquo;s own choice,
        </Text>
        <Text x={44} y={490} size={12} tone="muted">
          so apps can read them through the API.
        </Text>
      </Panel>

      <Panel x={504} y={68} w={432} h={476}>
        <Text x={524} y={100} size={15} weight={700}>
          Messages
        </Text>
        <Lock x={610} y={84} />
        <Badge x={640} y={86} label="Non-public" tone="warning" />
        <Text x={524} y={126} size={12} tone="muted">
          @furni and @sam only
        </Text>
        <rect x={524} y={146} width={250} height={46} rx="14" className="fill-zinc-100 dark:fill-zinc-800" />
        <Lines x={540} y={164} w={210} count={1} />
        <rect x={660} y={206} width={256} height={46} rx="14" className="fill-sky-600 dark:fill-sky-500" />
        <rect x={676} y={224} width={200} height="7" rx="3.5" className="fill-white/70" />
        <rect x={524} y={266} width={220} height={46} rx="14" className="fill-zinc-100 dark:fill-zinc-800" />
        <Lines x={540} y={284} w={180} count={1} />
        <rect x={524} y={404} width={392} height={112} rx="8" className="fill-amber-50 stroke-amber-300 dark:fill-amber-950 dark:stroke-amber-800" />
        <Text x={540} y={430} size={12} weight={600}>
          Direct Messages
        </Text>
        <Text x={540} y={450} size={12} tone="muted">
          Reach an app only if the user has authorised
        </Text>
        <Text x={540} y={468} size={12} tone="muted">
          that specific app to read them.
        </Text>
      </Panel>

      <Callout n={1} x={296} y={194} />
      <Callout n={2} x={740} y={96} />
    </Screen>
  );
}
