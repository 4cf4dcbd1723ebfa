import fc from "fast-check";
import { afterAll, describe, expect, it } from "vitest";
import { parseAnswers } from "@/lib/drafts/answers";
import { parseStoredDraft } from "@/lib/drafts/draft-state";
import { isAppError } from "@/lib/guard/errors";
import { rateLimiter } from "@/lib/guard/rate-limit";
import type { ActionResult } from "@/lib/guard/result";
import { readJsonWithLimit, readTextWithLimit } from "@/lib/http/read-body";
import { checkAuthorizeRequest, rawParamsFrom } from "@/lib/sandbox/authorize";
import { parseAuthorizationHeader, parseFormEncoded } from "@/lib/sandbox/oauth1";
import { parseBasicAuth } from "@/lib/sandbox/oauth2-server";
import { parseCredentialPaste } from "@/lib/vault/env-import";
import { findGuarded } from "./guarded";
import { FUZZ_SEED, runs } from "./stress";
import { vaultTeam } from "./vault-fixtures";

// fast-check fuzzing of every input schema (through every server action and route handler,
// so each one's zod schema sees the input exactly as a caller sends it) and of every parser
// (.env import, request bodies, the sandbox's OAuth parameters, draft answers). Inputs
// include prototype-pollution keys (__proto__, constructor, toString…) at every depth. The
// property: never a 500 / INTERNAL, never a thrown error other than the app's own, a
// clear message, and Object.prototype untouched. A hang fails on the test timeout.
//
// Fixed seed; modest run counts here, long ones under `npm run test:stress`.

const ACTION_RUNS = runs(15, 600);
const ROUTE_RUNS = runs(30, 1500);
const PARSER_RUNS = runs(200, 20_000);
const params = (numRuns: number) => ({ seed: FUZZ_SEED, numRuns, endOnFailure: true });

/** Every case run, counted for the report. */
const counted = { actions: 0, routes: 0, parsers: 0 };
afterAll(() => console.log(`fuzz cases: ${counted.actions} action calls, ${counted.routes} route requests, ${counted.parsers} parser inputs`));

const POLLUTION = ["__proto__", "constructor", "prototype", "toString", "valueOf", "hasOwnProperty", "__defineGetter__", "isPrototypeOf", "toJSON", "then"];
/** Names the app's schemas use, so fuzzed objects often reach past the first check. */
const KNOWN = [
  "teamId", "appId", "name", "fields", "set", "remove", "version", "value", "label", "environment", "apiTarget", "accessLevel", "twitterAppId", "notes", "rotateBy",
  "text", "answers", "core", "applicant", "problem", "token", "field", "purpose", "decision", "userId", "username", "password", "guide", "step", "isDone", "entries",
  "doneAt", "sessionId", "title", "content", "draftId", "role", "memberId", "inviteId", "confirmName", "staleAfterDays", "callbackUrls", "clientType", "which",
  "client_id", "redirect_uri", "response_type", "scope", "state", "code_challenge", "code_challenge_method", "grant_type", "code", "code_verifier", "refresh_token",
];
const key = fc.oneof(fc.constantFrom(...POLLUTION), fc.constantFrom(...KNOWN), fc.string({ maxLength: 12 }));
const scalar = fc.oneof(
  fc.string({ maxLength: 80 }),
  fc.string({ unit: "grapheme", maxLength: 40 }),
  fc.constantFrom("", " ", "0", "-1", "1e309", "NaN", "null", "true", "development", "viewer", "owner", "apiKey", "reveal", "authorize", "S256", "__proto__"),
  fc.integer(),
  fc.double({ noNaN: true }),
  fc.boolean(),
  fc.constant(null),
);

/** JSON text whose objects may have any key, __proto__ included (JSON.parse makes it an own property, as a real request would). */
const jsonText: fc.Arbitrary<string> = fc.letrec<{ value: string }>((tie) => ({
  value: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    scalar.map((v) => JSON.stringify(v)),
    fc.array(tie("value"), { maxLength: 5 }).map((items) => `[${items.join(",")}]`),
    fc.array(fc.tuple(key, tie("value")), { maxLength: 6 }).map((pairs) => `{${pairs.map(([k, v]) => `${JSON.stringify(k)}:${v}`).join(",")}}`),
  ),
})).value;
const jsonObjectText = fc.array(fc.tuple(key, jsonText), { maxLength: 8 }).map((pairs) => `{${pairs.map(([k, v]) => `${JSON.stringify(k)}:${v}`).join(",")}}`);

const prototypeKeys = () => Object.getOwnPropertyNames(Object.prototype).sort().join(",");
const PROTOTYPE_BEFORE = prototypeKeys();
function expectPrototypeUntouched(): void {
  expect(prototypeKeys()).toBe(PROTOTYPE_BEFORE);
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
}

function expectCleanFailure(text: string): void {
  // No stack trace, no internal error name in what the caller sees.
  expect(text).not.toMatch(/\n\s+at |TypeError|ReferenceError|PrismaClient|node_modules/);
}

const guarded = await findGuarded();
const actions = guarded.filter((g) => g.kind === "action");
const routes = guarded.filter((g) => g.kind === "route");

type AnyAction = (input: unknown) => Promise<ActionResult<unknown>>;
type AnyRoute = (request: Request, context: { params: Promise<Record<string, unknown>> }) => Promise<Response>;

describe("fuzzing every server action's input (signed in as a team's owner)", () => {
  for (const action of actions) {
    it(`${action.id}: any JSON input or form gets a result, never INTERNAL`, async () => {
      const team = await vaultTeam();
      const { browser } = team.people.owner;
      const call = async (input: unknown) => {
        rateLimiter.reset();
        counted.actions += 1;
        const result = await browser.call(() => (action.fn as AnyAction)(input));
        expect(typeof result.ok).toBe("boolean");
        if (!result.ok) {
          expect(result.code, JSON.stringify(result)).not.toBe("INTERNAL");
          expect(typeof result.message).toBe("string");
          expectCleanFailure(JSON.stringify(result));
        }
        expectPrototypeUntouched();
      };
      await fc.assert(
        fc.asyncProperty(jsonObjectText, fc.boolean(), async (text, withTeam) => {
          const input = JSON.parse(text) as Record<string, unknown>;
          // Half the time aimed at the real team, so team actions reach their schema and body.
          if (withTeam) Object.defineProperty(input, "teamId", { value: team.teamId, enumerable: true, writable: true, configurable: true });
          await call(input);
        }),
        params(ACTION_RUNS),
      );
      // A form (what a browser without JavaScript sends), with repeated and polluting names.
      await fc.assert(
        fc.asyncProperty(fc.array(fc.tuple(key, fc.string({ maxLength: 40 })), { maxLength: 10 }), async (entries) => {
          const form = new FormData();
          form.set("teamId", team.teamId);
          for (const [k, v] of entries) form.append(k, v);
          await call(form);
        }),
        params(ACTION_RUNS),
      );
      // Not an object at all.
      for (const input of [null, undefined, "text", 42, [], [{ teamId: team.teamId }], true]) await call(input);
    });
  }
});

describe("fuzzing every route handler's request", () => {
  for (const route of routes) {
    const [method] = route.expected!.split(" ");
    it(`${route.id}: any body or parameters get a 4xx or an answer, never a 500`, async () => {
      const team = await vaultTeam();
      const { browser } = team.people.owner;
      const path = route.expected!.split(" ")[1]!;
      const send = async (body: string | null, contentType: string, segment: string, extra: Record<string, string> = {}) => {
        rateLimiter.reset();
        counted.routes += 1;
        const url = `http://localhost:3000${path.replace("[teamId]", team.teamId).replace("[appId]", team.appId).replace(/\[\.\.\.?\w+\]|\[\w+\]/g, encodeURIComponent(segment) || "x")}`;
        const headers: Record<string, string> = { host: "localhost:3000", origin: "http://localhost:3000", "content-type": contentType, ...extra };
        const request = new Request(url, { method, headers, body: method === "GET" ? null : body });
        const context = { params: Promise.resolve({ teamId: team.teamId, appId: team.appId, slug: segment, file: segment, username: segment, nextauth: [segment] }) };
        const response = await browser.call(() => (route.fn as AnyRoute)(request, context));
        const text = await response.text();
        expect(response.status, `${response.status} ${text}`).toBeLessThan(500);
        expectCleanFailure(text);
        expectPrototypeUntouched();
      };
      // next-auth itself only runs inside a Next server (e2e); its route is fuzzed on Perch's part, the query.
      const body = method === "GET" || route.id!.includes("nextauth") ? fc.constant(null) : fc.oneof(jsonObjectText, jsonText, fc.string({ maxLength: 200 }));
      const contentType = fc.constantFrom("application/json", "application/x-www-form-urlencoded", "text/plain", "application/problem+json; charset=utf-8");
      const segment = fc.oneof(fc.string({ maxLength: 30 }), fc.constantFrom("__proto__", "constructor", "..", "%00", "x.svg", "toString"));
      const authorization = fc.oneof(fc.constant(""), fc.string({ maxLength: 60 }).map((s) => `Basic ${Buffer.from(s).toString("base64")}`), fc.string({ maxLength: 60 }).map((s) => `Bearer ${s}`), fc.string({ maxLength: 80 }).map((s) => `OAuth ${s}`));
      await fc.assert(
        fc.asyncProperty(body, contentType, segment, authorization, async (b, type, seg, auth) => {
          if (route.id!.includes("nextauth")) return; // below
          await send(b, type, seg, auth ? { authorization: auth } : {});
        }),
        params(ROUTE_RUNS),
      );
      if (route.id!.includes("nextauth")) {
        // Perch's own guard on next-auth's query: an unsafe callbackUrl is replaced, never followed.
        await fc.assert(
          fc.asyncProperty(fc.oneof(fc.string({ maxLength: 60 }), fc.webUrl()), async (callbackUrl) => {
            rateLimiter.reset();
            counted.routes += 1;
            const { NextRequest } = await import("next/server");
            const request = new NextRequest(`http://localhost:3000/api/auth/signin?callbackUrl=${encodeURIComponent(callbackUrl)}`, { method, headers: { host: "localhost:3000", origin: "http://localhost:3000" } });
            const response = await browser.call(() => (route.fn as AnyRoute)(request, { params: Promise.resolve({ nextauth: ["signin"] }) }));
            // Either next-auth runs (outside a Next server it cannot, and says so with a clean 500-free problem) or Perch redirects to a safe path.
            if (response.status === 302) expect(response.headers.get("location")).toMatch(/^\/api\/auth\/signin\?/);
            expectPrototypeUntouched();
          }),
          params(runs(20, 500)),
        );
      }
    });
  }
});

describe("fuzzing every parser", () => {
  /** A parser may answer or throw the app's own error (a clear message), nothing else. */
  const onlyAppErrors = (fn: () => unknown) => {
    counted.parsers += 1;
    try {
      fn();
    } catch (error) {
      expect(isAppError(error), String(error)).toBe(true);
    }
    expectPrototypeUntouched();
  };

  /** Lines like a pasted .env, a JSON key file or a portal copy, mixed with noise; some very long. */
  const envFragment = fc.oneof(
    fc.constantFrom("API_KEY", "export ", "set ", "=", ":", "\t", " ", "#", "\"", "'", "\\", "{", "}", ",", "\n", "\r\n", "Bearer Token", "AAAAAAAA", "1234567890-", "__proto__", "constructor"),
    fc.string({ maxLength: 20 }),
    fc.string({ unit: "grapheme", maxLength: 8 }),
  );
  const envText = fc.oneof(
    fc.array(envFragment, { maxLength: 60 }).map((parts) => parts.join("")),
    // One long line built from a repeated fragment: where a super-linear pattern shows.
    fc.tuple(fc.constantFrom("a", " ", "a ", "a:", "a\t", "ab.", "A=", "\"a", "# "), fc.integer({ min: 1000, max: runs(5_000, 100_000) }), fc.constantFrom("", "!", ":", "=x", " ")).map(([f, n, end]) => `${f.repeat(Math.ceil(n / f.length))}${end}`),
  );

  it(".env import (parseCredentialPaste): any text parses to lines, never throws", () => {
    fc.assert(
      fc.property(envText, (text) => {
        onlyAppErrors(() => {
          const parsed = parseCredentialPaste(text);
          expect(Array.isArray(parsed.lines)).toBe(true);
        });
      }),
      params(PARSER_RUNS),
    );
  });

  it(".env import: a 100,000-character line (the audit's worst case) is parsed or refused, without hanging", () => {
    for (const line of ["a".repeat(100_000), `A${" ".repeat(99_998)}!`, "a:".repeat(50_000), `${"ab ".repeat(33_333)}: x`]) onlyAppErrors(() => parseCredentialPaste(line));
  });

  it("request bodies (readJsonWithLimit, readTextWithLimit): any bytes give JSON, text or a clear 4xx error", async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.uint8Array({ maxLength: 300 }), jsonText.map((t) => new TextEncoder().encode(t))), fc.constantFrom("application/json", "text/plain", "application/vnd.x+json", ""), async (bytes, type) => {
        counted.parsers += 1;
        const make = () => new Request("http://localhost/", { method: "POST", headers: type ? { "content-type": type } : {}, body: bytes });
        for (const read of [() => readJsonWithLimit(make(), 256), () => readTextWithLimit(make(), 256)]) {
          try {
            await read();
          } catch (error) {
            expect(isAppError(error), String(error)).toBe(true);
            if (isAppError(error)) expect(error.status).toBeLessThan(500);
          }
        }
        expectPrototypeUntouched();
      }),
      params(PARSER_RUNS),
    );
  });

  it("the sandbox's OAuth parameters (authorize query, Basic and OAuth 1.0a headers, form bodies): never throw", async () => {
    const query = fc.array(fc.tuple(fc.oneof(fc.constantFrom("response_type", "client_id", "redirect_uri", "scope", "state", "code_challenge", "code_challenge_method"), key), fc.string({ maxLength: 60 })), { maxLength: 12 });
    await fc.assert(
      fc.asyncProperty(query, fc.string({ maxLength: 120 }), async (pairs, header) => {
        counted.parsers += 1;
        const search = new URLSearchParams(pairs);
        const check = await checkAuthorizeRequest(rawParamsFrom(search));
        expect(typeof check).toBe("object");
        onlyAppErrors(() => parseBasicAuth(`Basic ${Buffer.from(header).toString("base64")}`));
        onlyAppErrors(() => parseBasicAuth(header));
        onlyAppErrors(() => parseAuthorizationHeader(`OAuth ${header}`));
        onlyAppErrors(() => parseFormEncoded(search.toString() + header));
      }),
      params(runs(100, 5_000)),
    );
  });

  it("draft answers and stored drafts (parseAnswers, parseStoredDraft): anything reads as answers, never throws", () => {
    fc.assert(
      fc.property(jsonObjectText, (text) => {
        onlyAppErrors(() => {
          const value = JSON.parse(text) as unknown;
          expect(typeof parseAnswers(value)).toBe("object");
          expect(typeof parseAnswers({ core: value, applicant: value, sharing: value })).toBe("object");
          expect(typeof parseStoredDraft(text)).toBe("object");
          expect(typeof parseStoredDraft({ version: 1, answers: value, edits: value })).toBe("object");
        });
      }),
      params(PARSER_RUNS),
    );
  });
});
