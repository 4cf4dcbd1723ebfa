import { execFileSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { readAppSecrets } from "@/lib/vault/apps";
import { testTarget } from "@/test/fresh-db";
import { vaultTeam } from "@/test/vault-fixtures";
import { newAccessToken, newApp, newUser } from "@/test/sandbox/fixtures";

// No plaintext at rest: known secrets stored through the data layer (vault fields, the
// sandbox's sealed secrets) appear nowhere in the database's own bytes — the SQLite file and
// its WAL, or a pg_dump of the PostgreSQL database — yet still decrypt.

function databaseBytes(): Buffer {
  const target = testTarget();
  if (target.provider === "sqlite") return Buffer.concat(["", "-wal"].filter((s) => existsSync(`${target.file}${s}`)).map((s) => readFileSync(`${target.file}${s}`)));
  return execFileSync("pg_dump", ["--no-owner", "--data-only", target.url], { maxBuffer: 512 * 1024 * 1024 });
}

describe("secrets at rest", () => {
  it("are never in the database's bytes in the clear, and still decrypt", async () => {
    const team = await vaultTeam();
    const sandboxApp = await newApp();
    const practice = await newUser();
    const token = await newAccessToken(sandboxApp.id, practice.id);
    // Make sure SQLite has written what it holds (the WAL is read too, but be thorough).
    await db.$queryRawUnsafe("SELECT 1");
    const bytes = databaseBytes();
    expect(bytes.length).toBeGreaterThan(1000);
    const known = [...Object.values(team.secrets), sandboxApp.consumerSecret, sandboxApp.clientSecret, sandboxApp.bearerToken, token.accessTokenSecret];
    for (const secret of known) expect(bytes.includes(Buffer.from(secret)), `${secret.slice(0, 6)}…`).toBe(false);
    const { fields } = await readAppSecrets({ teamId: team.teamId, appId: team.appId });
    expect(fields.map((f) => f.value).sort()).toEqual(Object.values(team.secrets).sort());
  });
});
