import { describe, expect, it } from "vitest";
import { isAppError } from "@/lib/guard/errors";
import { readBodyWithLimit, readJsonWithLimit, readTextWithLimit } from "./read-body";

/** A chunked body of `chunks` × `size` bytes that counts how much of it was pulled. */
function streamingRequest(chunks: number, size: number) {
  let pulled = 0;
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (pulled >= chunks) return controller.close();
      pulled += 1;
      controller.enqueue(new Uint8Array(size).fill(97));
    },
  });
  const request = new Request("http://x.test/", { method: "POST", body, duplex: "half" } as RequestInit & { duplex: "half" });
  return { request, pulled: () => pulled };
}

describe("readBodyWithLimit", () => {
  it("reads a body within the limit", async () => {
    expect(await readTextWithLimit(new Request("http://x.test/", { method: "POST", body: "héllo" }), 16)).toBe("héllo");
    expect((await readBodyWithLimit(new Request("http://x.test/", { method: "GET" }), 16)).byteLength).toBe(0);
  });

  it("refuses a declared Content-Length over the limit without reading", async () => {
    const request = new Request("http://x.test/", { method: "POST", body: "x".repeat(10), headers: { "content-length": "999999" } });
    const error = await readBodyWithLimit(request, 100).catch((e: unknown) => e);
    expect(isAppError(error) && error.code).toBe("TOO_LARGE");
    expect(request.bodyUsed).toBe(false);
  });

  it("stops reading a chunked body as soon as it passes the limit", async () => {
    // 300 chunks of 64 KiB (19 MB) against a 16 KiB limit: only the first chunk is read.
    const { request, pulled } = streamingRequest(300, 64 * 1024);
    const error = await readBodyWithLimit(request, 16 * 1024).catch((e: unknown) => e);
    expect(isAppError(error) && error.code).toBe("TOO_LARGE");
    expect((error as Error).message).toContain("16 KB");
    expect(pulled()).toBeLessThanOrEqual(2);
  });

  it("refuses text that is not UTF-8, JSON declared as something else, and empty or broken JSON", async () => {
    const code = (e: unknown) => (isAppError(e) ? e.code : String(e));
    expect(code(await readTextWithLimit(new Request("http://x.test/", { method: "POST", body: new Uint8Array([0xff, 0xfe, 0x41]) }), 10).catch((e: unknown) => e))).toBe("BAD_INPUT");
    const json = (body: string, type = "application/json") => readJsonWithLimit(new Request("http://x.test/", { method: "POST", body, headers: { "content-type": type } }), 100).catch((e: unknown) => e);
    expect(await json('{"a":1}')).toEqual({ a: 1 });
    expect(await json('{"a":1}', "application/merge-patch+json")).toEqual({ a: 1 });
    expect(code(await json("a=1", "application/x-www-form-urlencoded"))).toBe("UNSUPPORTED_MEDIA_TYPE");
    expect(code(await json(""))).toBe("BAD_INPUT");
    expect(code(await json("{nope"))).toBe("BAD_INPUT");
  });
});
