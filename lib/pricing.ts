/**
 * X API pay-per-use prices: the one place Perch keeps them. Guides show them and the
 * drafting helper estimates costs from them, always with the date they were checked and
 * where to confirm them, because prices change and X's pages are the authority.
 */

import { X_FACTS } from "@/lib/x/facts";
import { X_SOURCES } from "@/lib/x/sources";

/** What a price is charged for: each resource a read returns, each request, each webhook event delivered. */
export type PriceUnit = "resource" | "request" | "event";

/** Which part of X's price card a line is in. */
export type PriceSection = "read" | "write" | "webhook";

/** One line of X's price card. `usd: null` means X lists it as not billed. */
export type PriceCardLine = { id: string; section: PriceSection; label: string; usd: number | null; unit: PriceUnit };

const read = (id: string, label: string, usd: number): PriceCardLine => ({ id, section: "read", label, usd, unit: "resource" });
const write = (id: string, label: string, usd: number): PriceCardLine => ({ id, section: "write", label, usd, unit: "request" });
const event = (name: string, usd: number | null): PriceCardLine => ({ id: `event:${name}`, section: "webhook", label: `\`${name}\``, usd, unit: "event" });

/**
 * Every line of X's pricing page (lib/x/sources.ts `pricing`), in its order: reads per
 * resource returned, writes per request, X Activity API webhook events per event.
 */
const CARD_LINES = [
  read("posts-read", "Posts: Read", 0.005),
  read("users-read", "User: Read", 0.01),
  read("dm-events-read", "DM Event: Read", 0.01),
  read("follows-read", "Following/Followers: Read", 0.01),
  read("lists-read", "List: Read", 0.005),
  read("spaces-read", "Space: Read", 0.005),
  read("communities-read", "Community: Read", 0.005),
  read("notes-read", "Note: Read", 0.005),
  read("likes-read", "Like: Read", 0.001),
  read("mutes-read", "Mute: Read", 0.001),
  read("blocks-read", "Block: Read", 0.001),
  read("profile-updates-read", "Profile Update: Read", 0.005),
  write("content-create", "Post: Create", 0.015),
  write("content-create-with-url", "Post: Create (with URL)", 0.2),
  write("post-create-summoned", "Post: Create (summoned)", 0.01),
  write("dm-interaction-create", "DM Interaction: Create", 0.015),
  write("user-interaction-create", "User Interaction: Create", 0.015),
  write("interaction-delete", "Interaction: Delete", 0.01),
  write("content-manage", "Content: Manage", 0.005),
  write("list-create", "List: Create", 0.01),
  write("list-manage", "List: Manage", 0.005),
  write("bookmark", "Bookmark", 0.005),
  write("media-metadata", "Media Metadata", 0.005),
  write("privacy-update", "Privacy: Update", 0.01),
  write("mute-delete", "Mute: Delete", 0.005),
  write("counts-recent", "Counts: Recent", 0.005),
  write("counts-all", "Counts: All", 0.01),
  write("trends", "Trends", 0.01),
  event("post.create", 0.005),
  event("post.delete", null),
  event("follow.follow", 0.01),
  event("follow.unfollow", 0.01),
  event("mute.mute", 0.001),
  event("mute.unmute", 0.001),
  event("block.block", 0.001),
  event("block.unblock", 0.001),
  event("profile.update.*", 0.005),
  event("chat.received", 0.01),
  event("chat.sent", null),
  event("chat.conversation_join", null),
  event("dm.received", 0.01),
  event("dm.sent", null),
  event("dm.read", null),
  event("dm.indicate_typing", null),
  event("news.new", 0.005),
  event("spaces.start", 0.005),
  event("spaces.end", 0.005),
] as const satisfies readonly PriceCardLine[];

/**
 * X's whole price card: every line, Owned Reads and the endpoints they apply to, the
 * monthly post-read cap, auto-recharge's limits and the xAI credit rates. The one place
 * these figures live; each rests on X's pricing page, checked on the date its source says.
 */
export const X_PRICE_CARD = {
  source: "pricing",
  checkedOn: X_SOURCES.pricing.checkedOn,
  lines: CARD_LINES,
  /** A read of the App owner's own data, per resource. */
  ownedRead: {
    usd: 0.001,
    /** The endpoints that qualify when `{id}` is the authenticated user who owns the App. */
    endpoints: [
      "GET /2/users/{id}/tweets",
      "GET /2/users/{id}/mentions",
      "GET /2/users/{id}/liked_tweets",
      "GET /2/users/{id}/bookmarks",
      "GET /2/users/{id}/followers",
      "GET /2/users/{id}/following",
      "GET /2/users/{id}/blocking",
      "GET /2/users/{id}/muting",
      "GET /2/users/{id}/owned_lists",
      "GET /2/users/{id}/followed_lists",
      "GET /2/users/{id}/list_memberships",
      "GET /2/users/{id}/pinned_lists",
    ],
  },
  /** Posts a pay-per-use account may read in one monthly billing cycle. */
  postReadCapPerCycle: 3_000_000,
  autoRecharge: {
    /** X's own example settings: add this much when the balance falls below the threshold. */
    exampleAmountUsd: 25,
    exampleThresholdUsd: 5,
    /** At most one automatic top-up in this many minutes. */
    minutesBetweenTopUps: 5,
  },
  /** Free xAI API credits as a share of the billing cycle's cumulative spend, from `fromUsd` up. */
  xaiCreditRates: [
    { fromUsd: 0, rate: 0 },
    { fromUsd: 200, rate: 0.1 },
    { fromUsd: 500, rate: 0.15 },
    { fromUsd: 1000, rate: 0.2 },
  ],
} as const;

export type PriceCardLineId = (typeof CARD_LINES)[number]["id"];

/** One line of the price card by id. */
export function priceCardLine(id: PriceCardLineId): PriceCardLine {
  const line = CARD_LINES.find((l) => l.id === id);
  if (!line) throw new Error(`unknown price card line ${id}`);
  return line;
}

/** The four lines the drafting helper estimates with. */
const ESTIMATED = ["posts-read", "users-read", "content-create", "content-create-with-url"] as const;

const NOTES: Record<(typeof ESTIMATED)[number], string> = {
  "posts-read": "each post returned by a read endpoint",
  "users-read": "each user object returned by a lookup",
  "content-create": "each post created",
  "content-create-with-url": "each post created that contains a link",
};

export type Price = {
  id: (typeof ESTIMATED)[number];
  label: string;
  /** US dollars per unit. */
  usd: number;
  unit: PriceUnit;
  /** A short plain-English reading of the line, for guides and estimates. */
  note: string;
};

export const X_API_PRICING = {
  /** When these figures were last compared with X's pricing page. */
  checkedOn: X_SOURCES.pricing.checkedOn,
  /** Where a reader confirms them (prices are shown in the Developer Console too). */
  confirmAt: [
    { label: "X developer documentation: pricing", url: X_SOURCES.pricing.url },
    { label: "X Developer Console (your account's rates and credit balance)", url: "https://console.x.com" },
  ],
  /** Since February 2026 the X API is sold pay-per-use from the Developer Console. */
  since: "2026-02",
  currency: "USD",
  /** The lines the drafting helper estimates with, read from the price card. */
  prices: ESTIMATED.map((id): Price => {
    const line = priceCardLine(id);
    return { id, label: line.label, usd: line.usd!, unit: line.unit, note: NOTES[id] };
  }),
  /** Billing rules that change what a read costs (from lib/x/facts.ts, with their source). */
  rules: {
    dailyDeduplication: X_FACTS.dailyDeduplication.text,
    prepaidCredits: X_FACTS.payPerUse.text,
    legacyPlans: X_FACTS.legacyPlans.text,
  },
} as const;

/** Every dollar figure lib/pricing.ts holds, as formatUsd prints it: guides may show these and no others. */
export function knownDollarFigures(): Set<string> {
  const figures = [
    ...CARD_LINES.flatMap((l) => (l.usd === null ? [] : [l.usd])),
    X_PRICE_CARD.ownedRead.usd,
    X_PRICE_CARD.autoRecharge.exampleAmountUsd,
    X_PRICE_CARD.autoRecharge.exampleThresholdUsd,
    ...X_PRICE_CARD.xaiCreditRates.map((r) => r.fromUsd),
  ];
  return new Set(figures.map(formatUsd));
}

export type PriceId = Price["id"];

/** One price by id. */
export function priceOf(id: PriceId): Price {
  const price = X_API_PRICING.prices.find((p) => p.id === id);
  if (!price) throw new Error(`unknown price ${id}`);
  return price;
}

/** Monthly volumes a person expects, as the drafting helper asks for them. */
export type MonthlyVolumes = {
  postsRead: number;
  usersRead: number;
  postsCreated: number;
  /** Of the posts created, how many contain a URL. */
  postsCreatedWithUrl: number;
};

export type CostLine = { id: PriceId; label: string; quantity: number; usd: number };
export type CostEstimate = { lines: CostLine[]; totalUsd: number; checkedOn: string };

const clean = (n: number) => (Number.isFinite(n) && n > 0 ? Math.floor(n) : 0);

/**
 * An upper-bound monthly estimate: every read is counted as a distinct resource (the daily
 * de-duplication can only lower it). Posts with a URL are priced at their own rate.
 */
export function estimateMonthlyCost(volumes: MonthlyVolumes): CostEstimate {
  const created = clean(volumes.postsCreated);
  const withUrl = Math.min(clean(volumes.postsCreatedWithUrl), created);
  const quantities: Record<PriceId, number> = {
    "posts-read": clean(volumes.postsRead),
    "users-read": clean(volumes.usersRead),
    "content-create": created - withUrl,
    "content-create-with-url": withUrl,
  };
  const lines = X_API_PRICING.prices.map((p) => ({ id: p.id, label: p.label, quantity: quantities[p.id], usd: Math.round(quantities[p.id] * p.usd * 100) / 100 }));
  return { lines, totalUsd: Math.round(lines.reduce((sum, l) => sum + l.usd, 0) * 100) / 100, checkedOn: X_API_PRICING.checkedOn };
}

/** "$0.005" — enough decimals to show the price exactly. */
export function formatUsd(usd: number): string {
  const decimals = usd !== 0 && Math.abs(usd) < 1 ? 3 : 2;
  return `$${usd.toLocaleString("en-US", { minimumFractionDigits: decimals, maximumFractionDigits: decimals })}`;
}
