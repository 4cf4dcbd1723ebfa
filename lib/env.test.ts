import { describe, expect, it } from "vitest";
import { EnvError, parseEnv } from "./env";

const valid = {
  NODE_ENV: "production",
  NEXTAUTH_URL: "https://perch.example",
  NEXTAUTH_SECRET: "x".repeat(40),
  PERCH_MASTER_KEYS: `k2:${Buffer.alloc(32, 1).toString("base64")},k1:${Buffer.alloc(32, 2).toString("base64")}`,
} as const;

describe("parseEnv", () => {
  it("accepts a complete production environment and fills defaults", () => {
    const env = parseEnv({ ...valid });
    expect(env.DATABASE_URL).toBe("file:./data/perch.db");
    expect(env.TWITTER_API_URL).toBe("https://api.x.com");
    expect(env.TWITTER_AUTHORIZE_URL).toBe("https://x.com/i/oauth2/authorize");
  });

  it("refuses to start without the secrets, naming each missing variable", () => {
    const attempt = () => parseEnv({ NODE_ENV: "production", NEXTAUTH_URL: "https://perch.example" });
    expect(attempt).toThrow(EnvError);
    expect(attempt).toThrow(/NEXTAUTH_SECRET/);
    expect(attempt).toThrow(/PERCH_MASTER_KEYS/);
  });

  it.each([
    ["NEXTAUTH_SECRET", "short"],
    ["PERCH_MASTER_KEYS", "k1:not-base64"],
    ["PERCH_MASTER_KEYS", `k1:${Buffer.alloc(16).toString("base64")}`],
    ["DATABASE_URL", "mysql://localhost/perch"],
    ["NEXTAUTH_URL", "not a url"],
    ["PERCH_SANDBOX", "yes"],
  ])("names %s when it is invalid, without echoing its value", (name, value) => {
    try {
      parseEnv({ ...valid, [name]: value });
      expect.unreachable("should have thrown");
    } catch (error) {
      expect(error).toBeInstanceOf(EnvError);
      expect((error as Error).message).toContain(name);
      expect((error as Error).message).not.toContain(value);
    }
  });

  it("reads PERCH_SANDBOX as a boolean", () => {
    expect(parseEnv({ ...valid, PERCH_SANDBOX: "1" }).PERCH_SANDBOX).toBe(true);
    expect(parseEnv({ ...valid, PERCH_SANDBOX: "0" }).PERCH_SANDBOX).toBe(false);
    expect(parseEnv({ ...valid }).PERCH_SANDBOX).toBeUndefined();
  });
});
