import http from "node:http";
import type { AddressInfo } from "node:net";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { normalizeAddress, proxyList, rateCaller, resolveClientAddress } from "./client";
import { installPeerAddressHeader, PEER_HEADER } from "./peer-address";

const none = proxyList([]);
const loopback = proxyList(["127.0.0.1", "::1"]);

describe("resolveClientAddress", () => {
  it("believes no X-Forwarded-For when no proxy is trusted (the default)", () => {
    expect(resolveClientAddress({ peer: "203.0.113.7", forwardedFor: "198.51.100.1", trusted: none })).toBe("203.0.113.7");
    expect(resolveClientAddress({ peer: "127.0.0.1", forwardedFor: "198.51.100.1", trusted: none })).toBe("127.0.0.1");
  });

  it("behind a trusted proxy takes the entry that proxy appended, not what the client wrote before it", () => {
    // nginx appends the address it saw: "<whatever the client sent>, <client>".
    expect(resolveClientAddress({ peer: "::ffff:127.0.0.1", forwardedFor: "1.1.1.1, 2.2.2.2, 198.51.100.9", trusted: loopback })).toBe("198.51.100.9");
  });

  it("skips every trusted hop, and ignores the header from an untrusted peer", () => {
    const chain = proxyList(["10.0.0.0/8", "127.0.0.1"]);
    expect(resolveClientAddress({ peer: "127.0.0.1", forwardedFor: "198.51.100.9, 10.1.2.3", trusted: chain })).toBe("198.51.100.9");
    expect(resolveClientAddress({ peer: "192.0.2.50", forwardedFor: "10.1.2.3", trusted: chain })).toBe("192.0.2.50");
  });

  it("never returns an address the spoofer chose, whatever header they send (property)", () => {
    fc.assert(
      fc.property(fc.array(fc.ipV4(), { maxLength: 6 }), fc.ipV4(), (spoofed, client) => {
        // Direct to Perch: the peer wins. Through nginx: nginx's own entry wins.
        expect(resolveClientAddress({ peer: client, forwardedFor: spoofed.join(", "), trusted: none })).toBe(client);
        expect(resolveClientAddress({ peer: "127.0.0.1", forwardedFor: [...spoofed, client].join(", "), trusted: loopback })).toBe(client);
      }),
    );
  });
});

describe("rateCaller", () => {
  it("counts IPv6 callers by /64 and leaves IPv4 and user ids alone", () => {
    expect(rateCaller("2001:db8:1:2:aaaa::1")).toBe("2001:db8:1:2::/64");
    expect(rateCaller("2001:db8:1:2:ffff:ffff:ffff:ffff")).toBe("2001:db8:1:2::/64");
    expect(rateCaller("2001:db8::1")).toBe("2001:db8:0:0::/64");
    expect(rateCaller("::1")).toBe("0:0:0:0::/64");
    expect(rateCaller("203.0.113.7")).toBe("203.0.113.7");
    expect(rateCaller("cm3abcdef0000user")).toBe("cm3abcdef0000user");
    expect(normalizeAddress("::FFFF:192.0.2.1")).toBe("192.0.2.1");
  });

  it("gives every address of one /64 the same key (property)", () => {
    const group = fc.integer({ min: 0, max: 0xffff }).map((n) => n.toString(16));
    fc.assert(
      fc.property(fc.array(group, { minLength: 4, maxLength: 4 }), fc.array(group, { minLength: 4, maxLength: 4 }), fc.array(group, { minLength: 4, maxLength: 4 }), (prefix, a, b) => {
        expect(rateCaller([...prefix, ...a].join(":"))).toBe(rateCaller([...prefix, ...b].join(":")));
      }),
    );
  });
});

describe("the peer-address header", () => {
  it("carries the socket's address and overwrites one the client sent", async () => {
    const uninstall = installPeerAddressHeader();
    const server = http.createServer((req, res) => res.end(String(req.headers[PEER_HEADER])));
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    try {
      const { port } = server.address() as AddressInfo;
      const res = await fetch(`http://127.0.0.1:${port}/`, { headers: { [PEER_HEADER]: "203.0.113.66", "x-forwarded-for": "203.0.113.66" } });
      expect(await res.text()).toBe("127.0.0.1");
    } finally {
      server.close();
      uninstall();
    }
  });
});
