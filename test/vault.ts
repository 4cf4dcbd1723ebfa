// Fixtures for the vault key tests: teams with credentials, sign-in accounts and sandbox
// secrets, written through the real code paths, in any database (shared or fresh).
import { createHash, randomBytes } from "node:crypto";
import { sealWith } from "@/lib/crypto/app-seal";
import { Keyring, type MasterKey } from "@/lib/crypto/keyring";
import { accountTokenContext } from "@/lib/auth/adapter";
import { createDb, type Db } from "@/lib/db/client";
import { migrate } from "@/lib/db/migrate";
import { consumerSecretContext, tokenSecretContext } from "@/lib/sandbox/store";
import { encryptFieldValue, ensureTeamKey } from "@/lib/vault/keys";
import { freshDatabase } from "./fresh-db";

/** A master key derived from a seed, so tests are repeatable. */
export function masterKey(id: string, seed = id): MasterKey {
  return { id, key: createHash("sha256").update(`perch test master key ${seed}`).digest() };
}

/** The same master key as PERCH_MASTER_KEYS text (`id:base64`). */
export function masterKeyText(key: MasterKey): string {
  return `${key.id}:${key.key.toString("base64")}`;
}

export const uid = () => randomBytes(6).toString("hex");

/** A credential value as Twitter shapes them, unique per call so a leak is findable. */
export const secretValue = (label = "secret") => `${label}-${randomBytes(18).toString("base64url")}`;

export type SeededField = { id: string; teamId: string; appId: string; name: string; value: string };
export type SeededTeam = { teamId: string; fields: SeededField[] };

/** A team with `apps` vault apps of `fieldsPerApp` encrypted fields each, under `ring`. */
export async function seedTeam(db: Db, ring: Keyring, { apps = 1, fieldsPerApp = 3 }: { apps?: number; fieldsPerApp?: number } = {}): Promise<SeededTeam> {
  const team = await db.team.create({ data: { name: `vault test ${uid()}` } });
  await ensureTeamKey({ teamId: team.id }, { db, ring });
  const names = ["apiKey", "apiKeySecret", "accessToken", "accessTokenSecret", "bearerToken", "clientId", "clientSecret", "extra:ads-account-id"];
  const fields: SeededField[] = [];
  for (let a = 0; a < apps; a++) {
    const app = await db.vaultApp.create({ data: { teamId: team.id, name: `app-${a}-${uid()}`, environment: "development" } });
    for (let f = 0; f < fieldsPerApp; f++) {
      const name = names[f % names.length]!;
      const value = secretValue(name);
      const { ciphertext, keyVersion } = await encryptFieldValue({ teamId: team.id, appId: app.id, field: name, value }, { db, ring });
      const row = await db.credentialField.create({ data: { appId: app.id, teamId: team.id, name, ciphertext, keyVersion, length: value.length } });
      fields.push({ id: row.id, teamId: team.id, appId: app.id, name, value });
    }
  }
  return { teamId: team.id, fields };
}

export type SeededSealed = { kind: "account-access" | "account-refresh" | "consumer-secret" | "token-secret"; read: (db: Db) => Promise<string>; context: string; value: string };

/** A signed-in user's account tokens and a sandbox app with a user token, all sealed under `ring`. */
export async function seedSealed(db: Db, ring: Keyring): Promise<SeededSealed[]> {
  const twitterId = String(Date.now()) + String(Math.floor(Math.random() * 1e6));
  const user = await db.user.create({ data: { twitterId, name: "Ada", username: `ada_${uid()}` } });
  const access = secretValue("access-token");
  const refresh = secretValue("refresh-token");
  const accessCtx = accountTokenContext("twitter", twitterId, "access_token");
  const refreshCtx = accountTokenContext("twitter", twitterId, "refresh_token");
  const account = await db.account.create({
    data: { userId: user.id, type: "oauth", provider: "twitter", providerAccountId: twitterId, accessToken: sealWith(ring, access, accessCtx), refreshToken: sealWith(ring, refresh, refreshCtx) },
  });
  const consumerKey = `ck${uid()}`;
  const consumerSecret = secretValue("consumer-secret");
  const app = await db.sandboxApp.create({
    data: {
      name: `sandbox ${uid()}`,
      clientId: `cid${uid()}`,
      clientSecretHash: uid(),
      redirectUris: "[]",
      consumerKey,
      consumerSecretSealed: sealWith(ring, consumerSecret, consumerSecretContext(consumerKey)),
      bearerTokenHash: uid(),
    },
  });
  const sandboxUser = await db.sandboxUser.create({ data: { id: `su${uid()}`, name: "Practice", username: `practice_${uid()}` } });
  const token = `${uid()}-${uid()}`;
  const tokenSecret = secretValue("token-secret");
  await db.sandboxUserToken.create({ data: { token, secretSealed: sealWith(ring, tokenSecret, tokenSecretContext(token)), appId: app.id, userId: sandboxUser.id } });
  return [
    { kind: "account-access", read: async (d) => (await d.account.findUniqueOrThrow({ where: { id: account.id } })).accessToken!, context: accessCtx, value: access },
    { kind: "account-refresh", read: async (d) => (await d.account.findUniqueOrThrow({ where: { id: account.id } })).refreshToken!, context: refreshCtx, value: refresh },
    { kind: "consumer-secret", read: async (d) => (await d.sandboxApp.findUniqueOrThrow({ where: { id: app.id } })).consumerSecretSealed, context: consumerSecretContext(consumerKey), value: consumerSecret },
    { kind: "token-secret", read: async (d) => (await d.sandboxUserToken.findUniqueOrThrow({ where: { token } })).secretSealed, context: tokenSecretContext(token), value: tokenSecret },
  ];
}

/** A migrated, empty database of the engine under test, for tests that act on every row. */
export async function ownDatabase(): Promise<{ db: Db; url: string; close: () => Promise<void> }> {
  const { target, drop } = await freshDatabase();
  await migrate(target);
  const db = createDb(target);
  return {
    db,
    url: target.provider === "sqlite" ? `file:${target.file}` : target.url,
    close: async () => {
      await db.$disconnect();
      await drop();
    },
  };
}

export { Keyring };
