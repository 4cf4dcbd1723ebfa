import fc from "fast-check";
import OAuth1Helper from "twitter-api-v2/dist/cjs/client-mixins/oauth1.helper";
import { describe, expect, it } from "vitest";
import {
  baseStringUri,
  collectSignedParameters,
  hmacSha1Signature,
  normalizeParameters,
  parseAuthorizationHeader,
  percentEncode,
  readOAuth1Claims,
  signatureBaseString,
  signOAuth1Request,
  verifyOAuth1Signature,
  type OAuthParam,
} from "./oauth1";

describe("percentEncode (RFC 3986)", () => {
  it("leaves only unreserved characters alone and uses upper-case hex", () => {
    expect(percentEncode("Ladies + Gentlemen")).toBe("Ladies%20%2B%20Gentlemen");
    expect(percentEncode("An encoded string!")).toBe("An%20encoded%20string%21");
    expect(percentEncode("Dogs, Cats & Mice")).toBe("Dogs%2C%20Cats%20%26%20Mice");
    expect(percentEncode("☃")).toBe("%E2%98%83");
    expect(percentEncode("*'()~-._")).toBe("%2A%27%28%29~-._");
  });

  it("encodes every character outside the unreserved set, and round-trips", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme" }), (s) => {
        const encoded = percentEncode(s);
        expect(encoded).toMatch(/^(?:[A-Za-z0-9\-._~]|%[0-9A-F]{2})*$/);
        expect(decodeURIComponent(encoded)).toBe(s);
      }),
    );
  });
});

describe("signature base string", () => {
  it("matches RFC 5849's worked example (section 3.4.1.1)", () => {
    const url = "http://example.com/request?b5=%3D%253D&a3=a&c%40=&a2=r%20b";
    const oauth = new Map([
      ["realm", "Example"],
      ["oauth_consumer_key", "9djdj82h48djs9d2"],
      ["oauth_token", "kkk9d7dh3k39sjv7"],
      ["oauth_signature_method", "HMAC-SHA1"],
      ["oauth_timestamp", "137131201"],
      ["oauth_nonce", "7d8f3e4a"],
      ["oauth_signature", "bYT5CMsGcbgUdFHObYMEfcx6bsw%3D"],
    ]);
    const body: OAuthParam[] = [
      ["c2", ""],
      ["a3", "2 q"],
    ];
    const base = signatureBaseString({ method: "POST", url, params: collectSignedParameters({ method: "POST", url, bodyParams: body }, oauth) });
    expect(base).toBe(
      "POST&http%3A%2F%2Fexample.com%2Frequest&a2%3Dr%2520b%26a3%3D2%2520q%26a3%3Da%26b5%3D%253D%25253D%26c%2540%3D%26c2%3D%26oauth_consumer_key%3D9djdj82h48djs9d2%26oauth_nonce%3D7d8f3e4a%26oauth_signature_method%3DHMAC-SHA1%26oauth_timestamp%3D137131201%26oauth_token%3Dkkk9d7dh3k39sjv7",
    );
  });

  it("normalises the base string URI (case, default port, no query)", () => {
    expect(baseStringUri("HTTP://EXAMPLE.COM:80/r%20v/X?id=123")).toBe("http://example.com/r%20v/X");
    expect(baseStringUri("https://www.example.net:8080/?q=1")).toBe("https://www.example.net:8080/");
    expect(baseStringUri("https://api.x.com:443/2/users/me")).toBe("https://api.x.com/2/users/me");
  });

  it("sorts by encoded name, then encoded value", () => {
    expect(
      normalizeParameters([
        ["b", "2"],
        ["a", "z"],
        ["a", "1"],
        ["a b", "x"],
      ]),
    ).toBe("a=1&a=z&a%20b=x&b=2");
  });
});

describe("HMAC-SHA1 signature", () => {
  it("matches Twitter's documented example signature", () => {
    const url = "https://api.twitter.com/1.1/statuses/update.json?include_entities=true";
    const oauth = new Map([
      ["oauth_consumer_key", "xvz1evFS4wEEPTGEFPHBog"],
      ["oauth_nonce", "kYjzVBB8Y0ZFabxSWbWovY3uYSQ2pTgmZeNu2VS4cg"],
      ["oauth_signature_method", "HMAC-SHA1"],
      ["oauth_timestamp", "1318622958"],
      ["oauth_token", "370773112-GmHxMAgYyLbNEtIKZeRNFsMKPR9EyMZeS9weJAEb"],
      ["oauth_version", "1.0"],
    ]);
    const body: OAuthParam[] = [["status", "Hello Ladies + Gentlemen, a signed OAuth request!"]];
    const base = signatureBaseString({ method: "POST", url, params: collectSignedParameters({ method: "POST", url, bodyParams: body }, oauth) });
    expect(hmacSha1Signature(base, "kAcSOqF21Fu85e7zjz7ZN2U4ZRhfV3WpwPAoE3Z7kBw", "LswwdoUaIvS8ltyTt5jkRh4J50vUPVVHtR2YPi5kE")).toBe("hCtSmYh+iHYCEqBWrE7C7hYmtUk=");
  });
});

describe("parseAuthorizationHeader", () => {
  it("reads quoted, percent-encoded parameters", () => {
    const params = parseAuthorizationHeader('OAuth realm="Example", oauth_consumer_key="abc", oauth_signature="a%2Bb%3D"');
    expect(params?.get("oauth_signature")).toBe("a+b=");
    expect(params?.get("realm")).toBe("Example");
  });

  it("refuses other schemes, malformed pairs and repeated names", () => {
    expect(parseAuthorizationHeader("Bearer abc")).toBeNull();
    expect(parseAuthorizationHeader("OAuth oauth_nonce=unquoted")).toBeNull();
    expect(parseAuthorizationHeader('OAuth oauth_nonce="a", oauth_nonce="b"')).toBeNull();
    expect(parseAuthorizationHeader('OAuth oauth_nonce="%E0%A4%A"')).toBeNull();
    expect(parseAuthorizationHeader(null)).toBeNull();
  });

  it("never throws on arbitrary input", () => {
    fc.assert(fc.property(fc.string(), (s) => void parseAuthorizationHeader(`OAuth ${s}`)));
  });
});

describe("readOAuth1Claims", () => {
  const now = 1_800_000_000;
  const header = (overrides: Record<string, string> = {}) =>
    signOAuth1Request({ method: "GET", url: "https://example.com/x", consumerKey: "ck", consumerSecret: "cs", token: "t", tokenSecret: "ts", nonce: "n1", timestamp: now, ...overrides });

  it("accepts a timestamp inside ±300 s and refuses one outside", () => {
    expect(readOAuth1Claims(header(), now).ok).toBe(true);
    expect(readOAuth1Claims(header(), now + 300).ok).toBe(true);
    expect(readOAuth1Claims(header(), now - 300).ok).toBe(true);
    expect(readOAuth1Claims(header(), now + 301)).toEqual({ ok: false, problem: "stale_timestamp" });
    expect(readOAuth1Claims(header(), now - 301)).toEqual({ ok: false, problem: "stale_timestamp" });
  });

  it("requires a user token, a nonce and HMAC-SHA1", () => {
    expect(readOAuth1Claims(signOAuth1Request({ method: "GET", url: "https://example.com/x", consumerKey: "ck", consumerSecret: "cs", nonce: "n", timestamp: now }), now)).toEqual({ ok: false, problem: "malformed" });
    expect(readOAuth1Claims(header().replace("HMAC-SHA1", "PLAINTEXT"), now)).toEqual({ ok: false, problem: "unsupported_method" });
    expect(readOAuth1Claims(header().replace(/oauth_nonce="[^"]*"/, 'oauth_nonce=""'), now)).toEqual({ ok: false, problem: "malformed" });
    expect(readOAuth1Claims(undefined, now)).toEqual({ ok: false, problem: "missing" });
  });
});

// ---- Property tests against an independent reference signer (twitter-api-v2's) ----

const token = fc.string({ minLength: 1, maxLength: 24, unit: fc.constantFrom(..."abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_") });
// Names unique across query and body: the reference merges both into one object.
const paramName = fc.string({ minLength: 1, maxLength: 10, unit: fc.constantFrom(..."abcdefghij_.~-") }).filter((n) => !n.startsWith("oauth_"));
const paramValue = fc.string({ maxLength: 20, unit: "grapheme" });
const request = fc.record({
  method: fc.constantFrom("GET", "POST", "DELETE", "PUT"),
  host: fc.constantFrom("api.x.com", "127.0.0.1:4321", "localhost:3000"),
  path: fc.array(fc.string({ minLength: 1, maxLength: 8, unit: fc.constantFrom(..."abcdefghijklmnopqrstuvwxyz0123456789") }), { minLength: 1, maxLength: 4 }),
  params: fc.uniqueArray(fc.tuple(paramName, paramValue, fc.boolean()), { maxLength: 5, selector: ([name]) => name }),
  consumerKey: token,
  consumerSecret: token,
  accessToken: token,
  accessSecret: token,
});
type Req = typeof request extends fc.Arbitrary<infer T> ? T : never;

/** Signs with twitter-api-v2's OAuth1Helper; returns what goes on the wire. */
function referenceSign(r: Req) {
  const protocol = r.host.startsWith("api.") ? "https" : "http";
  const query = r.params.filter(([, , inQuery]) => inQuery);
  const body = r.params.filter(([, , inQuery]) => !inQuery);
  const search = query.map(([n, v]) => `${percentEncode(n)}=${percentEncode(v)}`).join("&");
  const url = `${protocol}://${r.host}/${r.path.join("/")}${search ? `?${search}` : ""}`;
  const helper = new OAuth1Helper({ consumerKeys: { key: r.consumerKey, secret: r.consumerSecret } });
  const auth = helper.authorize({ url, method: r.method, data: Object.fromEntries(body.map(([n, v]) => [n, v])) }, { key: r.accessToken, secret: r.accessSecret });
  const bodyParams: OAuthParam[] = body.map(([n, v]) => [n, v]);
  return { url, bodyParams, header: helper.toHeader(auth).Authorization };
}

function verify(r: { method: string; url: string; bodyParams: OAuthParam[]; header: string; consumerSecret: string; tokenSecret: string }): boolean {
  const claims = parseAuthorizationHeader(r.header);
  if (!claims) return false;
  return verifyOAuth1Signature({ method: r.method, urls: [r.url], bodyParams: r.bodyParams, claims: { signature: claims.get("oauth_signature") ?? "", params: claims }, consumerSecret: r.consumerSecret, tokenSecret: r.tokenSecret });
}

describe("verifyOAuth1Signature (property)", () => {
  it("accepts every request the reference signer signs", () => {
    fc.assert(
      fc.property(request, (r) => {
        const signed = referenceSign(r);
        expect(verify({ method: r.method, ...signed, consumerSecret: r.consumerSecret, tokenSecret: r.accessSecret })).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it("accepts requests our own signer signs, and the reference agrees on the signature", () => {
    fc.assert(
      fc.property(request, fc.integer({ min: 1_000_000_000, max: 2_000_000_000 }), token, (r, timestamp, nonce) => {
        const { url, bodyParams } = referenceSign(r);
        const header = signOAuth1Request({ method: r.method, url, bodyParams, consumerKey: r.consumerKey, consumerSecret: r.consumerSecret, token: r.accessToken, tokenSecret: r.accessSecret, nonce, timestamp });
        expect(verify({ method: r.method, url, bodyParams, header, consumerSecret: r.consumerSecret, tokenSecret: r.accessSecret })).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  it("rejects the request after any change to method, URL, a parameter, or either secret", () => {
    const mutation = fc.constantFrom("method", "host", "path", "scheme", "param-value", "param-added", "param-dropped", "consumer-secret", "token-secret", "header-param");
    fc.assert(
      fc.property(request, mutation, (r, kind) => {
        const signed = referenceSign(r);
        const tampered = { method: r.method, ...signed, consumerSecret: r.consumerSecret, tokenSecret: r.accessSecret };
        const url = new URL(signed.url);
        switch (kind) {
          case "method":
            tampered.method = r.method === "GET" ? "POST" : "GET";
            break;
          case "host":
            url.hostname = url.hostname === "evil.example" ? "other.example" : "evil.example";
            tampered.url = url.toString();
            break;
          case "path":
            url.pathname = `${url.pathname}x`;
            tampered.url = url.toString();
            break;
          case "scheme":
            tampered.url = signed.url.startsWith("https:") ? signed.url.replace("https:", "http:") : signed.url.replace("http:", "https:");
            break;
          case "param-value": {
            const first = signed.bodyParams[0];
            if (first) tampered.bodyParams = [[first[0], `${first[1]}x`], ...signed.bodyParams.slice(1)];
            else {
              url.searchParams.append("extra", "1");
              tampered.url = url.toString();
            }
            break;
          }
          case "param-added":
            tampered.bodyParams = [...signed.bodyParams, ["added", "1"]];
            break;
          case "param-dropped":
            if (signed.bodyParams.length > 0) tampered.bodyParams = signed.bodyParams.slice(1);
            else tampered.bodyParams = [["x", ""]];
            break;
          case "consumer-secret":
            tampered.consumerSecret = `${r.consumerSecret}x`;
            break;
          case "token-secret":
            tampered.tokenSecret = `${r.accessSecret}x`;
            break;
          case "header-param":
            tampered.header = signed.header.replace(/oauth_timestamp="(\d+)"/, (_, t: string) => `oauth_timestamp="${Number(t) + 1}"`);
            break;
        }
        expect(verify(tampered)).toBe(false);
      }),
      { numRuns: 500 },
    );
  });
});
