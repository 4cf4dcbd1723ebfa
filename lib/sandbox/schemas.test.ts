import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { sandboxAppInput, sandboxUserInput } from "./schemas";
import { parseScopes } from "./scopes";

describe("sandboxUserInput", () => {
  it("accepts Twitter-shaped usernames, with or without @", () => {
    expect(sandboxUserInput.parse({ name: " Ada ", username: "@ada_1" })).toEqual({ name: "Ada", username: "ada_1" });
    expect(sandboxUserInput.safeParse({ name: "A", username: "a".repeat(15) }).success).toBe(true);
  });

  it("refuses bad usernames and names with a message per field", () => {
    for (const username of ["", "@", "a".repeat(16), "has space", "dash-ed", "émile"]) {
      const result = sandboxUserInput.safeParse({ name: "Ada", username });
      expect(result.success).toBe(false);
      expect(result.error?.issues[0]?.path).toEqual(["username"]);
    }
    expect(sandboxUserInput.safeParse({ name: "   ", username: "ada" }).success).toBe(false);
    expect(sandboxUserInput.safeParse({ name: "x".repeat(51), username: "ada" }).success).toBe(false);
  });

  // Issue 15 (info): text-direction tricks in names, and passwords that are only a pattern.
  it("refuses a name with a bidi control or invisible character, saying why", () => {
    for (const name of ["\u202Emoc.elgoog", "Ada\u200B", "Ada\u2066x\u2069", "Ada\u200F"]) {
      const result = sandboxUserInput.safeParse({ name, username: "ada" });
      expect(result.success).toBe(false);
      expect(result.error?.issues[0]).toMatchObject({ path: ["name"], message: expect.stringContaining("text-direction") as unknown });
    }
    expect(sandboxUserInput.parse({ name: "Ｇｒａｃｅ", username: "ada" }).name).toBe("Grace");
  });

  it("refuses a practice password that is a repeated pattern or a sequence", () => {
    for (const password of ["aaaaaaaaaa", "abababababab", "1234567890", "hunter2hunter2", "qwertyqwerty"]) {
      const result = sandboxUserInput.safeParse({ name: "Ada", username: "ada", password });
      expect(result.success, password).toBe(false);
      expect(result.error?.issues[0]?.message).toContain("too easy to guess");
    }
    expect(sandboxUserInput.safeParse({ name: "Ada", username: "ada", password: "a long practice password" }).success).toBe(true);
  });

  it("only ever yields [A-Za-z0-9_]{1,15} (property)", () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (name, username) => {
        const result = sandboxUserInput.safeParse({ name, username });
        if (result.success) expect(result.data.username).toMatch(/^[A-Za-z0-9_]{1,15}$/);
      }),
    );
  });
});

describe("sandboxAppInput", () => {
  it("splits callback URLs per line, trims and de-duplicates", () => {
    const parsed = sandboxAppInput.parse({ name: "App", callbackUrls: " http://localhost:8080/cb \n\nhttps://a.example/cb\r\nhttps://a.example/cb" });
    expect(parsed.callbackUrls).toEqual(["http://localhost:8080/cb", "https://a.example/cb"]);
  });

  it("refuses non-http(s) schemes, fragments, credentials, and more than 10 URLs", () => {
    for (const callbackUrls of ["", "javascript:alert(1)", "data:text/html,hi", "https://a.example/cb#x", "https://u:p@a.example/cb", "not a url", Array.from({ length: 11 }, (_, i) => `https://a.example/${i}`).join("\n")]) {
      expect(sandboxAppInput.safeParse({ name: "App", callbackUrls }).success).toBe(false);
    }
  });
});

describe("parseScopes", () => {
  it("keeps known scopes in order, once, and names the first unknown one", () => {
    expect(parseScopes("users.read  tweet.read users.read")).toEqual({ ok: true, scopes: ["users.read", "tweet.read"] });
    expect(parseScopes("users.read toString")).toEqual({ ok: false, unknown: "toString" });
    expect(parseScopes("")).toEqual({ ok: false, unknown: null });
  });
});
