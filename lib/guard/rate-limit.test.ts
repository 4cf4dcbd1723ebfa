import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { createDb, db, type Db } from "@/lib/db/client";
import { testTarget } from "@/test/fresh-db";
import { purgeExpiredWindows, RateLimiter } from "./rate-limit";

const unique = (name: string) => `test|${name}|${randomBytes(6).toString("hex")}`;
const url = process.env.DATABASE_URL ?? "";
const provider = testTarget().provider;

describe("RateLimiter (in the database)", () => {
  it("allows max calls per window, then says how long to wait, then allows again", async () => {
    const limiter = new RateLimiter({ db, provider });
    const rule = { max: 3, seconds: 60 };
    const [a, b] = [unique("a"), unique("b")];
    const t0 = 1_000_000;
    expect([await limiter.hit(a, rule, t0), await limiter.hit(a, rule, t0), await limiter.hit(a, rule, t0)]).toEqual([null, null, null]);
    expect(await limiter.hit(a, rule, t0 + 10_000)).toBe(50);
    // Refused calls are not counted: still refused, with the same end of window.
    expect(await limiter.hit(a, rule, t0 + 20_000)).toBe(40);
    // Another caller has its own window.
    expect(await limiter.hit(b, rule, t0 + 10_000)).toBeNull();
    expect(await limiter.hit(a, rule, t0 + 60_000)).toBeNull();
  });

  it("is shared by every instance: two Prisma clients on one database count one window", async () => {
    const other = createDb(testTarget());
    try {
      const [one, two] = [new RateLimiter({ db, provider }), new RateLimiter({ db: other, provider })];
      const key = unique("shared");
      const rule = { max: 4, seconds: 60 };
      const results = [];
      for (let i = 0; i < 6; i++) results.push(await (i % 2 ? two : one).hit(key, rule));
      expect(results.map((r) => r === null)).toEqual([true, true, true, true, false, false]);
    } finally {
      await other.$disconnect();
    }
  });

  it("lets exactly N through when two processes race for one window", async () => {
    const key = unique("race");
    const max = 25;
    const worker = path.join(process.cwd(), "test", "workers", "rate-limit-hits.ts");
    const children = [0, 1].map(() => spawn(process.execPath, ["--conditions=react-server", "--import", "tsx", worker, url, key, String(max), "40"], { stdio: ["pipe", "pipe", "inherit"] }));
    const lines = children.map(
      (child) =>
        new Promise<string[]>((resolve, reject) => {
          let out = "";
          child.stdout.on("data", (chunk: Buffer) => {
            out += chunk.toString();
            if (out.includes("ready\n") && !out.includes("go")) {
              out += "go";
              ready();
            }
          });
          child.on("error", reject);
          child.on("exit", (code) => (code === 0 ? resolve(out.split("\n")) : reject(new Error(`worker exited with ${code}`))));
        }),
    );
    let readyCount = 0;
    function ready() {
      // Both processes connected: start them together.
      if (++readyCount === children.length) for (const child of children) child.stdin.write("go\n");
    }
    const outputs = await Promise.all(lines);
    const allowed = outputs.map((out) => (JSON.parse(out.find((l) => l.includes("allowed"))!.replace(/^go/, "")) as { allowed: number }).allowed);
    // 80 calls in all, from two processes with their own connections: exactly max get in.
    expect(allowed.reduce((a, b) => a + b, 0)).toBe(max);
    const row = await db.rateWindow.findUnique({ where: { key } });
    expect(row?.count).toBe(max + 1);
  }, 60_000);

  it("housekeeping deletes expired windows only, however many live ones there are", async () => {
    const limiter = new RateLimiter({ db, provider });
    const now = Date.now();
    const [live, ended] = [unique("live"), unique("ended")];
    await limiter.hit(live, { max: 1, seconds: 3600 }, now);
    await limiter.hit(ended, { max: 1, seconds: 1 }, now - 5_000);
    expect(await purgeExpiredWindows(db, now)).toBeGreaterThanOrEqual(1);
    expect(await db.rateWindow.findUnique({ where: { key: ended } })).toBeNull();
    expect(await db.rateWindow.findUnique({ where: { key: live } })).not.toBeNull();
    // The live window still refuses.
    expect(await limiter.hit(live, { max: 1, seconds: 3600 }, now + 1)).toBeGreaterThan(3500);
  });

  it("reset() gives a fresh namespace without touching other limiters' windows", async () => {
    const [one, two] = [new RateLimiter({ db, provider }), new RateLimiter({ db, provider })];
    const key = unique("ns");
    const rule = { max: 1, seconds: 60 };
    expect(await one.hit(key, rule)).toBeNull();
    expect(await two.hit(key, rule)).not.toBeNull();
    one.reset();
    expect(await one.hit(key, rule)).toBeNull();
    expect(await two.hit(key, rule)).not.toBeNull();
  });
});

describe("RateLimiter without its database", () => {
  const broken = { $queryRaw: () => Promise.reject(new Error("connection refused")) } as unknown as Db;
  const errors: unknown[] = [];
  const original = console.error;
  console.error = (...args: unknown[]) => void errors.push(args);
  afterAll(() => {
    console.error = original;
  });

  it("counts in memory meanwhile, so the limit still holds in this process", async () => {
    const limiter = new RateLimiter({ db: broken, provider });
    const rule = { max: 2, seconds: 60 };
    expect([await limiter.hit("k", rule, 0), await limiter.hit("k", rule, 0), await limiter.hit("k", rule, 0)]).toEqual([null, null, 60]);
    expect(errors.length).toBe(1); // logged once, not per call
  });

  it("refuses a new key rather than forgetting a live window when its table is full", async () => {
    const limiter = new RateLimiter({ db: broken, provider });
    const rule = { max: 1, seconds: 3600 };
    expect(await limiter.hit("first", rule, 0)).toBeNull();
    for (let i = 0; i < 60_000; i++) await limiter.hit(`k${i}`, rule, 0);
    // The first window is remembered and still refuses; a newcomer waits a minute.
    expect(await limiter.hit("first", rule, 0)).toBe(3600);
    expect(await limiter.hit("newcomer", rule, 0)).toBe(60);
    expect((limiter as unknown as { fallback: Map<string, unknown> }).fallback.size).toBeLessThanOrEqual(50_000);
  });
});
