import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { ensureLocalSecrets, readDotenvValue } from "./local-secrets";
import { parseEnv } from "./env";

const dirs: string[] = [];
function tempDir(): string {
  const dir = mkdtempSync(path.join(tmpdir(), "perch-secrets-"));
  dirs.push(dir);
  return dir;
}
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  vi.restoreAllMocks();
});

describe("ensureLocalSecrets", () => {
  it("generates valid secrets once into .env.local, readable only by its owner", () => {
    vi.spyOn(console, "info").mockImplementation(() => undefined);
    const dir = tempDir();
    const source: Record<string, string | undefined> = {};
    expect(ensureLocalSecrets(source, dir)).toEqual(["NEXTAUTH_SECRET", "PERCH_MASTER_KEYS"]);
    const file = path.join(dir, ".env.local");
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(() => parseEnv({ ...source, NODE_ENV: "development" })).not.toThrow();
    // A second process of the same checkout reads the same values and writes nothing.
    const again: Record<string, string | undefined> = {};
    expect(ensureLocalSecrets(again, dir)).toEqual([]);
    expect(again.NEXTAUTH_SECRET).toBe(source.NEXTAUTH_SECRET);
    expect(again.PERCH_MASTER_KEYS).toBe(source.PERCH_MASTER_KEYS);
    expect(readFileSync(file, "utf8").match(/NEXTAUTH_SECRET=/g)).toHaveLength(1);
  });

  it("keeps a value from the environment and one already in the file", () => {
    vi.spyOn(console, "info").mockImplementation(() => undefined);
    const dir = tempDir();
    writeFileSync(path.join(dir, ".env.local"), "OTHER=1\nexport PERCH_MASTER_KEYS='k9:abc'\n");
    const source: Record<string, string | undefined> = { NEXTAUTH_SECRET: "from-the-environment" };
    expect(ensureLocalSecrets(source, dir)).toEqual([]);
    expect(source.NEXTAUTH_SECRET).toBe("from-the-environment");
    expect(source.PERCH_MASTER_KEYS).toBe("k9:abc");
  });
});

describe("readDotenvValue", () => {
  it("reads the last assignment, without quotes or export", () => {
    expect(readDotenvValue('A=1\nexport A="two"\n# A=3', "A")).toBe("two");
    expect(readDotenvValue("AB=1", "A")).toBeUndefined();
    expect(readDotenvValue("A=", "A")).toBeUndefined();
  });
});
