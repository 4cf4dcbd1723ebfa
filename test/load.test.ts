import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { decryptFieldValue } from "@/lib/vault/keys";
import { updateApp } from "@/app/vault/[teamId]/actions";
import { createVaultApp } from "@/lib/vault/apps";
import { runs } from "./stress";
import { uid } from "./sandbox/fixtures";
import { vaultTeam, type Person } from "./vault-fixtures";

// Load: many concurrent edits of one team's credentials from several sessions (owner,
// admin and two members, each with two browsers), through the real action and guard, on the
// engine under test (SQLite here, PostgreSQL in .ci/run's second pass). Each save either
// lands or gets a CONFLICT (the optimistic version check); nothing else, no deadlock (every
// call settles), every landed save has exactly one audit entry, each app's version counts
// exactly the landed saves, and each field holds the value of the last one that landed.

const EDITS = runs(200, 2000);
const APPS = 4;

const held = { landed: 0, conflicts: 0 };
afterAll(() => console.log(`concurrent edits: ${EDITS} (${held.landed} landed, ${held.conflicts} conflicts answered, ${EDITS - held.landed} gave up after 3 conflicts)`));

const meta = { twitterAppId: null, environment: "development" as const, accessLevel: null, notes: null, apiTarget: "sandbox" as const, rotateBy: null };

describe(`${EDITS} concurrent edits of one team's credentials`, () => {
  it("each lands or conflicts; versions, values and the audit trail account for every landed save", async () => {
    const team = await vaultTeam();
    const apps = [{ id: team.appId, name: (await db.vaultApp.findUniqueOrThrow({ where: { id: team.appId } })).name }];
    for (let i = 1; i < APPS; i++) {
      const name = `load-${i}-${uid(3)}`;
      const { id } = await createVaultApp({ userId: team.people.owner.id, teamId: team.teamId, meta: { name, ...meta }, fields: [{ name: "apiKey", label: null, value: `StartApiKey${i}0123456789` }] });
      apps.push({ id, name });
    }
    // Several sessions: each editor also signs in from a second browser.
    const editors: Person[] = [team.people.owner, team.people.admin, team.people.member, team.people.spareMember];
    const sessions = [];
    for (const p of editors) {
      sessions.push(p.browser);
      const { Browser } = await import("./browser");
      const second = new Browser();
      await second.signInAs({ id: p.id });
      sessions.push(second);
    }
    const auditBefore = await db.auditEntry.count({ where: { teamId: team.teamId, action: "app.updated" } });

    type Edit = { app: number; value: string; result: Awaited<ReturnType<typeof updateApp>> };
    const edits: Promise<Edit>[] = [];
    for (let i = 0; i < EDITS; i++) {
      const app = apps[i % APPS]!;
      const browser = sessions[i % sessions.length]!;
      const value = `LoadKey${i.toString().padStart(5, "0")}x${uid(6)}`;
      edits.push(
        (async () => {
          // Read the version as an edit form would, then save against it; on a conflict,
          // reload and try again (as the conflict message tells a person to), up to 3 times.
          let result: Edit["result"] | undefined;
          for (let attempt = 0; attempt < 3; attempt++) {
            const { version } = await db.vaultApp.findUniqueOrThrow({ where: { id: app.id }, select: { version: true } });
            result = await browser.call(() => updateApp({ teamId: team.teamId, appId: app.id, version, name: app.name, ...meta, set: [{ name: "apiKey", label: null, value }], remove: [] }));
            if (result.ok) break;
            held.conflicts += result.code === "CONFLICT" ? 1 : 0;
            if (result.code !== "CONFLICT") break;
          }
          return { app: i % APPS, value, result: result! };
        })(),
      );
    }
    const done = await Promise.all(edits);

    const unexpected = done.filter((e) => !e.result.ok && e.result.code !== "CONFLICT").map((e) => JSON.stringify(e.result));
    expect(unexpected).toEqual([]);
    const landed = done.filter((e) => e.result.ok);
    held.landed = landed.length;
    expect(landed.length).toBeGreaterThanOrEqual(APPS);

    for (let a = 0; a < APPS; a++) {
      const mine = landed.filter((e) => e.app === a).map((e) => ({ ...e, version: (e.result as { ok: true; data: { version: number } }).data.version }));
      // Each landed save took its own version number: 2, 3, … with none taken twice.
      const versions = mine.map((e) => e.version).sort((x, y) => x - y);
      expect(versions).toEqual(versions.map((_, i) => i + 2));
      const row = await db.vaultApp.findUniqueOrThrow({ where: { id: apps[a]!.id }, include: { fields: true } });
      expect(row.version).toBe(1 + mine.length);
      // The stored value is the last landed save's.
      const last = mine.find((e) => e.version === row.version);
      const field = row.fields.find((f) => f.name === "apiKey");
      if (last) {
        expect(field).toBeDefined();
        expect(await decryptFieldValue({ teamId: team.teamId, appId: row.id, field: "apiKey", fieldVersion: field!.version, ciphertext: field!.ciphertext, keyVersion: field!.keyVersion })).toBe(last.value);
      }
    }
    // One audit entry per landed save, naming its version; none for a conflict.
    const audit = await db.auditEntry.findMany({ where: { teamId: team.teamId, action: "app.updated" }, select: { targetId: true, detail: true } });
    expect(audit.length - auditBefore).toBe(landed.length);
    const audited = new Set(audit.map((e) => `${e.targetId}@${(JSON.parse(e.detail ?? "{}") as { version?: number }).version}`));
    for (const e of landed) expect(audited.has(`${apps[e.app]!.id}@${(e.result as { ok: true; data: { version: number } }).data.version}`)).toBe(true);
  }, 300_000); // a hang guard for a busy machine, not a speed goal
});
