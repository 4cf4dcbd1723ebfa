import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { estimateMonthlyCost, formatUsd, knownDollarFigures, priceCardLine, priceOf, X_API_PRICING, X_PRICE_CARD } from "./pricing";
import { X_SOURCES } from "@/lib/x/sources";

describe("X API pricing", () => {
  it("is dated and says where to confirm it", () => {
    expect(X_API_PRICING.checkedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(X_API_PRICING.confirmAt.length).toBeGreaterThan(0);
    for (const place of X_API_PRICING.confirmAt) expect(place.url).toMatch(/^https:\/\//);
  });

  it("estimates a month: 100k posts read, 2k users, 300 posts of which 50 have a link", () => {
    const estimate = estimateMonthlyCost({ postsRead: 100_000, usersRead: 2_000, postsCreated: 300, postsCreatedWithUrl: 50 });
    const usd = Object.fromEntries(estimate.lines.map((l) => [l.id, l.usd]));
    expect(usd).toEqual({ "posts-read": 500, "users-read": 20, "content-create": 3.75, "content-create-with-url": 10 });
    expect(estimate.totalUsd).toBe(533.75);
  });

  it("never goes negative or NaN, and counts linked posts once (property)", () => {
    const n = fc.oneof(fc.integer({ min: -10, max: 10_000_000 }), fc.constantFrom(Number.NaN, Infinity, -Infinity, 0.5));
    fc.assert(
      fc.property(n, n, n, n, (postsRead, usersRead, postsCreated, postsCreatedWithUrl) => {
        const e = estimateMonthlyCost({ postsRead, usersRead, postsCreated, postsCreatedWithUrl });
        expect(e.totalUsd).toBeGreaterThanOrEqual(0);
        expect(Number.isFinite(e.totalUsd)).toBe(true);
        const created = e.lines.filter((l) => l.id.startsWith("content-create")).reduce((s, l) => s + l.quantity, 0);
        expect(created).toBe(Number.isFinite(postsCreated) && postsCreated > 0 ? Math.floor(postsCreated) : 0);
      }),
    );
  });

  it("formats prices exactly", () => {
    expect(formatUsd(priceOf("posts-read").usd)).toBe("$0.005");
    expect(formatUsd(priceOf("users-read").usd)).toBe("$0.010");
    expect(formatUsd(priceOf("content-create-with-url").usd)).toBe("$0.200");
    expect(formatUsd(533.75)).toBe("$533.75");
  });
});

describe("X's full price card", () => {
  const section = (name: string) => X_PRICE_CARD.lines.filter((l) => l.section === name);

  it("has every line of the pricing page: 12 reads, 16 writes, 19 webhook events, with unique ids", () => {
    expect(section("read")).toHaveLength(12);
    expect(section("write")).toHaveLength(16);
    expect(section("webhook")).toHaveLength(19);
    expect(new Set(X_PRICE_CARD.lines.map((l) => l.id)).size).toBe(X_PRICE_CARD.lines.length);
    expect(X_PRICE_CARD.ownedRead.endpoints).toHaveLength(12);
  });

  it("prices reads per resource, writes per request and events per event; only events can be unbilled", () => {
    for (const l of section("read")) expect([l.unit, l.usd! > 0]).toEqual(["resource", true]);
    for (const l of section("write")) expect([l.unit, l.usd! > 0]).toEqual(["request", true]);
    for (const l of section("webhook")) expect(l.unit).toBe("event");
    expect(section("webhook").filter((l) => l.usd === null).map((l) => l.label)).toEqual(["`post.delete`", "`chat.sent`", "`chat.conversation_join`", "`dm.sent`", "`dm.read`", "`dm.indicate_typing`"]);
  });

  it("matches the page's figures where they matter most", () => {
    expect(priceCardLine("posts-read").usd).toBe(0.005);
    expect(priceCardLine("likes-read").usd).toBe(0.001);
    expect(priceCardLine("post-create-summoned").usd).toBe(0.01);
    expect(priceCardLine("counts-all").usd).toBe(0.01);
    expect(X_PRICE_CARD.ownedRead.usd).toBe(0.001);
    expect(X_PRICE_CARD.postReadCapPerCycle).toBe(3_000_000);
    expect(X_PRICE_CARD.xaiCreditRates.at(-1)).toEqual({ fromUsd: 1000, rate: 0.2 });
  });

  it("gives the drafting helper's four prices from the card, dated by the pricing source", () => {
    for (const p of X_API_PRICING.prices) expect(p.usd).toBe(priceCardLine(p.id).usd);
    expect(X_API_PRICING.checkedOn).toBe(X_SOURCES.pricing.checkedOn);
    expect(X_PRICE_CARD.checkedOn).toBe(X_SOURCES.pricing.checkedOn);
    expect(X_API_PRICING.confirmAt[0].url).toBe(X_SOURCES.pricing.url);
  });

  it("lists every dollar figure it holds, as formatUsd prints them", () => {
    const known = knownDollarFigures();
    for (const figure of ["$0.005", "$0.001", "$0.200", "$25.00", "$5.00", "$1,000.00"]) expect(known).toContain(figure);
    expect(known).not.toContain("$0.004");
  });
});
