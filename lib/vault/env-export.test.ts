import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { EnvExportError, exportEnv, quoteEnvValue, type ExportField } from "./env-export";
import { mappedValues, parseCredentialPaste } from "./env-import";
import { STANDARD_FIELD_NAMES, fieldEnvName, fieldValueSchema } from "./fields";

const AT = new Date(Date.UTC(2026, 4, 17, 9, 30, 0));
const BEARER = "AAAAAAAAAAAAAAAAAAAAAG7x%2Bq4Lm9Np2Rt5Vw8Yz1Ab4Cd7Ef0Gh3%3DJk6Lm9Np2Qr5St8Uv1Wx4Yz7Ab0Cd3Ef6";

describe("exportEnv", () => {
  it("writes a header and one NAME=value line per field, in the order given", () => {
    const text = exportEnv({
      appName: "Perch bot",
      environment: "production",
      exportedAt: AT,
      fields: [
        { name: "apiKey", value: "Xq7bN2mK9pL4vR8tW3yZ6cH1d" },
        { name: "bearerToken", value: BEARER },
        { name: "extra:ads-account-id", label: "Ads account ID", value: "18ce54d4x5t" },
        { name: "accessToken", value: "1600000000000000001-Qw3Er6Ty9Ui2Op5As8Df1Gh4Jk7Lz0Xc3Vb6Nm9" },
      ],
    });
    expect(text).toBe(
      [
        "# Perch bot (production)",
        "# Exported from Perch at 2026-05-17T09:30:00.000Z. Live credentials: keep this file out of version control.",
        "",
        "TWITTER_API_KEY=Xq7bN2mK9pL4vR8tW3yZ6cH1d",
        `TWITTER_BEARER_TOKEN=${BEARER}`,
        "# Ads account ID",
        "TWITTER_ADS_ACCOUNT_ID=18ce54d4x5t",
        "TWITTER_ACCESS_TOKEN=1600000000000000001-Qw3Er6Ty9Ui2Op5As8Df1Gh4Jk7Lz0Xc3Vb6Nm9",
        "",
      ].join("\n"),
    );
  });

  it("quotes only when a reader could misread the value", () => {
    expect(quoteEnvValue("abc-DEF_123.%2B/=:@,+")).toBe("abc-DEF_123.%2B/=:@,+");
    expect(quoteEnvValue("a#b")).toBe("'a#b'");
    expect(quoteEnvValue("$HOME")).toBe("'$HOME'");
    expect(quoteEnvValue("~/x")).toBe("'~/x'");
    expect(quoteEnvValue('"x"')).toBe(`'"x"'`);
    expect(quoteEnvValue("é")).toBe("'é'");
    expect(quoteEnvValue("it's")).toBe(`"it's"`);
    expect(quoteEnvValue(`it's "$x" \`y\` \\`)).toBe(String.raw`"it's \"\$x\" \`y\` \\"`);
    expect(quoteEnvValue("a\nb")).toBe(String.raw`"a\nb"`);
  });

  it("an app name or label cannot add a line: line breaks in them become spaces", () => {
    const text = exportEnv({
      appName: "Evil\nTWITTER_API_KEY=stolen\r\n# ",
      environment: "prod\u2028TWITTER_BEARER_TOKEN=x",
      exportedAt: AT,
      fields: [{ name: "extra:note", label: "Note\nTWITTER_CLIENT_ID=x", value: "fine" }],
    });
    expect(text.split("\n").filter((l) => !l.startsWith("#") && l !== "")).toEqual(["TWITTER_NOTE=fine"]);
    const lines = parseCredentialPaste(text).lines;
    expect(lines.filter((l) => l.value !== undefined).map((l) => [l.field, l.value])).toEqual([["extra:note", "fine"]]);
  });

  it("refuses what could not be read back the same, naming the field and never the value", () => {
    const base = { appName: "a", environment: "b", exportedAt: AT };
    const attempt = (fields: ExportField[]) => () => exportEnv({ ...base, fields });
    expect(attempt([{ name: "apiKey", value: "has a space-secretvalue" }])).toThrow(new EnvExportError("Cannot export API Key: A credential has no spaces, line breaks, control or invisible characters: check what was copied."));
    expect(attempt([{ name: "apiKey", value: "" }])).toThrow(/^Cannot export API Key: Enter a value/);
    expect(attempt([{ name: "nope" as ExportField["name"], value: "x" }])).toThrow("Cannot export a field whose name is not a credential field.");
    expect(attempt([{ name: "apiKey", value: "a" }, { name: "apiKey", value: "b" }])).toThrow("Cannot export API Key: API Key is also named TWITTER_API_KEY.");
    // An extra field whose name is a standard one's.
    expect(attempt([{ name: "apiKey", value: "a" }, { name: "extra:api-key", label: "API key", value: "b" }])).toThrow(/is also named TWITTER_API_KEY/);
    let error: unknown = null;
    try {
      attempt([{ name: "bearerToken", value: `${BEARER} x` }])();
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(EnvExportError);
    expect(String(error)).not.toContain(BEARER);
  });

  it("is deterministic and holds nothing but the given values", () => {
    const fieldsArb = fc.uniqueArray(fc.constantFrom(...STANDARD_FIELD_NAMES), { maxLength: 7 }).chain((names) =>
      fc.tuple(...names.map((name) => fc.stringMatching(/^[!-~]{1,40}$/).map((value): ExportField => ({ name, value })))),
    );
    fc.assert(
      fc.property(fieldsArb, fc.string(), fc.string(), (fields, appName, environment) => {
        const text = exportEnv({ appName, environment, exportedAt: AT, fields });
        expect(exportEnv({ appName, environment, exportedAt: AT, fields })).toBe(text);
        const assignments = text.split("\n").filter((l) => l !== "" && !l.startsWith("#"));
        expect(assignments.map((l) => l.slice(0, l.indexOf("=")))).toEqual(fields.map((f) => fieldEnvName(f.name)));
        expect(mappedValues(parseCredentialPaste(text).lines)).toEqual(fields.map((f) => ({ field: f.name, value: f.value })));
      }),
      { numRuns: 300 },
    );
  });

  it("bash reads every exported value back exactly (set -a; . file)", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "perch-env-export-"));
    try {
      const value = fc
        .oneof(fc.stringMatching(/^[!-~]{1,40}$/), fc.string({ unit: "grapheme", minLength: 1, maxLength: 20 }), fc.constantFrom("$HOME", "~/x", "a#b", "it's", "`id`", "\\", "'\"", "$(id)", "!x", "*", "a;b", "a|b", "a&b"))
        .filter((v) => fieldValueSchema.safeParse(v).data === v && !v.includes("\u0000"));
      fc.assert(
        fc.property(fc.array(value, { minLength: 1, maxLength: 7 }), (values) => {
          const fields = values.map((v, i): ExportField => ({ name: STANDARD_FIELD_NAMES[i] ?? "apiKey", value: v }));
          const file = path.join(dir, ".env");
          writeFileSync(file, exportEnv({ appName: "x", environment: "y", exportedAt: AT, fields }));
          const names = fields.map((f) => fieldEnvName(f.name));
          const script = `set -a; . "$1"; printf '%s\\0' ${names.map((n) => `"$${n}"`).join(" ")}`;
          const out = execFileSync("bash", ["--noprofile", "--norc", "-c", script, "bash", file], { encoding: "utf8", env: { NODE_ENV: "test", PATH: "/usr/bin:/bin" } });
          expect(out.split("\0").slice(0, -1)).toEqual(values);
        }),
        { numRuns: 60 },
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
