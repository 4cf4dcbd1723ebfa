/**
 * X API pay-per-use prices: the one place Perch keeps them. Guides show them and the
 * drafting helper estimates costs from them, always with the date they were checked and
 * where to confirm them, because prices change and X's pages are the authority.
 */

/** What a price is charged for. */
export type PriceUnit = "resource" | "request";

export type Price = {
  id: "posts-read" | "users-read" | "content-create" | "content-create-with-url";
  label: string;
  /** US dollars per unit. */
  usd: number;
  unit: PriceUnit;
  /** A short plain-English reading of the line, for guides and estimates. */
  note: string;
};

export const X_API_PRICING = {
  /** When these figures were last compared with X's pricing page. */
  checkedOn: "2026-11-23",
  /** Where a reader confirms them (prices are shown in the Developer Console too). */
  confirmAt: [
    { label: "X developer documentation: pricing", url: "https://docs.x.com/x-api/getting-started/pricing" },
    { label: "X Developer Console (your account's rates and credit balance)", url: "https://console.x.com" },
  ],
  /** Since February 2026 the X API is sold pay-per-use from the Developer Console. */
  since: "2026-02",
  currency: "USD",
  prices: [
    { id: "posts-read", label: "Posts read", usd: 0.005, unit: "resource", note: "each post returned by a read endpoint" },
    { id: "users-read", label: "User read", usd: 0.01, unit: "resource", note: "each user object returned by a lookup" },
    { id: "content-create", label: "Content create", usd: 0.015, unit: "request", note: "each post created" },
    { id: "content-create-with-url", label: "Content create with a URL", usd: 0.2, unit: "request", note: "each post created that contains a link" },
  ] satisfies Price[],
  /** Billing rules that change what a read costs. */
  rules: {
    dailyDeduplication: "A resource read more than once in the same UTC day is charged once.",
    prepaidCredits: "Credits are bought in advance and deducted per resource read or per write; auto-recharge and a spending limit can be set.",
    legacyPlans: "Subscribers to the legacy Basic and Pro plans can opt in to pay-per-use or stay on their plan.",
  },
} as const;

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
