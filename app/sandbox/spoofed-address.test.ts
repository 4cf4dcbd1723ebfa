import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ACCESS } from "@/lib/guard/access";
import { installPeerAddressHeader, PEER_HEADER } from "@/lib/guard/peer-address";
import { Browser } from "@/test/browser";
import { uid } from "@/test/sandbox/fixtures";
import { createAccount } from "./actions";

// Issue 15's finding: one machine made 300 practice accounts by sending a new
// X-Forwarded-For each time, filled the global cap, and shut every new visitor out.
// With the peer-address header stamped at start (as `next start` does through
// lib/server-start.ts) and no trusted proxy, the header is not believed.

let uninstall: () => void = () => undefined;
beforeAll(() => {
  uninstall = installPeerAddressHeader();
});
afterAll(() => uninstall());

const accountForm = () => ({ name: "Practice", username: `p${uid(6)}` });

describe("a client that forges X-Forwarded-For", () => {
  it("is still one caller: limited at its own share, and a new visitor gets in", async () => {
    const { max } = ACCESS["sandbox.createAccount"].rate;
    const attacker = new Browser();
    const results = [];
    for (let i = 0; i <= max + 5; i++) {
      const forged = `198.51.${i % 250}.${(i * 7) % 250}`;
      results.push(await attacker.call(() => createAccount(accountForm()), { [PEER_HEADER]: "203.0.113.5", "x-forwarded-for": forged }));
    }
    expect(results.filter((r) => r.ok)).toHaveLength(max);
    expect(results.at(-1)).toMatchObject({ ok: false, code: "RATE_LIMITED" });
    const visitor = new Browser();
    expect(await visitor.call(() => createAccount(accountForm()), { [PEER_HEADER]: "203.0.113.77" })).toMatchObject({ ok: true });
  });

  it("cannot escape its limit with fresh IPv6 addresses from its /64", async () => {
    const { max } = ACCESS["sandbox.createAccount"].rate;
    const attacker = new Browser();
    const results = [];
    for (let i = 0; i <= max; i++) results.push(await attacker.call(() => createAccount(accountForm()), { [PEER_HEADER]: `2001:db8:77:1:${i.toString(16)}::9` }));
    expect(results.filter((r) => r.ok)).toHaveLength(max);
    expect(results.at(-1)).toMatchObject({ ok: false, code: "RATE_LIMITED" });
  });
});
