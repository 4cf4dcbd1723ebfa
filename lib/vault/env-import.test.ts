import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  generateAccessToken,
  generateAccessTokenSecret,
  generateBearerToken,
  generateClientId,
  generateClientSecret,
  generateConsumerKey,
  generateConsumerSecret,
  generateUserId,
} from "@/lib/sandbox/credentials";
import { exportEnv, type ExportField } from "./env-export";
import {
  acceptSuggestion,
  applyLineFix,
  boundPaste,
  GENERIC_LABEL,
  guessFieldByShape,
  JSON_AFTER_VALUE,
  mappedValues,
  maskValue,
  MAX_IMPORT_LINE_CHARS,
  MAX_IMPORT_LINES,
  parseCredentialPaste,
  standardFieldForName,
  type ImportLine,
} from "./env-import";
import { EXTRA_SLUG, STANDARD_FIELDS, STANDARD_FIELD_NAMES, extraSlug, fieldEnvName, fieldValueSchema, type FieldName } from "./fields";

// Values shaped like Twitter's (made up here).
const V = {
  apiKey: "Xq7bN2mK9pL4vR8tW3yZ6cH1d",
  apiKeySecret: "Lm4Nq8Rs2Tu6Vw0Xy3Za7Bc1De5Fg9Hi2Jk6Lm0Np4Qr8St2Uv",
  accessToken: "1600000000000000001-Qw3Er6Ty9Ui2Op5As8Df1Gh4Jk7Lz0Xc3Vb6Nm9",
  accessTokenSecret: "Pz8Ox7Iy6Uv5Tr4Es3Wq2Az1Sx9Dc8Fv7Gb6Hn5Jm4Kl3Po",
  bearerToken: "AAAAAAAAAAAAAAAAAAAAAG7x%2Bq4Lm9Np2Rt5Vw8Yz1Ab4Cd7Ef0Gh3%3DJk6Lm9Np2Qr5St8Uv1Wx4Yz7Ab0Cd3Ef6",
  clientId: "Q2hJNmRYb1B3U1l0eVJ2eFV3bE46MTpjaQ",
  clientSecret: "Cs1Dt2Eu3Fv4Gw5Hx6Iy7Jz8Ka9Lb0Mc1Nd2Oe3Pf4Qg5Rh6Si7Tj",
} as const;

function line(lines: readonly ImportLine[], lineNumber: number): ImportLine {
  const found = lines.find((l) => l.lineNumber === lineNumber);
  if (!found) throw new Error(`no line ${lineNumber}`);
  return found;
}

function parsed(text: string): ImportLine[] {
  return parseCredentialPaste(text).lines;
}

/** What is shown of a line must not hold a value (8 characters or more) anywhere. */
function expectNothingShownHolds(lines: readonly ImportLine[], values: readonly string[]): void {
  for (const l of lines) {
    for (const value of values.filter((v) => v.length >= 8)) {
      expect(l.raw).not.toContain(value);
      expect(l.message ?? "").not.toContain(value);
      expect(l.warning ?? "").not.toContain(value);
    }
  }
}

describe("parseCredentialPaste: .env lines", () => {
  it("reads NAME=value, export, quotes, comments, CRLF, a BOM and spaces around =", () => {
    const text = [
      "\uFEFF# Twitter keys for the bot",
      `export TWITTER_API_KEY = "${V.apiKey}"  # from the portal`,
      `TWITTER_API_KEY_SECRET='${V.apiKeySecret}'`,
      `  TWITTER_ACCESS_TOKEN=${V.accessToken} # inline comment`,
      `twitter_access_token_secret=${V.accessTokenSecret}`,
      "",
      `X_BEARER_TOKEN="${V.bearerToken}"`,
      `CLIENT_ID=${V.clientId}`,
      `OAUTH2_CLIENT_SECRET = ${V.clientSecret}`,
    ].join("\r\n");
    const lines = parsed(text);
    expect(lines.map((l) => l.status)).toEqual(["comment", "mapped", "mapped", "mapped", "mapped", "blank", "mapped", "mapped", "mapped"]);
    expect(mappedValues(lines)).toEqual([
      { field: "apiKey", value: V.apiKey },
      { field: "apiKeySecret", value: V.apiKeySecret },
      { field: "accessToken", value: V.accessToken },
      { field: "accessTokenSecret", value: V.accessTokenSecret },
      { field: "bearerToken", value: V.bearerToken },
      { field: "clientId", value: V.clientId },
      { field: "clientSecret", value: V.clientSecret },
    ]);
    expect(lines.every((l) => l.warning === undefined)).toBe(true);
    expect(line(lines, 1).raw).toBe("# Twitter keys for the bot");
    expect(line(lines, 2).raw).toBe(`export TWITTER_API_KEY = "Xq7••••cH1d"  # from the portal`);
    expect(line(lines, 3).raw).toBe("TWITTER_API_KEY_SECRET='Lm4••••t2Uv'");
    expect(line(lines, 2)).toMatchObject({ fieldSource: "name" });
    expectNothingShownHolds(lines, Object.values(V));
  });

  it("every env name and alias in the catalogue maps to its field, in any case, with or without a prefix", () => {
    for (const field of STANDARD_FIELD_NAMES) {
      const { env, aliases } = STANDARD_FIELDS[field];
      for (const name of [env, ...aliases, env.toLowerCase(), `X_${env.replace(/^TWITTER_/, "")}`]) {
        expect(standardFieldForName(name), name).toBe(field);
      }
    }
    expect(standardFieldForName("consumerSecret")).toBe("apiKeySecret");
    expect(standardFieldForName("appKey")).toBe("apiKey");
    expect(standardFieldForName("accessSecret")).toBe("accessTokenSecret");
    expect(standardFieldForName("DATABASE_URL")).toBeNull();
    expect(standardFieldForName("TWITTER_")).toBeNull();
    expect(standardFieldForName("")).toBeNull();
  });

  it("double quotes take escapes; single quotes and backticks are literal; # inside a bare value stays", () => {
    const lines = parsed([String.raw`A_ONE="a\"b\\c\$d\x"`, String.raw`A_TWO='a\"b#c'`, "A_THREE=`x'y`", "A_FOUR=abc#def", "A_FIVE=abc #def", "A_SIX= #only a comment"].join("\n"));
    expect(lines.map((l) => l.value)).toEqual(['a"b\\c$d\\x', 'a\\"b#c', "x'y", "abc#def", "abc", undefined]);
    expect(line(lines, 6)).toMatchObject({ status: "invalid", message: "There is no value on this line." });
  });

  it("a value that cannot be used is invalid, saying why without repeating it", () => {
    const lines = parsed([`TWITTER_API_KEY="${V.apiKey}`, `TWITTER_BEARER_TOKEN="${V.bearerToken}" trailing`, "TWITTER_ACCESS_TOKEN=", `TWITTER_ACCESS_TOKEN_SECRET=${V.accessTokenSecret} ${V.apiKey}`, "TWITTER_CLIENT_ID=\"\""].join("\n"));
    expect(lines.map((l) => l.status)).toEqual(["invalid", "invalid", "invalid", "invalid", "invalid"]);
    expect(lines.map((l) => l.field)).toEqual(["apiKey", "bearerToken", "accessToken", "accessTokenSecret", "clientId"]);
    expect(line(lines, 1).message).toMatch(/quote .* never closed/);
    expect(line(lines, 2).message).toMatch(/text after the closing quote/);
    expect(line(lines, 3).message).toBe("There is no value on this line.");
    expect(line(lines, 4).message).toMatch(/no spaces/);
    expect(lines.every((l) => l.value === undefined)).toBe(true);
    expectNothingShownHolds(lines, Object.values(V));
  });

  it("an unknown name is offered as an extra field; a name with nothing usable gets no suggestion", () => {
    const lines = parsed(["TWITTER_ADS_ACCOUNT_ID=18ce54d4x5t", "DATABASE_URL=postgres://db/x", "X_WEBHOOK_ENV=prod", "__=1"].join("\n"));
    expect(line(lines, 1)).toMatchObject({ status: "unknown", field: "extra:ads-account-id", extraLabel: "Ads account ID", fieldSource: "suggested", value: "18ce54d4x5t" });
    expect(line(lines, 1).message).toContain("“Ads account ID” is not one of Twitter's credentials");
    expect(line(lines, 2)).toMatchObject({ status: "unknown", field: "extra:database-url", extraLabel: "Database URL" });
    expect(line(lines, 3)).toMatchObject({ status: "unknown", field: "extra:webhook-env", extraLabel: "Webhook env" });
    expect(line(lines, 4)).toMatchObject({ status: "unknown", value: "1" });
    expect(line(lines, 4).field).toBeUndefined();
    expect(mappedValues(lines)).toEqual([]);
  });

  it("a very long unknown name is cut to a usable extra field", () => {
    const name = `TWITTER_${"VERY_LONG_NAME_".repeat(8)}END`;
    const l = line(parsed(`${name}=abc`), 1);
    const slug = l.field?.slice(6) ?? "";
    expect(slug.length).toBeLessThanOrEqual(40);
    expect(EXTRA_SLUG.test(slug)).toBe(true);
    expect(extraSlug(l.extraLabel ?? "")).toBe(slug);
  });
});

describe("parseCredentialPaste: the portal's blocks", () => {
  it("a label line then the value on the next line, as the key/secret dialog copies", () => {
    const text = ["API Key", V.apiKey, "API Key Secret", V.apiKeySecret, "", "Bearer Token", "", V.bearerToken].join("\n");
    const lines = parsed(text);
    expect(lines.map((l) => l.status)).toEqual(["comment", "mapped", "comment", "mapped", "blank", "comment", "blank", "mapped"]);
    expect(line(lines, 1)).toMatchObject({ field: "apiKey", pairedWith: 2, message: "Names the value on line 2." });
    expect(line(lines, 2)).toMatchObject({ field: "apiKey", fieldSource: "label", pairedWith: 1, value: V.apiKey, raw: "Xq7••••cH1d" });
    expect(line(lines, 8)).toMatchObject({ field: "bearerToken", pairedWith: 6 });
    expect(mappedValues(lines).map((v) => v.field)).toEqual(["apiKey", "apiKeySecret", "bearerToken"]);
  });

  it("Label: value, Label<tab>value and Label value, any case, with the longest label winning", () => {
    const text = [
      `access token secret:\t${V.accessTokenSecret}`,
      `Access Token: ${V.accessToken}`,
      `CONSUMER KEY\t${V.apiKey}`,
      `Consumer Secret ${V.apiKeySecret}`,
      `OAuth 2.0 Client ID: ${V.clientId}`,
      `OAuth 2.0 Client Secret:  ${V.clientSecret}`,
      `Bearer ${V.bearerToken}`,
    ].join("\n");
    const lines = parsed(text);
    expect(lines.map((l) => [l.status, l.field, l.fieldSource])).toEqual([
      ["mapped", "accessTokenSecret", "label"],
      ["mapped", "accessToken", "label"],
      ["mapped", "apiKey", "label"],
      ["mapped", "apiKeySecret", "label"],
      ["mapped", "clientId", "label"],
      ["mapped", "clientSecret", "label"],
      ["mapped", "bearerToken", "label"],
    ]);
    expect(lines.map((l) => l.value)).toEqual([V.accessTokenSecret, V.accessToken, V.apiKey, V.apiKeySecret, V.clientId, V.clientSecret, V.bearerToken]);
    expect(line(lines, 1).raw).toBe("access token secret:\tPz8••••l3Po");
    expectNothingShownHolds(lines, Object.values(V));
  });

  it("a label with no value after it is invalid; headings and prose are left out", () => {
    const text = ["Keys and tokens", "Client ID:", "Client Secret", V.clientSecret, "Access token was regenerated yesterday", "Access Token"].join("\n");
    const lines = parsed(text);
    expect(lines.map((l) => l.status)).toEqual(["comment", "invalid", "comment", "mapped", "comment", "invalid"]);
    expect(line(lines, 2)).toMatchObject({ field: "clientId", message: "No value follows this label: put the value on the next line, or after a colon." });
    expect(line(lines, 5).message).toBe("Not a credential line: left out.");
    expect(line(lines, 5).raw).toBe("Access token was regenerated yesterday");
    expect(line(lines, 6).field).toBe("accessToken");
  });

  it("a label's next line with spaces in it is its value, refused; a line with = that is not NAME=value is invalid", () => {
    const lines = parsed(["API Key Secret", "abc def ghi", "my key = something"].join("\n"));
    expect(line(lines, 2)).toMatchObject({ status: "invalid", field: "apiKeySecret", pairedWith: 1, raw: "••••" });
    expect(line(lines, 2).message).toMatch(/no spaces/);
    expect(line(lines, 3).status).toBe("invalid");
    expect(line(lines, 3).message).toMatch(/not a NAME=value line/);
  });

  it("an unknown label with a colon or tab is offered as an extra field; a URL is not a label", () => {
    const lines = parsed(["App ID: 29384756", "Project\tperch-bot", "https://example.com/callback"].join("\n"));
    expect(line(lines, 1)).toMatchObject({ status: "unknown", field: "extra:app-id", extraLabel: "App ID", value: "29384756" });
    expect(line(lines, 2)).toMatchObject({ status: "unknown", field: "extra:project", value: "perch-bot" });
    expect(line(lines, 3)).toMatchObject({ status: "unknown", fieldSource: "shape", value: "https://example.com/callback" });
    expect(line(lines, 3).field).toBeUndefined();
  });

  it("values with no name: the field is guessed from Twitter's formats, and never over a named line", () => {
    const lines = parsed([V.accessToken, V.bearerToken, V.clientId, V.apiKey, `TWITTER_ACCESS_TOKEN=${V.accessToken.replace("Qw3", "Qw4")}`].join("\n"));
    expect(line(lines, 1)).toMatchObject({ status: "unknown", fieldSource: "shape" });
    expect(line(lines, 1).field).toBeUndefined();
    expect(line(lines, 2)).toMatchObject({ status: "unknown", field: "bearerToken", fieldSource: "shape" });
    expect(line(lines, 2).message).toBe("This value has no name. It looks like a Bearer Token: confirm it, or choose a field.");
    expect(line(lines, 3)).toMatchObject({ status: "unknown", field: "clientId" });
    expect(line(lines, 4).field).toBeUndefined();
    expect(line(lines, 4).message).toBe("This value has no name: choose which field it is, or leave the line out.");
    expect(line(lines, 5)).toMatchObject({ status: "mapped", field: "accessToken" });
    expect(guessFieldByShape(V.accessToken)).toBe("accessToken");
  });
});

describe("parseCredentialPaste: JSON", () => {
  it("reads a pretty-printed object, one pair per line", () => {
    const text = JSON.stringify({ TWITTER_API_KEY: V.apiKey, apiKeySecret: V.apiKeySecret, ads_account: 12345, nested: { a: "b" }, flag: true }, null, 2);
    const lines = parsed(text);
    expect(lines.map((l) => l.status)).toEqual(["comment", "mapped", "mapped", "unknown", "invalid", "unknown", "comment", "invalid", "comment"]);
    expect(line(lines, 2).raw).toBe(`  "TWITTER_API_KEY": "Xq7••••cH1d",`);
    expect(line(lines, 4)).toMatchObject({ field: "extra:ads-account", value: "12345" });
    expect(line(lines, 5).message).toBe("A nested object or list is not a credential value.");
    // The nested object's own lines read as pairs too (here not Twitter's names).
    expect(line(lines, 6)).toMatchObject({ field: "extra:a", value: "b" });
    expect(line(lines, 8).message).toBe("A JSON value here must be a string in double quotes.");
  });

  it("spreads out a one-line object, and reads JSON string escapes", () => {
    const result = parseCredentialPaste(JSON.stringify({ TWITTER_API_KEY: V.apiKey, TWITTER_API_KEY_SECRET: `${V.apiKeySecret.slice(0, 10)}"\\${V.apiKeySecret.slice(10)}` }));
    expect(result.isExpandedJson).toBe(true);
    expect(result.lines).toHaveLength(4);
    expect(mappedValues(result.lines).map((v) => v.value)).toEqual([V.apiKey, `${V.apiKeySecret.slice(0, 10)}"\\${V.apiKeySecret.slice(10)}`]);
  });

  it("an object on one line among other lines is invalid", () => {
    const lines = parsed(`# keys\n{"TWITTER_API_KEY": "${V.apiKey}", "TWITTER_BEARER_TOKEN": "${V.bearerToken}"}`);
    expect(line(lines, 2)).toMatchObject({ status: "invalid" });
    expect(line(lines, 2).message).toMatch(/one "NAME": "value" pair per line/);
    expectNothingShownHolds(lines, Object.values(V));
  });
});

describe("parseCredentialPaste: duplicates and warnings", () => {
  it("a field named twice: the first usable line wins, later ones are duplicates saying whether the values differ", () => {
    const lines = parsed([`TWITTER_API_KEY=`, `API_KEY=${V.apiKey}`, `CONSUMER_KEY=${V.apiKey}`, `API Key: ${V.apiKey.replace("Xq7", "Xq8")}`].join("\n"));
    expect(lines.map((l) => l.status)).toEqual(["invalid", "mapped", "duplicate", "duplicate"]);
    expect(line(lines, 3)).toMatchObject({ duplicateOf: 2, message: "API Key is already on line 2; this line is left out." });
    expect(line(lines, 4).message).toBe("API Key is already on line 2; this line is left out. The two values differ: keep the line you want.");
    expect(mappedValues(lines)).toEqual([{ field: "apiKey", value: V.apiKey }]);
  });

  it("warns when a value does not look like its field, and stays mapped", () => {
    const lines = parsed([`TWITTER_ACCESS_TOKEN=${V.accessTokenSecret}`, `TWITTER_ACCESS_TOKEN_SECRET=${V.accessToken}`, `TWITTER_BEARER_TOKEN=${V.clientSecret}`, `TWITTER_API_KEY=${V.apiKeySecret}`, `TWITTER_CLIENT_ID=${V.apiKey}`].join("\n"));
    expect(lines.every((l) => l.status === "mapped")).toBe(true);
    expect(line(lines, 1).warning).toMatch(/^An Access Token usually looks like 1234567890-AbCd…/);
    expect(line(lines, 2).warning).toBe("This looks like an Access Token, not an Access Token Secret.");
    expect(line(lines, 3).warning).toMatch(/^A Bearer Token usually starts with a run of A's/);
    expect(line(lines, 4).warning).toMatch(/^An API Key is usually 25 characters; this one has 50/);
    expect(line(lines, 5).warning).toMatch(/^An OAuth 2.0 Client ID is usually 34/);
    expectNothingShownHolds(lines, Object.values(V));
  });

  it("refuses invisible characters that a copy from a web page carries, saying so", () => {
    const lines = parsed([`TWITTER_API_KEY=${V.apiKey}\u200b`, `TWITTER_ADS_ID=18ce\u00ad54d4`, `TWITTER_CLIENT_SECRET=${V.clientSecret}`].join("\n"));
    expect(lines.map((l) => l.status)).toEqual(["invalid", "invalid", "mapped"]);
    expect(line(lines, 1).message).toMatch(/invisible characters/);
    expect(line(lines, 2).message).toMatch(/invisible characters/);
    expect(line(lines, 3).message).toBeUndefined();
  });

  it("warns when one value is filed under two fields", () => {
    const lines = parsed([`TWITTER_API_KEY=${V.apiKey}`, `TWITTER_CLIENT_ID=${V.apiKey}`].join("\n"));
    expect(line(lines, 2).warning).toContain("The same value as line 1 (API Key).");
  });

  it("credentials shaped exactly like the sandbox's (which copy Twitter's formats) raise no warning", () => {
    for (let i = 0; i < 20; i++) {
      const values = {
        apiKey: generateConsumerKey(),
        apiKeySecret: generateConsumerSecret(),
        accessToken: generateAccessToken(generateUserId()),
        accessTokenSecret: generateAccessTokenSecret(),
        bearerToken: generateBearerToken(),
        clientId: generateClientId(),
        clientSecret: generateClientSecret(),
      };
      const lines = parsed(Object.entries(values).map(([field, value]) => `${STANDARD_FIELDS[field as keyof typeof values].env}=${value}`).join("\n"));
      expect(lines.map((l) => [l.field, l.status, l.warning])).toEqual(Object.keys(values).map((field) => [field, "mapped", undefined]));
    }
  });
});

describe("applyLineFix", () => {
  it("choosing a field settles a suggestion or a guess; accepting a suggestion keeps it", () => {
    const lines = parsed(["TWITTER_ADS_ACCOUNT_ID=18ce54d4x5t", V.apiKey, V.bearerToken].join("\n"));
    const chosen = applyLineFix(lines, 2, { field: "apiKey" });
    expect(line(chosen, 2)).toMatchObject({ status: "mapped", field: "apiKey", fieldSource: "chosen", value: V.apiKey });
    const accepted = acceptSuggestion(acceptSuggestion(chosen, 1), 3);
    expect(line(accepted, 1)).toMatchObject({ status: "mapped", field: "extra:ads-account-id", extraLabel: "Ads account ID", fieldSource: "chosen" });
    expect(line(accepted, 3)).toMatchObject({ status: "mapped", field: "bearerToken" });
    expect(mappedValues(accepted)).toEqual([
      { field: "extra:ads-account-id", extraLabel: "Ads account ID", value: "18ce54d4x5t" },
      { field: "apiKey", value: V.apiKey },
      { field: "bearerToken", value: V.bearerToken },
    ]);
    // The input is not changed.
    expect(line(lines, 2).status).toBe("unknown");
  });

  it("renaming an extra field takes its new label; an unusable label is refused", () => {
    const lines = parsed("ADS=18ce54d4x5t");
    const renamed = applyLineFix(lines, 1, { extraLabel: "Ads account (prod)" });
    expect(line(renamed, 1)).toMatchObject({ status: "mapped", field: "extra:ads-account-prod", extraLabel: "Ads account (prod)" });
    const refused = applyLineFix(lines, 1, { extraLabel: "  !!  " });
    expect(line(refused, 1)).toMatchObject({ status: "invalid", message: "Use some letters or digits in the field name." });
    expect(line(refused, 1).value).toBeUndefined();
    expect(line(applyLineFix(lines, 1, { field: "extra:other" }), 1)).toMatchObject({ status: "invalid", message: "Name the extra field." });
    expect(line(applyLineFix(lines, 1, { field: "nonsense" as FieldName }), 1)).toMatchObject({ status: "invalid", message: "That is not a credential field." });
  });

  it("a new value for an invalid line is checked like a pasted one", () => {
    const lines = parsed(["TWITTER_API_KEY=", "API Key Secret"].join("\n"));
    const fixed = applyLineFix(applyLineFix(lines, 1, { value: `  ${V.apiKey}  ` }), 2, { value: V.apiKeySecret });
    expect(mappedValues(fixed)).toEqual([
      { field: "apiKey", value: V.apiKey },
      { field: "apiKeySecret", value: V.apiKeySecret },
    ]);
    const stillWrong = applyLineFix(lines, 1, { value: "abc def" });
    expect(line(stillWrong, 1)).toMatchObject({ status: "invalid", field: "apiKey" });
    expect(line(stillWrong, 1).message).toMatch(/no spaces/);
    // A field alone does not make a value.
    expect(line(applyLineFix(lines, 1, { field: "apiKeySecret" }), 1)).toMatchObject({ status: "invalid", message: "There is no value on this line." });
  });

  it("leaving out the first of two lines for a field makes the second one count; choosing a taken field makes a duplicate", () => {
    const lines = parsed([`TWITTER_API_KEY=${V.apiKey}`, `CONSUMER_KEY=${V.apiKey.replace("Xq7", "Xq8")}`, `TWITTER_CLIENT_ID=${V.clientId}`].join("\n"));
    expect(line(lines, 2).status).toBe("duplicate");
    const leftOut = applyLineFix(lines, 1, { isLeftOut: true });
    expect(line(leftOut, 1)).toMatchObject({ status: "comment", message: "Left out." });
    expect(line(leftOut, 1).value).toBeUndefined();
    expect(line(leftOut, 2)).toMatchObject({ status: "mapped" });
    expect(line(leftOut, 2).duplicateOf).toBeUndefined();
    const taken = applyLineFix(lines, 3, { field: "apiKey" });
    expect(line(taken, 3)).toMatchObject({ status: "duplicate", duplicateOf: 1 });
  });

  it("an unknown line number changes nothing", () => {
    const lines = parsed(`TWITTER_API_KEY=${V.apiKey}`);
    expect(applyLineFix(lines, 99, { field: "clientId" })).toEqual(lines);
  });
});

// ---------- properties ----------

/** Fragments that reach every branch of the reader. */
const FRAGMENTS = ["=", '"', "'", "`", "\\", "#", " ", "\t", ":", "{", "}", ",", "export ", "API Key", "Access Token", "Secret", "TWITTER_", "X_", "Bearer", "AAAAAAAAAA", "1234-", "%2B", "é", "\u2028", "\u0000", "•"];
const lineArb = fc.array(fc.oneof(fc.constantFrom(...FRAGMENTS), fc.string({ maxLength: 12 }), fc.stringMatching(/^[A-Za-z0-9]{1,30}$/)), { maxLength: 12 }).map((parts) => parts.join(""));
const structuredText = fc.tuple(fc.array(lineArb, { maxLength: 30 }), fc.constantFrom("\n", "\r\n", "\r")).map(([lines, eol]) => lines.join(eol));
const anyText = fc.oneof(fc.string({ unit: "binary", maxLength: 2000 }), fc.string({ unit: "grapheme", maxLength: 2000 }), structuredText);

function inputLineCount(text: string): number {
  const lines = text.replace(/^\uFEFF/, "").split(/\r\n|\r|\n/);
  if (lines.length > 1 && lines[lines.length - 1] === "") lines.pop();
  return lines.length === 1 && lines[0] === "" ? 0 : lines.length;
}

function expectWellFormed(text: string, result: ReturnType<typeof parseCredentialPaste>): void {
  if (!result.isExpandedJson) {
    const count = inputLineCount(text);
    expect(result.lines).toHaveLength(Math.min(count, MAX_IMPORT_LINES));
    expect(result.omittedLines ?? 0).toBe(Math.max(0, count - MAX_IMPORT_LINES));
  }
  result.lines.forEach((l, i) => {
    expect(l.lineNumber).toBe(i + 1);
    expect(["mapped", "unknown", "invalid", "duplicate", "comment", "blank"]).toContain(l.status);
    const holdsValue = l.status === "mapped" || l.status === "unknown" || l.status === "duplicate";
    expect(l.value !== undefined).toBe(holdsValue);
    if (l.value !== undefined) expect(fieldValueSchema.safeParse(l.value).data).toBe(l.value);
    if (l.status === "mapped") expect(l.field).toBeDefined();
    expect([...l.raw].length).toBeLessThanOrEqual(300);
  });
}

describe("parseCredentialPaste properties", () => {
  it("never throws, keeps one entry per line, and is deterministic, on any text", () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const first = parseCredentialPaste(text);
        expectWellFormed(text, first);
        expect(parseCredentialPaste(text)).toEqual(first);
      }),
      { numRuns: 400 },
    );
  });

  it("never throws on long text (up to 100,000 characters)", () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: "binary", minLength: 50_000, maxLength: 100_000 }), fc.array(lineArb, { minLength: 2000, maxLength: 5000 }).map((l) => l.join("\n"))), (text) => {
        expectWellFormed(text, parseCredentialPaste(text));
      }),
      { numRuns: 8 },
    );
    const oneLine = `TWITTER_API_KEY=${"a1".repeat(50_000)}`;
    expect(line(parsed(oneLine), 1)).toMatchObject({ status: "invalid", message: "This line has 100,016 characters, more than any credential line (4,352): it was not read." });
    // At the cap, a value over the catalogue's limit is still read, and refused for its length.
    const atCap = `TWITTER_API_KEY=${"a".repeat(MAX_IMPORT_LINE_CHARS - 16)}`;
    expect(line(parsed(atCap), 1)).toMatchObject({ status: "invalid", message: "A value can be at most 4096 characters." });
  });


  it("applyLineFix never throws and keeps the lines' numbers, whatever the fix", () => {
    const fixArb = fc.record(
      {
        field: fc.oneof(fc.constantFrom<FieldName>(...STANDARD_FIELD_NAMES), fc.stringMatching(/^[a-z0-9]{1,8}$/).map((s): FieldName => `extra:${s}`), fc.string().map((s) => s as FieldName)),
        extraLabel: fc.string({ maxLength: 80 }),
        value: fc.string({ maxLength: 60 }),
        isLeftOut: fc.boolean(),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(structuredText, fc.nat(40), fixArb, (text, n, fix) => {
        const lines = parseCredentialPaste(text).lines;
        const fixed = applyLineFix(lines, n, fix);
        expect(fixed.map((l) => l.lineNumber)).toEqual(lines.map((l) => l.lineNumber));
        for (const l of fixed) if (l.value !== undefined) expect(fieldValueSchema.safeParse(l.value).success).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  /** A value `fieldValueSchema` accepts as it is: no whitespace or control characters anywhere. */
  const valueArb = fc
    .oneof(fc.string({ unit: "binary", minLength: 1, maxLength: 80 }), fc.stringMatching(/^[A-Za-z0-9%_\-+/=]{1,80}$/), fc.constantFrom('a"b', "it's", "#x", "$HOME", "`x`", "\\", "'\"", "~/x", "•••"))
    .filter((v) => fieldValueSchema.safeParse(v).data === v);
  const slugArb = fc
    .stringMatching(/^[a-z0-9]{1,12}(?:-[a-z0-9]{1,12}){0,2}$/)
    .filter((slug) => slug.length <= 40 && standardFieldForName(fieldEnvName(`extra:${slug}`)) === null);
  /** A label whose slug is the given one: the slug's words with any case and separators. */
  const labelFor = (slug: string) => fc.tuple(fc.boolean(), fc.constantFrom(" ", " - ", "_", " / ")).map(([upper, sep]) => slug.split("-").map((w) => (upper ? w.toUpperCase() : w)).join(sep));

  it("round trip: parse(export(values)) gives back exactly the fields and values", () => {
    const standard = fc.uniqueArray(fc.constantFrom(...STANDARD_FIELD_NAMES), { maxLength: 7 }).chain((names) => fc.tuple(...names.map((name) => valueArb.map((value): ExportField => ({ name, value })))));
    const extras = fc
      .uniqueArray(slugArb, { maxLength: 6 })
      .chain((slugs) => fc.tuple(...slugs.map((slug) => fc.tuple(valueArb, fc.option(labelFor(slug), { nil: undefined })).map(([value, label]): ExportField => ({ name: `extra:${slug}`, value, ...(label ? { label } : {}) })))));
    const fieldsArb = fc.tuple(standard, extras).chain(([std, ext]) => fc.shuffledSubarray([...std, ...ext], { minLength: std.length + ext.length }));
    fc.assert(
      fc.property(fieldsArb, fc.string({ maxLength: 60 }), fc.string({ maxLength: 20 }), (fields, appName, environment) => {
        const text = exportEnv({ appName, environment, exportedAt: new Date(Date.UTC(2026, 0, 2, 3, 4, 5)), fields });
        const { lines, isExpandedJson } = parseCredentialPaste(text);
        expect(isExpandedJson).toBeUndefined();
        const read = lines.filter((l) => l.value !== undefined);
        expect(read.map((l) => ({ field: l.field, value: l.value }))).toEqual(fields.map((f) => ({ field: f.name, value: f.value })));
        for (const [i, l] of read.entries()) {
          const given = fields[i];
          expect(l.status).toBe(given?.name.startsWith("extra:") ? "unknown" : "mapped");
          // An extra field's label comes back when it was exported.
          if (given?.label) expect(l.extraLabel).toBe(given.label.trim());
        }
        // Accepting every suggestion gives back everything as mapped values.
        const accepted = read.reduce((acc, l) => (l.status === "unknown" ? acceptSuggestion(acc, l.lineNumber) : acc), lines);
        expect(mappedValues(accepted).map(({ field, value }) => ({ field, value }))).toEqual(fields.map((f) => ({ field: f.name, value: f.value })));
        expect(lines.filter((l) => l.status === "invalid" || l.status === "duplicate")).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it("what is shown (raw, message, warning) never holds a pasted value, in any of the accepted formats", () => {
    const secretArb = fc.stringMatching(/^[A-Za-z0-9%_-]{16,60}$/).filter((s) => /[0-9]/.test(s) && /[A-Za-z]/.test(s));
    const formatArb = fc.constantFrom<(name: string, label: string, value: string) => string>(
      (name, _l, v) => `${name}=${v}`,
      (name, _l, v) => `export ${name}="${v}" # ${v}`,
      (name, _l, v) => `${name}='${v}'`,
      (_n, label, v) => `${label}: ${v}`,
      (_n, label, v) => `${label}\t${v}`,
      (_n, label, v) => `${label}\n${v}`,
      (name, _l, v) => `  "${name}": "${v}",`,
      (_n, _l, v) => v,
      (_n, _l, v) => `# old: ${v}`,
      (_n, label, v) => `${label} ${v} ${v}`,
    );
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.constantFrom(...STANDARD_FIELD_NAMES), secretArb, formatArb), { minLength: 1, maxLength: 8 }), (entries) => {
        const text = entries.map(([field, value, format]) => format(STANDARD_FIELDS[field].env, STANDARD_FIELDS[field].label, value)).join("\n");
        const lines = parsed(text);
        expectNothingShownHolds(
          lines,
          entries.map(([, value]) => value),
        );
        for (const l of lines) if (l.value !== undefined && [...l.value].length >= 16) expect(l.raw).toContain(maskValue(l.value));
      }),
      { numRuns: 300 },
    );
  });
});

describe("parseCredentialPaste: bounded work", () => {
  it("reads at most MAX_IMPORT_LINES lines of a huge paste and says how many it left out", () => {
    // About 1 MB in 22,000 lines, as pasted into the import box.
    const big = Array.from({ length: 22_000 }, (_, i) => `TWITTER_EXTRA_${i}=${"k".repeat(30)}${i}`).join("\n");
    expect(big.length).toBeGreaterThan(900_000);
    const result = parseCredentialPaste(big);
    expect(result.lines).toHaveLength(MAX_IMPORT_LINES);
    expect(result.omittedLines).toBe(22_000 - MAX_IMPORT_LINES);
    expect(result.lines.at(-1)?.lineNumber).toBe(MAX_IMPORT_LINES);
    expect(parseCredentialPaste("TWITTER_API_KEY=abc\n").omittedLines).toBeUndefined();
  });

  it("the import box keeps the first MAX_IMPORT_LINES lines of a paste and counts the rest", () => {
    const lines = (n: number, eol = "\n") => Array.from({ length: n }, (_, i) => `A${i}=b`).join(eol);
    expect(boundPaste(lines(10))).toEqual({ text: lines(10), omittedLines: 0 });
    expect(boundPaste(lines(MAX_IMPORT_LINES))).toEqual({ text: lines(MAX_IMPORT_LINES), omittedLines: 0 });
    expect(boundPaste(`${lines(MAX_IMPORT_LINES)}\n`)).toEqual({ text: `${lines(MAX_IMPORT_LINES)}\n`, omittedLines: 0 });
    for (const eol of ["\n", "\r\n", "\r"]) {
      const bounded = boundPaste(lines(22_000, eol));
      expect(bounded.omittedLines).toBe(22_000 - MAX_IMPORT_LINES);
      expect(parseCredentialPaste(bounded.text).lines).toHaveLength(MAX_IMPORT_LINES);
    }
  });

  it("refuses a line longer than MAX_IMPORT_LINE_CHARS unread, showing only its masked start", () => {
    const long = `API Key${"\t".repeat(MAX_IMPORT_LINE_CHARS)}x y`;
    const [only] = parseCredentialPaste(long).lines;
    expect(only).toMatchObject({ status: "invalid", lineNumber: 1 });
    expect(only?.message).toMatch(/was not read/);
    expect([...(only?.raw ?? "")].length).toBeLessThanOrEqual(300);
  });

  // The old label pattern could split a run of tabs between its two [ \t]* in n ways (11 s on
  // one 100,000-character line); the new one has one way. Same language: checked on short
  // lines made of the characters that matter, where the old one is still quick.
  const OLD_GENERIC_LABEL = /^(\s*)([A-Za-z][A-Za-z0-9 ._()/-]{0,39}?)[ \t]*(?::[ \t]*|\t[ \t]*)(\S+)\s*$/;
  const OLD_JSON_AFTER = /^\s*,?\s*$/;
  it("the label and JSON patterns accept exactly what the old, quadratic ones did", () => {
    const piece = fc.constantFrom("a", "B", "1", " ", "\t", ":", ",", "x", "#", "=", "-", "\u00a0");
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 24 }).map((p) => p.join("")), (text) => {
        expect(GENERIC_LABEL.exec(text)?.slice(1) ?? null).toEqual(OLD_GENERIC_LABEL.exec(text)?.slice(1) ?? null);
        expect(JSON_AFTER_VALUE.test(text)).toBe(OLD_JSON_AFTER.test(text));
      }),
      { numRuns: 3000 },
    );
  });

  it("worst-case lines at the cap (runs of tabs, spaces and colons) are read like short ones", () => {
    const n = MAX_IMPORT_LINE_CHARS - 40;
    const short = (text: string) => line(parsed(text), 1).status;
    expect(short(`Token${"\t".repeat(n)}abc def`)).toBe(short("Token\t\tabc def"));
    expect(line(parsed(`Ads id${" \t".repeat(n / 2)}abc`), 1)).toMatchObject({ status: "unknown", extraLabel: "Ads ID" });
    expect(line(parsed(`{\n"TWITTER_API_KEY": "abc"${" ".repeat(n)}x\n}`), 2).status).toBe("invalid");
  });
});
