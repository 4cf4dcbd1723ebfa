import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { deriveModes, EnvError, parseEnv } from "./env";

const key = (seed: string) => createHash("sha256").update(seed).digest("base64");

const valid = {
  NODE_ENV: "production",
  NEXTAUTH_URL: "https://perch.example",
  NEXTAUTH_SECRET: "q7Vd0kP2xL9mN4rT8wY1zB6cF3hJ5sA-",
  PERCH_MASTER_KEYS: `k2:${key("k2")},k1:${key("k1")}`,
} as const;

const twitter = { TWITTER_CLIENT_ID: "client-id", TWITTER_CLIENT_SECRET: "client-secret" } as const;

describe("parseEnv", () => {
  it("accepts a complete production environment and fills defaults", () => {
    const env = parseEnv({ ...valid });
    expect(env.DATABASE_URL).toBe("file:./data/perch.db");
    expect(env.TWITTER_API_URL).toBe("https://api.x.com");
    expect(env.TWITTER_AUTHORIZE_URL).toBe("https://x.com/i/oauth2/authorize");
    expect(env.NEXTAUTH_URL).toBe("https://perch.example");
  });

  it("refuses to start without the secrets, naming each missing variable", () => {
    const attempt = () => parseEnv({ NODE_ENV: "production", NEXTAUTH_URL: "https://perch.example" });
    expect(attempt).toThrow(EnvError);
    expect(attempt).toThrow(/NEXTAUTH_SECRET/);
    expect(attempt).toThrow(/PERCH_MASTER_KEYS/);
  });

  it("needs NEXTAUTH_URL in production only; elsewhere each request's address is followed", () => {
    expect(() => parseEnv({ ...valid, NEXTAUTH_URL: undefined })).toThrow(/NEXTAUTH_URL/);
    expect(parseEnv({ ...valid, NODE_ENV: "development", NEXTAUTH_URL: undefined }).NEXTAUTH_URL).toBeUndefined();
  });

  it.each([
    ["NEXTAUTH_SECRET", "short"],
    ["NEXTAUTH_SECRET", "s".repeat(40)],
    ["NEXTAUTH_SECRET", "abababababababababababababababababab"],
    // Issue 15 (info): repeated patterns and sequences with enough distinct characters.
    ["NEXTAUTH_SECRET", "abcdefghabcdefghabcdefghabcdefgh"],
    ["NEXTAUTH_SECRET", "0123456789abcdefghijklmnopqrstuvwxyz"],
    ["NEXTAUTH_SECRET", "changeme-changeme-changeme-changeme"],
    ["NEXTAUTH_SECRET", "Secret-2026!Secret-2026!Secret-2026!"],
    ["PERCH_MASTER_KEYS", `k1:${Buffer.from("0123456789abcdef0123456789abcdef").toString("base64")}`],
    ["PERCH_MASTER_KEYS", `k1:${Buffer.from("0123456789abcdefghijklmnopqrstuv").toString("base64")}`],
    ["PERCH_MASTER_KEYS", `k1:${Buffer.from(Array.from({ length: 32 }, (_, i) => (i * 8) % 256)).toString("base64")}`],
    ["PERCH_MASTER_KEYS", "k1:not-base64"],
    ["PERCH_MASTER_KEYS", `k1:${Buffer.alloc(16).toString("base64")}`],
    ["PERCH_MASTER_KEYS", `k1:${Buffer.alloc(32, 7).toString("base64")}`],
    ["PERCH_MASTER_KEYS", `k1:${key("a")},k1:${key("b")}`],
    ["DATABASE_URL", "mysql://localhost/perch"],
    ["NEXTAUTH_URL", "not a url"],
    ["NEXTAUTH_URL", "ftp://perch.example"],
    ["PERCH_SANDBOX", "yes"],
  ])("names %s when it is invalid (%j), without echoing its value", (name, value) => {
    try {
      parseEnv({ ...valid, [name]: value });
      expect.unreachable("should have thrown");
    } catch (error) {
      expect(error).toBeInstanceOf(EnvError);
      expect((error as Error).message).toContain(name);
      expect((error as Error).message).not.toContain(value);
    }
  });

  it("needs the Twitter client id and secret together", () => {
    expect(() => parseEnv({ ...valid, TWITTER_CLIENT_ID: "only-the-id" })).toThrow(/TWITTER_CLIENT_SECRET/);
  });

  it("trusts no proxy by default, and reads PERCH_TRUSTED_PROXIES as addresses and CIDR networks", () => {
    expect(parseEnv({ ...valid }).PERCH_TRUSTED_PROXIES).toEqual([]);
    expect(parseEnv({ ...valid, PERCH_TRUSTED_PROXIES: "127.0.0.1, ::1 10.0.0.0/8,fd00::/8" }).PERCH_TRUSTED_PROXIES).toEqual(["127.0.0.1", "::1", "10.0.0.0/8", "fd00::/8"]);
    for (const bad of ["localhost", "10.0.0.0/33", "::1/129", "1.2.3.4/8/9", "*"]) expect(() => parseEnv({ ...valid, PERCH_TRUSTED_PROXIES: bad }), bad).toThrow(/PERCH_TRUSTED_PROXIES/);
  });

  it("reads PERCH_SANDBOX as a boolean", () => {
    expect(parseEnv({ ...valid, NODE_ENV: "development", PERCH_SANDBOX: "1" }).PERCH_SANDBOX).toBe(true);
    expect(parseEnv({ ...valid, PERCH_SANDBOX: "0" }).PERCH_SANDBOX).toBe(false);
    expect(parseEnv({ ...valid }).PERCH_SANDBOX).toBeUndefined();
  });
});

describe("deriveModes", () => {
  const modes = (extra: Record<string, string>) => deriveModes(parseEnv({ ...valid, ...extra }));

  it("outside production: the sandbox unless Twitter is configured, and PERCH_SANDBOX=1 signs in through it anyway", () => {
    expect(modes({ NODE_ENV: "development" })).toEqual({ isSandbox: true, signIn: "sandbox" });
    expect(modes({ NODE_ENV: "development", ...twitter })).toEqual({ isSandbox: false, signIn: "twitter" });
    expect(modes({ NODE_ENV: "development", ...twitter, PERCH_SANDBOX: "1" })).toEqual({ isSandbox: true, signIn: "sandbox" });
    expect(modes({ NODE_ENV: "development", PERCH_SANDBOX: "0" })).toEqual({ isSandbox: false, signIn: null });
  });

  it("in production the sandbox needs a second explicit opt-in", () => {
    expect(modes({})).toEqual({ isSandbox: false, signIn: null });
    expect(() => modes({ PERCH_SANDBOX: "1" })).toThrow(/PERCH_SANDBOX_IN_PRODUCTION/);
    expect(modes({ PERCH_SANDBOX: "1", PERCH_SANDBOX_IN_PRODUCTION: "1" })).toEqual({ isSandbox: true, signIn: "sandbox" });
  });

  it("in production the sandbox never replaces configured Twitter credentials", () => {
    expect(modes({ ...twitter })).toEqual({ isSandbox: false, signIn: "twitter" });
    expect(modes({ ...twitter, PERCH_SANDBOX: "1", PERCH_SANDBOX_IN_PRODUCTION: "1" })).toEqual({ isSandbox: true, signIn: "twitter" });
  });
});
