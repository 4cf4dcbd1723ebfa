import "server-only";
import { db } from "@/lib/db/client";
import type { ClientInfo } from "@/lib/guard/client";
import { AppError } from "@/lib/guard/errors";
import { appendAudit } from "./audit";
import { fieldLabel, isStandardField, MAX_EXTRA_FIELDS, STANDARD_FIELDS, valueHint, type FieldName } from "./fields";
import { appHealth, type HealthFlag } from "./health";
import { decryptField } from "./crypto";
import { dataKeyFor, decryptFieldValue, encryptFieldValue } from "./keys";
import type { AppMeta, FieldWrite } from "./schemas";

/**
 * A team's Twitter Apps and their encrypted credential fields. Every function takes the
 * `teamId` (and the acting `userId` where it writes) and scopes its queries by it; the
 * guard has already checked the caller's role. Values are encrypted before they reach the
 * database and decrypted only for an explicit reveal, copy, export or test — each audited.
 */

export type FieldView = { name: FieldName; label: string; isSecret: boolean; hint: string; length: number; version: number; updatedAt: Date; updatedBy: string | null };

export type AppView = AppMeta & {
  id: string;
  version: number;
  createdAt: Date;
  updatedAt: Date;
  secretsChangedAt: Date | null;
  lastTestedAt: Date | null;
  lastTestOk: boolean | null;
  lastTestSummary: string | null;
  fields: FieldView[];
  health: HealthFlag[];
};

export type AppListItem = Pick<AppView, "id" | "name" | "environment" | "accessLevel" | "apiTarget" | "updatedAt" | "lastTestedAt" | "health"> & { fieldCount: number };

const ORDER = Object.keys(STANDARD_FIELDS);
const fieldOrder = (name: string) => (isStandardField(name) ? ORDER.indexOf(name) : ORDER.length);

function isUniqueViolation(error: unknown): boolean {
  return typeof error === "object" && error !== null && "code" in error && error.code === "P2002";
}

const nameTaken = (name: string) => new AppError("BAD_INPUT", `This team already has an app called “${name}”.`, { fieldErrors: { name: [`This team already has an app called “${name}”.`] } });

async function staleAfterDays(teamId: string): Promise<number> {
  return (await db.team.findUniqueOrThrow({ where: { id: teamId }, select: { staleAfterDays: true } })).staleAfterDays;
}

/**
 * Encrypts and writes field values of one app, inside the caller's transaction. The team
 * row is touched first: a re-key updates that row too, so a save and a re-key run one after
 * the other and a value is never written under a data key a re-key is deleting.
 */
async function writeFields(tx: Parameters<Parameters<typeof db.$transaction>[0]>[0], { teamId, appId, userId, writes }: { teamId: string; appId: string; userId: string; writes: FieldWrite[] }): Promise<void> {
  if (writes.length === 0) return;
  await tx.team.update({ where: { id: teamId }, data: { updatedAt: new Date() } });
  for (const write of writes) {
    // The version this write gives the field is sealed into its ciphertext (lib/vault/crypto.ts), so it is set, not incremented.
    const existing = await tx.credentialField.findUnique({ where: { appId_name: { appId, name: write.name } }, select: { version: true } });
    const fieldVersion = (existing?.version ?? 0) + 1;
    const { ciphertext, keyVersion } = await encryptFieldValue({ teamId, appId, field: write.name, fieldVersion, value: write.value }, { db: tx });
    const data = { ciphertext: Uint8Array.from(ciphertext), keyVersion, hint: valueHint(write.value), length: write.value.length, updatedById: userId, label: write.label ?? null, version: fieldVersion };
    await tx.credentialField.upsert({ where: { appId_name: { appId, name: write.name } }, create: { appId, teamId, name: write.name, ...data }, update: data });
  }
}

/** A detail's value as it can be compared: dates by day, absent as null. */
const comparable = (value: unknown) => (value instanceof Date ? value.toISOString().slice(0, 10) : (value ?? null));

const fieldsLabel = (writes: readonly { name: FieldName; label?: string | null }[]) => writes.map((w) => fieldLabel(w.name, w.label));

/** Creates an app with its credential fields, encrypted. */
export async function createVaultApp({ userId, teamId, meta, fields, client }: { userId: string; teamId: string; meta: AppMeta; fields: FieldWrite[]; client?: ClientInfo }): Promise<{ id: string }> {
  if (fields.filter((f) => !isStandardField(f.name)).length > MAX_EXTRA_FIELDS) throw new AppError("LIMIT_REACHED", `An app can hold at most ${MAX_EXTRA_FIELDS} extra fields.`);
  try {
    return await db.$transaction(async (tx) => {
      const app = await tx.vaultApp.create({ data: { teamId, ...meta, createdById: userId, secretsChangedAt: fields.length ? new Date() : null } });
      await writeFields(tx, { teamId, appId: app.id, userId, writes: fields });
      await appendAudit({ teamId, actorId: userId, action: "app.created", target: { type: "app", id: app.id, label: meta.name }, detail: { environment: meta.environment, fields: fieldsLabel(fields) }, client }, tx);
      return { id: app.id };
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw nameTaken(meta.name);
    throw error;
  }
}

/**
 * Saves an edit made from version `version` of the app: its details, new values for some
 * fields, and fields to remove. If someone saved in between, nothing is written and the
 * caller gets a CONFLICT to show (with a way to reload); nothing is silently overwritten.
 */
export async function updateVaultApp({
  userId,
  teamId,
  appId,
  version,
  meta,
  set,
  remove,
  client,
}: {
  userId: string;
  teamId: string;
  appId: string;
  version: number;
  meta: AppMeta;
  set: FieldWrite[];
  remove: FieldName[];
  client?: ClientInfo;
}): Promise<{ version: number }> {
  try {
    return await db.$transaction(async (tx) => {
      const current = await tx.vaultApp.findFirst({ where: { id: appId, teamId }, include: { fields: { select: { name: true, label: true } } } });
      if (!current) throw new AppError("NOT_FOUND", "That app doesn't exist any more.");
      const extras = new Set([...current.fields.map((f) => f.name), ...set.map((f) => f.name)].filter((n) => !isStandardField(n) && !remove.includes(n as FieldName)));
      if (extras.size > MAX_EXTRA_FIELDS) throw new AppError("LIMIT_REACHED", `An app can hold at most ${MAX_EXTRA_FIELDS} extra fields.`);
      const changesSecrets = set.length > 0 || remove.some((name) => current.fields.some((f) => f.name === name));
      // The version check and the bump are one statement: of two concurrent saves, one wins.
      const bumped = await tx.vaultApp.updateMany({
        where: { id: appId, teamId, version },
        data: { ...meta, version: { increment: 1 }, ...(changesSecrets ? { secretsChangedAt: new Date() } : {}) },
      });
      if (bumped.count !== 1) {
        throw new AppError("CONFLICT", `Someone else saved “${current.name}” while you were editing (it is now version ${current.version}, you edited version ${version}). Reload to see their changes; what you typed is still in the form.`);
      }
      await writeFields(tx, { teamId, appId, userId, writes: set });
      const removed = remove.length ? current.fields.filter((f) => remove.includes(f.name as FieldName)) : [];
      if (removed.length) await tx.credentialField.deleteMany({ where: { appId, teamId, name: { in: removed.map((f) => f.name) } } });
      const metaChanged = (Object.keys(meta) as (keyof AppMeta)[]).filter((k) => comparable(meta[k]) !== comparable(current[k]));
      await appendAudit(
        {
          teamId,
          actorId: userId,
          action: "app.updated",
          target: { type: "app", id: appId, label: meta.name },
          detail: { version: version + 1, details: metaChanged, fields: fieldsLabel(set), removed: removed.map((f) => fieldLabel(f.name as FieldName, f.label)) },
          client,
        },
        tx,
      );
      return { version: version + 1 };
    }, SAVE_TRANSACTION);
  } catch (error) {
    if (isUniqueViolation(error)) throw nameTaken(meta.name);
    throw error;
  }
}

/**
 * A save waits up to 10 s for a connection and a transaction, not Prisma's default 2 s: under
 * a burst of concurrent saves on PostgreSQL (a pool of ~10 connections) the default turned
 * saves into errors instead of queueing them (test/load.test.ts).
 */
const SAVE_TRANSACTION = { maxWait: 10_000, timeout: 15_000 } as const;

/** Deletes an app and its fields. */
export async function deleteVaultApp({ userId, teamId, appId, client }: { userId: string; teamId: string; appId: string; client?: ClientInfo }): Promise<void> {
  const app = await db.vaultApp.findFirst({ where: { id: appId, teamId }, select: { name: true } });
  if (!app) throw new AppError("NOT_FOUND", "That app doesn't exist any more.");
  await db.$transaction(async (tx) => {
    await tx.vaultApp.deleteMany({ where: { id: appId, teamId } });
    await appendAudit({ teamId, actorId: userId, action: "app.deleted", target: { type: "app", id: appId, label: app.name }, client }, tx);
  });
}

function toMeta(row: { name: string; twitterAppId: string | null; environment: AppMeta["environment"]; accessLevel: string | null; notes: string | null; apiTarget: string; rotateBy: Date | null }): AppMeta {
  return { name: row.name, twitterAppId: row.twitterAppId, environment: row.environment, accessLevel: row.accessLevel, notes: row.notes, apiTarget: row.apiTarget === "sandbox" ? "sandbox" : "twitter", rotateBy: row.rotateBy };
}

/** One app with its fields masked (hint, length, who changed it last), or NOT_FOUND. */
export async function getVaultApp({ teamId, appId, now = new Date() }: { teamId: string; appId: string; now?: Date }): Promise<AppView> {
  const row = await db.vaultApp.findFirst({ where: { id: appId, teamId }, include: { fields: { select: { name: true, label: true, hint: true, length: true, version: true, updatedAt: true, updatedById: true } } } });
  if (!row) throw new AppError("NOT_FOUND", "That app doesn't exist, or it isn't in this team.");
  const people = new Map((await db.user.findMany({ where: { id: { in: row.fields.map((f) => f.updatedById).filter((x): x is string => Boolean(x)) } }, select: { id: true, username: true } })).map((u) => [u.id, `@${u.username}`]));
  const fields = row.fields
    .map((f) => ({
      name: f.name as FieldName,
      label: fieldLabel(f.name as FieldName, f.label),
      isSecret: isStandardField(f.name) ? STANDARD_FIELDS[f.name].isSecret : true,
      hint: f.hint,
      length: f.length,
      version: f.version,
      updatedAt: f.updatedAt,
      updatedBy: f.updatedById ? (people.get(f.updatedById) ?? null) : null,
    }))
    .sort((a, b) => fieldOrder(a.name) - fieldOrder(b.name) || a.label.localeCompare(b.label));
  const health = appHealth({ ...row, fieldCount: fields.length }, { staleAfterDays: await staleAfterDays(teamId), now });
  return {
    ...toMeta(row),
    id: row.id,
    version: row.version,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    secretsChangedAt: row.secretsChangedAt,
    lastTestedAt: row.lastTestedAt,
    lastTestOk: row.lastTestOk,
    lastTestSummary: row.lastTestSummary,
    fields,
    health,
  };
}

export type AppFilters = { q?: string; environment?: AppMeta["environment"]; health?: HealthFlag | "healthy" };
export const APPS_PER_PAGE = 50;

/**
 * The team's apps for the list: name and environment filtered in the query, health (which
 * depends on the team's settings and the time) after; one page at a time.
 */
export async function findVaultApps({ teamId, filters = {}, page = 1, now = new Date() }: { teamId: string; filters?: AppFilters; page?: number; now?: Date }): Promise<{ apps: AppListItem[]; total: number; environments: AppMeta["environment"][] }> {
  const q = filters.q?.trim().toLowerCase();
  const [rows, days, environments] = await Promise.all([
    db.vaultApp.findMany({
      where: { teamId, ...(filters.environment ? { environment: filters.environment } : {}) },
      select: { id: true, name: true, environment: true, accessLevel: true, apiTarget: true, updatedAt: true, createdAt: true, secretsChangedAt: true, lastTestedAt: true, lastTestOk: true, rotateBy: true, _count: { select: { fields: true } } },
      orderBy: { name: "asc" },
    }),
    staleAfterDays(teamId),
    db.vaultApp.findMany({ where: { teamId }, select: { environment: true }, distinct: ["environment"] }),
  ]);
  // Case-insensitive search the same way on SQLite and PostgreSQL: in code, over names only.
  const matches = rows
    .filter((r) => !q || r.name.toLowerCase().includes(q))
    .map((r) => ({
      id: r.id,
      name: r.name,
      environment: r.environment,
      accessLevel: r.accessLevel,
      apiTarget: r.apiTarget === "sandbox" ? ("sandbox" as const) : ("twitter" as const),
      updatedAt: r.updatedAt,
      lastTestedAt: r.lastTestedAt,
      fieldCount: r._count.fields,
      health: appHealth({ ...r, fieldCount: r._count.fields }, { staleAfterDays: days, now }),
    }))
    .filter((a) => !filters.health || (filters.health === "healthy" ? a.health.length === 0 : a.health.includes(filters.health)));
  const start = (Math.max(1, page) - 1) * APPS_PER_PAGE;
  return { apps: matches.slice(start, start + APPS_PER_PAGE), total: matches.length, environments: environments.map((e) => e.environment) };
}

async function readField({ teamId, appId, field }: { teamId: string; appId: string; field: FieldName }): Promise<{ value: string; label: string; appName: string }> {
  const row = await db.credentialField.findFirst({ where: { appId, teamId, name: field }, include: { app: { select: { name: true } } } });
  if (!row) throw new AppError("NOT_FOUND", "That credential doesn't exist any more.");
  const value = await decryptFieldValue({ teamId, appId, field, fieldVersion: row.version, ciphertext: row.ciphertext, keyVersion: row.keyVersion });
  return { value, label: fieldLabel(field, row.label), appName: row.app.name };
}

/** Decrypts one field for an explicit reveal or copy, and records it in the audit log. */
export async function revealCredential({ userId, teamId, appId, field, purpose, client }: { userId: string; teamId: string; appId: string; field: FieldName; purpose: "reveal" | "copy"; client?: ClientInfo }): Promise<string> {
  const { value, label, appName } = await readField({ teamId, appId, field });
  await appendAudit({ teamId, actorId: userId, action: purpose === "copy" ? "credential.copied" : "credential.revealed", target: { type: "credential", id: appId, label: `${label} of ${appName}` }, detail: { field }, client });
  return value;
}

/** Every field of an app, decrypted, for an export or a test (the caller audits which). */
export async function readAppSecrets({ teamId, appId }: { teamId: string; appId: string }): Promise<{ meta: AppMeta; fields: { name: FieldName; label: string | null; value: string }[] }> {
  const row = await db.vaultApp.findFirst({ where: { id: appId, teamId }, include: { fields: true } });
  if (!row) throw new AppError("NOT_FOUND", "That app doesn't exist, or it isn't in this team.");
  // One data key look-up per key version, not per field: the read API calls this on every request.
  const keys = new Map<number, Buffer>();
  for (const version of new Set(row.fields.map((f) => f.keyVersion))) keys.set(version, await dataKeyFor({ teamId, version }));
  const fields = row.fields
    .sort((a, b) => fieldOrder(a.name) - fieldOrder(b.name) || a.name.localeCompare(b.name))
    .map((f) => ({ name: f.name as FieldName, label: f.label, value: decryptField(keys.get(f.keyVersion)!, { teamId, appId, field: f.name, fieldVersion: f.version }, f.ciphertext) }));
  return { meta: toMeta(row), fields };
}

/** Records the outcome of a credential test (words only) on the app. */
export async function recordTestOutcome({ teamId, appId, ok, summary, now = new Date() }: { teamId: string; appId: string; ok: boolean; summary: string; now?: Date }): Promise<void> {
  // A test changes nothing a person edited, so the app's updatedAt ("changed …") is written
  // back as it was (Prisma would otherwise set it to now). The where names the time read, so
  // an edit saved in between is not undone: then read again and retry.
  for (let attempt = 0; attempt < 3; attempt++) {
    const row = await db.vaultApp.findFirst({ where: { id: appId, teamId }, select: { updatedAt: true } });
    if (!row) return;
    const { count } = await db.vaultApp.updateMany({ where: { id: appId, teamId, updatedAt: row.updatedAt }, data: { lastTestedAt: now, lastTestOk: ok, lastTestSummary: summary.slice(0, 500), updatedAt: row.updatedAt } });
    if (count === 1) return;
  }
}

/**
 * A one-click save of credentials shown once elsewhere (the sandbox portal, a guide step)
 * into the team's app of that name: created if new, otherwise its fields are replaced and
 * its other details kept. Audited like any edit.
 */
export async function saveSecretsToApp({
  userId,
  teamId,
  name,
  environment,
  apiTarget,
  fields,
  client,
}: {
  userId: string;
  teamId: string;
  name: string;
  environment: AppMeta["environment"];
  apiTarget: AppMeta["apiTarget"];
  fields: FieldWrite[];
  client?: ClientInfo;
}): Promise<{ appId: string; isNew: boolean }> {
  const existing = await db.vaultApp.findFirst({ where: { teamId, name } });
  if (!existing) {
    const { id } = await createVaultApp({ userId, teamId, meta: { name, environment, apiTarget, twitterAppId: null, accessLevel: null, notes: null, rotateBy: null }, fields, client });
    return { appId: id, isNew: true };
  }
  await updateVaultApp({ userId, teamId, appId: existing.id, version: existing.version, meta: toMeta(existing), set: fields, remove: [], client });
  return { appId: existing.id, isNew: false };
}
