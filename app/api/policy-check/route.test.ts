import { describe, expect, it } from "vitest";
import { POLICY_CHECK_MAX_BYTES } from "@/lib/drafts/policy-check";
import { POST } from "./route";

const url = "http://localhost/api/policy-check";
const noParams = { params: Promise.resolve({}) };
const post = (body: BodyInit | null, headers: Record<string, string> = { "content-type": "application/json" }) => POST(new Request(url, { method: "POST", body, headers }), noParams);
type Problem = { status: number; code: string; detail: string; errors?: Record<string, string[]> };
const json = async (res: Response) => (await res.json()) as Record<string, unknown>;

describe("POST /api/policy-check", () => {
  it("returns the findings for a description, with rule, severity, message and guide", async () => {
    const res = await post(JSON.stringify({ text: "## Data sharing\n\nWe sell the collected Tweets to marketing firms." }));
    expect(res.status).toBe(200);
    expect(res.headers.get("cache-control")).toBe("no-store");
    const { findings } = (await json(res)) as { findings: { rule: string; severity: string; message: string; guide: string }[] };
    const selling = findings.find((f) => f.rule === "risky-selling-data");
    expect(selling).toMatchObject({ severity: "error", guide: "/guides/access-levels-and-policy#sharing-tweet-ids-and-content" });
    expect(selling!.message.length).toBeGreaterThan(10);
  });

  it("uses the answers for consistency checks", async () => {
    const text = "## Posting and engagement\n\nThe app does not post, Retweet or like.";
    const without = (await json(await post(JSON.stringify({ text })))) as { findings: { rule: string }[] };
    const withAnswers = (await json(await post(JSON.stringify({ text, answers: { engagement: { engages: "yes", actions: ["like"] } } })))) as { findings: { rule: string }[] };
    expect(without.findings.map((f) => f.rule)).not.toContain("consistency-engagement");
    expect(withAnswers.findings.map((f) => f.rule)).toContain("consistency-engagement");
  });

  it("refuses a body over 100 KB with 413 and a clear JSON error", async () => {
    const res = await post(JSON.stringify({ text: "a".repeat(POLICY_CHECK_MAX_BYTES) }));
    expect(res.status).toBe(413);
    expect(res.headers.get("content-type")).toBe("application/problem+json");
    const body = (await json(res)) as Problem;
    expect(body.code).toBe("TOO_LARGE");
    expect(body.detail).toContain("100 KB");
  });

  it("refuses a streamed body that grows past the limit without a length", async () => {
    const chunk = new TextEncoder().encode("x".repeat(8192));
    let sent = 0;
    const body = new ReadableStream<Uint8Array>({ pull: (c) => (sent++ < 100 ? c.enqueue(chunk) : c.close()) }, { highWaterMark: 0 });
    const res = await POST(new Request(url, { method: "POST", body, headers: { "content-type": "application/json" }, duplex: "half" } as RequestInit), noParams);
    expect(res.status).toBe(413);
    expect(sent).toBeLessThan(20);
  });

  it("answers bad JSON, an empty body and a wrong shape with 400 and field errors", async () => {
    const bad = await post("{text: nope");
    expect(bad.status).toBe(400);
    expect(await json(bad)).toMatchObject({ code: "BAD_INPUT", detail: expect.stringContaining("not valid JSON") as string });
    const empty = (await json(await post(""))) as Problem;
    expect(empty.code).toBe("BAD_INPUT");
    expect(empty.detail).toContain("empty");

    const shape = await post(JSON.stringify({ txt: "typo", answers: { sharing: { idsPer30Days: "lots" } } }));
    expect(shape.status).toBe(400);
    const body = (await json(shape)) as Problem;
    expect(body.code).toBe("BAD_INPUT");
    expect(Object.keys(body.errors ?? {}).sort()).toEqual(["answers", "answers.sharing.idsPer30Days", "text", "txt"]);
    expect(JSON.stringify(body)).not.toMatch(/at .*\.ts|stack/i);
  });

  it("refuses a body that is not JSON by content type", async () => {
    const res = await post("text=hello", { "content-type": "application/x-www-form-urlencoded" });
    expect(res.status).toBe(415);
    expect(await json(res)).toMatchObject({ code: "UNSUPPORTED_MEDIA_TYPE" });
  });

  it("refuses a body that is not an object", async () => {
    for (const body of ["[]", "null", '"text"', "42"]) {
      const res = await post(body);
      expect(res.status, body).toBe(400);
      expect(await json(res)).toMatchObject({ code: "BAD_INPUT" });
    }
  });

  // Issue 15 (low): these keys once reached a plain object's prototype and answered 500.
  it.each([
    ['{"text":"x","__proto__":{"polluted":true}}', "__proto__"],
    ['{"text":"x","constructor":{"prototype":{"polluted":true}}}', "constructor"],
    ['{"text":"x","toString":"y"}', "toString"],
    ['{"text":"x","answers":{"toString":{}}}', "answers.toString"],
    ['{"text":"x","answers":{"core":{"__proto__":{"problem":"y"}}}}', "answers.core.__proto__"],
    ['{"text":"x","answers":{"constructor":{"hasOwnProperty":1}}}', "answers.constructor"],
    ['{"text":"x","valueOf":1,"hasOwnProperty":2}', "valueOf"],
  ])("answers %s with a clear 400 naming the key", async (body, key) => {
    const res = await post(body);
    expect(res.status).toBe(400);
    const problem = (await json(res)) as Problem;
    expect(problem.code).toBe("BAD_INPUT");
    expect(Object.keys(problem.errors ?? {})).toContain(key);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
