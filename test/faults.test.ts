import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { Db } from "@/lib/db/client";
import { createDb } from "@/lib/db/client";
import { migrate } from "@/lib/db/migrate";
import type { DbTarget } from "@/lib/db/target";
import { freshDatabase, testTarget } from "./fresh-db";
import { runs } from "./stress";

// Faults, against a real database of the engine under test that this file owns (the app's
// `db` is pointed at it before any app module loads):
// - the database stops accepting writes mid-request (SQLite: the connection turned
//   read-only, as a read-only file is; PostgreSQL: the database made read-only and its
//   sessions ended) and stops accepting connections at all (PostgreSQL: ALLOW_CONNECTIONS
//   false and every backend terminated) → 503 problem JSON / UNAVAILABLE, no partial write;
//   and everything works again when it returns;
// - a write that fails at its last statement (a trigger refusing the audit entry, the
//   last row every change writes) leaves nothing behind: each multi-row change is one
//   transaction;
// - master-key rotation that crashes after N batches (an exception thrown from its own
//   progress hook) resumes and loses nothing.

let target: DbTarget;
let drop: () => Promise<void>;
let faultDb: Db;

beforeAll(async () => {
  ({ target, drop } = await freshDatabase());
  await migrate(target);
  faultDb = createDb(target);
  // lib/db/client.ts keeps one client on globalThis outside production: this file's app code uses this one.
  (globalThis as unknown as { perchDb?: Db }).perchDb = faultDb;
  // Modules imported from here on (every app module, dynamically) load afresh and take it.
  vi.resetModules();
});

afterAll(async () => {
  await restore();
  await faultDb.$disconnect();
  delete (globalThis as unknown as { perchDb?: Db }).perchDb;
  await drop();
});

const isPostgres = () => target.provider === "postgresql";
const dbName = () => (target.provider === "postgresql" ? new URL(target.url).pathname.slice(1) : "");

/** A client to the server, not the database under test, to change the database from outside. */
async function admin<T>(fn: (c: import("pg").Client) => Promise<T>): Promise<T> {
  const { Client } = await import("pg");
  const base = new URL((target as { url: string }).url);
  base.pathname = "/postgres";
  const c = new Client({ connectionString: base.toString() });
  await c.connect();
  try {
    return await fn(c);
  } finally {
    await c.end();
  }
}

const terminate = (c: import("pg").Client) => c.query(`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()`, [dbName()]);

/** Writes refused from now on; reads still work (so a request gets halfway). */
async function readOnly(): Promise<void> {
  if (isPostgres()) {
    await admin(async (c) => {
      await c.query(`ALTER DATABASE ${dbName()} SET default_transaction_read_only = on`);
      await terminate(c);
    });
  } else await faultDb.$executeRawUnsafe("PRAGMA query_only = ON");
}

/** No connection at all (PostgreSQL): refused, and the open ones ended. */
async function gone(): Promise<void> {
  await admin(async (c) => {
    await c.query(`ALTER DATABASE ${dbName()} ALLOW_CONNECTIONS false`);
    await terminate(c);
  });
}

async function restore(): Promise<void> {
  if (isPostgres()) {
    await admin(async (c) => {
      await c.query(`ALTER DATABASE ${dbName()} ALLOW_CONNECTIONS true`);
      await c.query(`ALTER DATABASE ${dbName()} RESET default_transaction_read_only`);
      await terminate(c);
    });
  } else await faultDb.$executeRawUnsafe("PRAGMA query_only = OFF");
}

/** Every row of the tables a team's changes touch, one digest per table: equal before and after means nothing was written. */
async function snapshot(): Promise<Record<string, string>> {
  const d = faultDb;
  const tables = await Promise.all([
    d.team.findMany({ orderBy: { id: "asc" } }),
    d.teamKey.findMany({ orderBy: [{ teamId: "asc" }, { version: "asc" }] }),
    d.membership.findMany({ orderBy: [{ teamId: "asc" }, { userId: "asc" }] }),
    d.invite.findMany({ orderBy: { id: "asc" } }),
    d.vaultApp.findMany({ orderBy: { id: "asc" } }),
    d.credentialField.findMany({ orderBy: { id: "asc" } }),
    d.auditEntry.findMany({ orderBy: { id: "asc" } }),
    d.draft.findMany({ orderBy: { id: "asc" } }),
    d.draftVersion.findMany({ orderBy: { id: "asc" } }),
  ]);
  const names = ["Team", "TeamKey", "Membership", "Invite", "VaultApp", "CredentialField", "AuditEntry", "Draft", "DraftVersion"];
  const { createHash } = await import("node:crypto");
  return Object.fromEntries(
    tables.map((rows, i) => [names[i]!, `${rows.length} rows ${createHash("sha256").update(JSON.stringify(rows, (_k, v: unknown) => (v instanceof Uint8Array ? Buffer.from(v).toString("base64") : v))).digest("hex").slice(0, 16)}`]),
  );
}

const app = async () => {
  const [fixtures, vaultActions, settings, members, drafts, reveal, exportRoute, health] = await Promise.all([
    import("./vault-fixtures"),
    import("@/app/vault/[teamId]/actions"),
    import("@/app/vault/[teamId]/settings/actions"),
    import("@/app/vault/[teamId]/members/actions"),
    import("@/app/drafts/actions"),
    import("@/app/api/teams/[teamId]/apps/[appId]/reveal/route"),
    import("@/app/api/teams/[teamId]/apps/[appId]/export/route"),
    import("@/app/api/health/route"),
  ]);
  return { fixtures, vaultActions, settings, members, drafts, reveal: reveal.POST, exportRoute: exportRoute.POST, health: health.GET };
};
type App = Awaited<ReturnType<typeof app>>;
type Team = Awaited<ReturnType<App["fixtures"]["vaultTeam"]>>;

const meta = { twitterAppId: null, environment: "development" as const, accessLevel: null, notes: null, apiTarget: "sandbox" as const, rotateBy: null };
const SITE = "http://localhost:3000";
const post = (path: string, body: unknown) => new Request(`${SITE}${path}`, { method: "POST", headers: { host: "localhost:3000", origin: SITE, "content-type": "application/json" }, body: JSON.stringify(body) });

type Outcome = { status: number; code: string | null; text: string };
/** Each change a person can make that writes more than one row, as its owner makes it. */
function changes(a: App, t: Team): Record<string, () => Promise<Outcome>> {
  const owner = t.people.owner.browser;
  const act = async (fn: () => Promise<{ ok: boolean; code?: string }>): Promise<Outcome> => {
    const r = await owner.call(fn);
    return { status: r.ok ? 200 : 0, code: r.ok ? null : (r.code ?? null), text: JSON.stringify(r) };
  };
  const route = async (handler: typeof a.reveal, path: string, body: unknown): Promise<Outcome> => {
    const res = await owner.call(() => handler(post(path, body), { params: Promise.resolve({ teamId: t.teamId, appId: t.appId }) }));
    const text = await res.text();
    let code: string | null = null;
    try {
      code = (JSON.parse(text) as { code?: string }).code ?? null;
    } catch {
      /* not JSON: a .env file */
    }
    return { status: res.status, code, text };
  };
  return {
    "vault.createApp": () => act(() => a.vaultActions.createApp({ teamId: t.teamId, name: "fault-app", ...meta, fields: [{ name: "apiKey", label: null, value: "FaultApiKey0123456789" }, { name: "apiKeySecret", label: null, value: "FaultApiKeySecret0123456789abcdefghijklmnopq" }] })),
    "vault.updateApp": () =>
      act(() => a.vaultActions.updateApp({ teamId: t.teamId, appId: t.appId, version: 1, name: "renamed", ...meta, set: [{ name: "bearerToken", label: null, value: "AAAAAAAAAAAAAAAAAAAAAfaultbearer0123" }], remove: ["apiKey"] })),
    "vault.saveSecrets": () => act(() => a.vaultActions.saveSecrets({ teamId: t.teamId, name: "saved", environment: "development", apiTarget: "sandbox", fields: [{ name: "apiKey", label: null, value: "SavedFaultKey0123456789" }] })),
    "teams.rekey": () => act(() => a.settings.rekeyAction({ teamId: t.teamId })),
    "teams.transferOwnership": () => act(() => a.settings.transferAction({ teamId: t.teamId, memberId: t.people.spareMember.id })),
    "teams.updateSettings": () => act(() => a.settings.updateSettingsAction({ teamId: t.teamId, name: "Renamed team", staleAfterDays: 30 })),
    "members.changeRole": () => act(() => a.members.changeRoleAction({ teamId: t.teamId, memberId: t.people.spareMember.id, role: "viewer" })),
    "members.remove": () => act(() => a.members.removeMemberAction({ teamId: t.teamId, memberId: t.people.spareViewer.id })),
    "invites.create": () => act(() => a.members.createInviteAction({ teamId: t.teamId, role: "viewer" })),
    "invites.revoke": () => act(() => a.members.revokeInviteAction({ teamId: t.teamId, inviteId: t.inviteId })),
    "drafts.save": () => act(() => a.drafts.saveDraftAction({ teamId: t.teamId, title: "Fault draft", content: {} })),
    "POST …/reveal": () => route(a.reveal, `/api/teams/${t.teamId}/apps/${t.appId}/reveal`, { field: "apiKeySecret", purpose: "reveal" }),
    "POST …/export": () => route(a.exportRoute, `/api/teams/${t.teamId}/apps/${t.appId}/export`, {}),
    "vault.deleteApp": () => act(() => a.vaultActions.deleteApp({ teamId: t.teamId, appId: t.appId })),
  };
}

/** Makes the database refuse the audit entry every change writes last, with an "unavailable" error. */
async function refuseAuditWrites(on: boolean): Promise<void> {
  if (isPostgres()) {
    if (on) {
      await faultDb.$executeRawUnsafe(`CREATE OR REPLACE FUNCTION perch_fault() RETURNS trigger AS $$ BEGIN RAISE EXCEPTION 'terminating connection (fault injected)' USING ERRCODE = '57P01'; END $$ LANGUAGE plpgsql`);
      await faultDb.$executeRawUnsafe(`CREATE TRIGGER perch_fault BEFORE INSERT ON "AuditEntry" FOR EACH ROW EXECUTE FUNCTION perch_fault()`);
    } else await faultDb.$executeRawUnsafe(`DROP TRIGGER IF EXISTS perch_fault ON "AuditEntry"`);
  } else if (on) await faultDb.$executeRawUnsafe(`CREATE TRIGGER perch_fault BEFORE INSERT ON "AuditEntry" BEGIN SELECT RAISE(ABORT, 'attempt to write a readonly database (fault injected)'); END`);
  else await faultDb.$executeRawUnsafe(`DROP TRIGGER IF EXISTS perch_fault`);
}

/** Counted for the report. */
const survived: string[] = [];
afterAll(() => console.log(`faults survived: ${survived.length} (${target.provider})`));

describe("the database goes away", () => {
  it("mid-request (writes refused after the reads): every change answers 503 / UNAVAILABLE and writes nothing; all work again when it returns", async () => {
    const a = await app();
    const t = await a.fixtures.vaultTeam();
    const before = await snapshot();
    await readOnly();
    try {
      for (const [name, run] of Object.entries(changes(a, t))) {
        const out = await run();
        expect(out.code, `${name}: ${out.text}`).toBe("UNAVAILABLE");
        expect(out.text).toContain("cannot reach its database");
        for (const secret of Object.values(t.secrets)) expect(out.text, name).not.toContain(secret);
        survived.push(`read-only: ${name}`);
      }
    } finally {
      await restore();
    }
    expect(await snapshot()).toEqual(before);
    // Back: the same requests go through (a fresh team, since the first set changes it).
    const again = await a.fixtures.vaultTeam();
    for (const [name, run] of Object.entries(changes(a, again))) {
      if (name === "teams.transferOwnership") continue; // after the others it would find no spare member to promote: checked alone below
      const out = await run();
      expect(out.status, `${name} after recovery: ${out.text}`).toBe(200);
    }
  });

  // A server that refuses connections exists only for PostgreSQL (a SQLite file has no
  // server): this case is registered in .ci/run's PostgreSQL pass, and absent, not skipped, here.
  const refusing = testTarget().provider === "postgresql" ? it : () => undefined;
  refusing("entirely (connections refused): problem JSON 503, health 503, then recovery", async () => {
    const a = await app();
    const t = await a.fixtures.vaultTeam();
    await gone();
    try {
      const health = await a.health(new Request(`${SITE}/api/health`), { params: Promise.resolve({}) });
      expect(health.status).toBe(503);
      const reveal = await changes(a, t)["POST …/reveal"]!();
      expect(reveal.status).toBe(503);
      expect(reveal.code).toBe("UNAVAILABLE");
      const update = await changes(a, t)["vault.updateApp"]!();
      expect(update.code).toBe("UNAVAILABLE");
      survived.push("connections refused: reveal, update, health");
    } finally {
      await restore();
    }
    expect((await a.health(new Request(`${SITE}/api/health`), { params: Promise.resolve({}) })).status).toBe(200);
    expect((await changes(a, t)["vault.updateApp"]!()).status).toBe(200);
  });

  it("at the last row of a change (its audit entry refused): nothing of the change is left behind", async () => {
    const a = await app();
    const t = await a.fixtures.vaultTeam();
    let before = await snapshot();
    const partial: string[] = [];
    await refuseAuditWrites(true);
    try {
      for (const [name, run] of Object.entries(changes(a, t))) {
        const out = await run();
        expect(out.status, `${name}: ${out.text}`).not.toBe(200);
        expect(out.code, `${name}: ${out.text}`).toBe("UNAVAILABLE");
        // A reveal or export refused by the audit must not have handed out the value.
        for (const secret of Object.values(t.secrets)) expect(out.text, name).not.toContain(secret);
        const after = await snapshot();
        const changed = Object.keys(before).filter((table) => before[table] !== after[table]);
        if (changed.length > 0) partial.push(`${name} (wrote ${changed.join(", ")} without its audit entry)`);
        else survived.push(`audit refused: ${name}`);
        before = after;
      }
    } finally {
      await refuseAuditWrites(false);
    }
    expect(partial, "changes whose audit entry is not in the change's transaction").toEqual([]);
    expect((await changes(a, t)["teams.transferOwnership"]!()).status).toBe(200);
  });
});

describe("master-key rotation crashes part-way", () => {
  it("resumes after a crash after each of the first batches and loses nothing", async () => {
    const { rewrapDataKeys, verifyVault } = await import("@/lib/vault/keys");
    const { Keyring, masterKey, ownDatabase, seedTeam, seedSealed } = await import("./vault");
    // Its own database: every row in it is under this test's keys.
    const own = await ownDatabase();
    const faultDb = own.db;
    const oldRing = new Keyring([masterKey("old")]);
    const teams = runs(12, 120);
    const seeded = [];
    for (let i = 0; i < teams; i++) seeded.push(await seedTeam(faultDb, oldRing, { apps: 1, fieldsPerApp: 2 }));
    const sealed = await seedSealed(faultDb, oldRing);
    const newRing = new Keyring([masterKey("new"), masterKey("old")]);
    const batchSize = 3;
    let crashes = 0;
    // Crash after batch 1, then after batch 2 of the next run, …, until a run completes.
    for (let crashAfter = 1; ; crashAfter++) {
      let batches = 0;
      try {
        const result = await rewrapDataKeys(
          {
            batchSize,
            onProgress: () => {
              batches += 1;
              if (batches === crashAfter) throw new Error(`simulated crash after batch ${crashAfter}`);
            },
          },
          { ring: newRing, db: faultDb },
        );
        expect(result.failures).toEqual([]);
        expect(result.remaining).toEqual({});
        break;
      } catch (error) {
        expect(String(error)).toContain("simulated crash");
        crashes += 1;
        // Between runs, everything still opens (with the keyring holding both keys).
        expect((await verifyVault({}, { ring: newRing, db: faultDb })).failures).toEqual([]);
      }
      if (crashAfter > 100) throw new Error("rotation never completed");
    }
    expect(crashes).toBeGreaterThan(1);
    // Done: nothing is under the old key, and with the new key alone every value reads back.
    const onlyNew = new Keyring([masterKey("new")]);
    const verified = await verifyVault({}, { ring: onlyNew, db: faultDb });
    expect(verified.failures).toEqual([]);
    const { decryptFieldValue } = await import("@/lib/vault/keys");
    for (const team of seeded) for (const f of team.fields) {
      const row = await faultDb.credentialField.findUniqueOrThrow({ where: { id: f.id } });
      expect(await decryptFieldValue({ teamId: f.teamId, appId: f.appId, field: f.name, fieldVersion: row.version, ciphertext: row.ciphertext, keyVersion: row.keyVersion }, { ring: onlyNew, db: faultDb })).toBe(f.value);
    }
    const { openWith } = await import("@/lib/crypto/app-seal");
    for (const s of sealed) expect(openWith(onlyNew, await s.read(faultDb), s.context)).toBe(s.value);
    survived.push(`rotation: ${crashes} crashes, resumed`);
    await own.close();
  });
});
