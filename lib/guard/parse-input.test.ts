import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { readJsonWithLimit } from "@/lib/http/read-body";
import { formDataToObject, parseInput } from "./core";
import { isAppError } from "./errors";

// Issue 15 (low): a key named like one of Object.prototype's own ("__proto__", "constructor",
// "toString") once turned bad input into a 500. It must be a 400 naming the key, everywhere
// input is parsed: JSON route bodies, action inputs and form fields.
const PROTO_KEYS = ["__proto__", "constructor", "toString", "valueOf", "hasOwnProperty", "prototype", "__defineGetter__"];
const strict = z.strictObject({ name: z.string() });
const loose = z.object({ name: z.string() });

function badInput(run: () => unknown): Record<string, string[] | undefined> {
  try {
    run();
  } catch (error) {
    if (isAppError(error) && error.code === "BAD_INPUT") return error.fieldErrors ?? {};
    throw error;
  }
  throw new Error("expected BAD_INPUT");
}
const json = (text: string) => readJsonWithLimit(new Request("http://x.test/", { method: "POST", body: text, headers: { "content-type": "application/json" } }), 10_000);

describe("parseInput with prototype-named keys", () => {
  it.each(PROTO_KEYS)("refuses an unknown %s key with a 400 on that key", async (key) => {
    const raw = await json(`{"name":"a",${JSON.stringify(key)}:{"polluted":true}}`);
    expect(badInput(() => parseInput(strict, raw))[key]).toEqual(["Unknown field."]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it.each(PROTO_KEYS.filter((k) => k !== "__proto__"))("reports a bad value under a %s key of a record", (key) => {
    const schema = z.object({ tags: z.record(z.string(), z.number()) });
    const errors = badInput(() => parseInput(schema, JSON.parse(`{"tags":{${JSON.stringify(key)}:"not a number"}}`)));
    expect(errors[`tags.${key}`]).toHaveLength(1);
  });

  it("drops a __proto__ key of a record (zod skips it), never making it the prototype", () => {
    const schema = z.object({ tags: z.record(z.string(), z.unknown()) });
    const { tags } = parseInput(schema, JSON.parse('{"tags":{"__proto__":{"polluted":true}}}'));
    expect(Object.getPrototypeOf(tags)).toBe(Object.prototype);
    expect((tags).polluted).toBeUndefined();
  });

  it.each(PROTO_KEYS)("accepts a loose object with a %s key by dropping it", async (key) => {
    const raw = await json(`{"name":"a",${JSON.stringify(key)}:1}`);
    expect(parseInput(loose, raw)).toEqual({ name: "a" });
  });

  it.each(PROTO_KEYS)("keeps a form field named %s as a field", (key) => {
    const form = new FormData();
    form.append("name", "a");
    form.append(key, "x");
    form.append(key, "y");
    const fields = formDataToObject(form);
    expect(Object.getPrototypeOf(fields)).toBe(Object.prototype);
    expect(Object.hasOwn(fields, key)).toBe(true);
    expect(fields[key]).toEqual(["x", "y"]);
    expect(badInput(() => parseInput(strict, form))[key]).toEqual(["Unknown field."]);
  });

  it("never throws anything but BAD_INPUT for any JSON object (property)", () => {
    const key = fc.oneof(fc.constantFrom(...PROTO_KEYS, "name"), fc.string({ maxLength: 8 }));
    fc.assert(
      fc.property(fc.dictionary(key, fc.jsonValue(), { maxKeys: 6 }), (value) => {
        const raw = JSON.parse(JSON.stringify(value)) as unknown;
        try {
          parseInput(strict, raw);
        } catch (error) {
          expect(isAppError(error) && error.code === "BAD_INPUT").toBe(true);
        }
      }),
    );
  });
});
