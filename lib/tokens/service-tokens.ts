import "server-only";
import { safeEqual, sha256 } from "@/lib/crypto/hash";
import { db } from "@/lib/db/client";
import type { ClientInfo } from "@/lib/guard/client";
import { AppError } from "@/lib/guard/errors";
import { appendAudit } from "@/lib/vault/audit";
import { ENVIRONMENTS, type AppEnvironment } from "@/lib/vault/schemas";
import { newTokenText, tokenDisplay, tokenLookup } from "./format";

/**
 * Service tokens: read-only keys a program uses to read chosen apps' secrets (the read API,
 * `perch run`). A token belongs to its team, not to the person who made it: it dies with
 * the team, and removing its maker from the team leaves it working. Only the SHA-256 of the
 * token is stored; it is found by its non-secret lookup id and compared in constant time.
 * Nothing here logs a token or puts one in an error message.
 */

/** Unexpired, unrevoked tokens a team may have at once. */
export const MAX_ACTIVE_TOKENS = 100;
/** `lastUsedAt` is written at most this often per token, so reads don't queue behind writes. */
export const LAST_USE_RESOLUTION_MS = 60_000;

const DAY_MS = 24 * 3600_000;

/** Who a request is, when it carries a valid service token. */
export type ServiceTokenPrincipal = { id: string; teamId: string; name: string; allApps: boolean; appIds: string[]; environments: AppEnvironment[] };

export type TokenRow = {
  id: string;
  name: string;
  display: string;
  allApps: boolean;
  apps: { id: string; name: string }[];
  environments: AppEnvironment[];
  createdBy: string | null;
  createdAt: Date;
  expiresAt: Date;
  lastUsedAt: Date | null;
  lastUsedIp: string | null;
  status: "active" | "expired" | "revoked";
  revokedAt: Date | null;
};

const parseEnvironments = (text: string): AppEnvironment[] => text.split(",").filter((e): e is AppEnvironment => (ENVIRONMENTS as readonly string[]).includes(e));

/** Creates a token for the team. Returns the token once; only its hash is kept. */
export async function createServiceToken({
  userId,
  teamId,
  name,
  appIds,
  environments,
  days,
  client,
  now = new Date(),
}: {
  userId: string;
  teamId: string;
  name: string;
  /** Empty for every app of the team (including ones added later). */
  appIds: string[];
  environments: AppEnvironment[];
  days: number;
  client?: ClientInfo;
  now?: Date;
}): Promise<{ id: string; token: string; expiresAt: Date }> {
  const active = await db.serviceToken.count({ where: { teamId, revokedAt: null, expiresAt: { gt: now } } });
  if (active >= MAX_ACTIVE_TOKENS) throw new AppError("LIMIT_REACHED", `This team has ${MAX_ACTIVE_TOKENS} active tokens. Revoke some first.`);
  const apps = appIds.length ? await db.vaultApp.findMany({ where: { teamId, id: { in: appIds } }, select: { id: true, name: true } }) : [];
  if (apps.length !== appIds.length) throw new AppError("BAD_INPUT", "One of the chosen apps is not in this team any more. Reload the page.", { fieldErrors: { appIds: ["One of the chosen apps is not in this team any more. Reload the page."] } });
  const { token, lookup } = newTokenText();
  const expiresAt = new Date(now.getTime() + days * DAY_MS);
  const allApps = appIds.length === 0;
  const row = await db.$transaction(async (tx) => {
    const created = await tx.serviceToken.create({
      data: { teamId, name, prefix: lookup, secretHash: sha256(token), allApps, environments: environments.join(","), createdById: userId, createdAt: now, expiresAt, apps: { create: apps.map((a) => ({ appId: a.id })) } },
    });
    await appendAudit(
      {
        teamId,
        actorId: userId,
        action: "token.created",
        target: { type: "token", id: created.id, label: name },
        detail: { apps: allApps ? ["every app"] : apps.map((a) => a.name), environments, expiresAt: expiresAt.toISOString() },
        client,
      },
      tx,
    );
    return created;
  });
  return { id: row.id, token, expiresAt };
}

/** The team's tokens, newest first (at most 200), with their scope, maker and last use. */
export async function findServiceTokens({ teamId, now = new Date() }: { teamId: string; now?: Date }): Promise<TokenRow[]> {
  const rows = await db.serviceToken.findMany({
    where: { teamId },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: 200,
    include: { createdBy: { select: { username: true } }, apps: { include: { app: { select: { id: true, name: true } } } } },
  });
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    display: tokenDisplay(r.prefix),
    allApps: r.allApps,
    apps: r.apps.map((a) => a.app).sort((a, b) => a.name.localeCompare(b.name)),
    environments: parseEnvironments(r.environments),
    createdBy: r.createdBy ? `@${r.createdBy.username}` : null,
    createdAt: r.createdAt,
    expiresAt: r.expiresAt,
    lastUsedAt: r.lastUsedAt,
    lastUsedIp: r.lastUsedIp,
    status: r.revokedAt ? "revoked" : r.expiresAt.getTime() <= now.getTime() ? "expired" : "active",
    revokedAt: r.revokedAt,
  }));
}

/** The team's tokens as choices for the audit log's filter. */
export async function findTokenChoices({ teamId }: { teamId: string }): Promise<{ id: string; name: string; display: string }[]> {
  const rows = await db.serviceToken.findMany({ where: { teamId }, orderBy: { createdAt: "desc" }, take: 200, select: { id: true, name: true, prefix: true } });
  return rows.map((r) => ({ id: r.id, name: r.name, display: tokenDisplay(r.prefix) }));
}

/** Revokes a token of this team; its next request is refused. */
export async function revokeServiceToken({ userId, teamId, tokenId, client, now = new Date() }: { userId: string; teamId: string; tokenId: string; client?: ClientInfo; now?: Date }): Promise<void> {
  const row = await db.serviceToken.findFirst({ where: { id: tokenId, teamId }, select: { name: true, revokedAt: true } });
  if (!row || row.revokedAt) throw new AppError("NOT_FOUND", "That token was already revoked or never existed.");
  await db.$transaction(async (tx) => {
    await tx.serviceToken.updateMany({ where: { id: tokenId, teamId, revokedAt: null }, data: { revokedAt: now, revokedById: userId } });
    await appendAudit({ teamId, actorId: userId, action: "token.revoked", target: { type: "token", id: tokenId, label: row.name }, client }, tx);
  });
}

const dateText = (d: Date) => d.toISOString().slice(0, 10);
// Compared against when the lookup id matches no token, so that case costs the same.
const DECOY_HASH = sha256("perch service token decoy");

/**
 * The principal behind an `Authorization: Bearer perch_st_…` header. Refuses, with a reason
 * a person can act on, a missing or malformed header and an unknown, expired or revoked
 * token (expired and revoked are said only after the whole token matched). Never reads a
 * cookie.
 */
export async function authenticateServiceToken(authorization: string | null, now: Date = new Date()): Promise<ServiceTokenPrincipal> {
  if (!authorization) throw new AppError("UNAUTHENTICATED", "Send a service token in the header Authorization: Bearer perch_st_…");
  const match = /^Bearer[ ]+(\S{1,200})\s*$/i.exec(authorization.slice(0, 300));
  if (!match) throw new AppError("UNAUTHENTICATED", "The Authorization header must be: Bearer perch_st_…");
  const token = match[1]!;
  const lookup = tokenLookup(token);
  if (!lookup) throw new AppError("UNAUTHENTICATED", "That is not a Perch service token: they start with perch_st_ and have 52 letters and digits after it.");
  const row = await db.serviceToken.findUnique({ where: { prefix: lookup }, include: { apps: { select: { appId: true } } } });
  const hash = sha256(token);
  if (!safeEqual(hash, row?.secretHash ?? DECOY_HASH) || !row) throw new AppError("UNAUTHENTICATED", "This service token is not known to this Perch. Check PERCH_TOKEN, or make a new token on the team's Tokens page.");
  if (row.revokedAt) throw new AppError("UNAUTHENTICATED", `This service token was revoked on ${dateText(row.revokedAt)}. Make a new one on the team's Tokens page.`);
  if (row.expiresAt.getTime() <= now.getTime()) throw new AppError("UNAUTHENTICATED", `This service token expired on ${dateText(row.expiresAt)}. Make a new one on the team's Tokens page.`);
  return { id: row.id, teamId: row.teamId, name: row.name, allApps: row.allApps, appIds: row.apps.map((a) => a.appId), environments: parseEnvironments(row.environments) };
}

/** Notes the token's last use (at most once a minute, so the reads stay reads). */
export async function recordTokenUse({ tokenId, client, now = new Date() }: { tokenId: string; client?: ClientInfo; now?: Date }): Promise<void> {
  await db.serviceToken.updateMany({
    where: { id: tokenId, OR: [{ lastUsedAt: null }, { lastUsedAt: { lt: new Date(now.getTime() - LAST_USE_RESOLUTION_MS) } }] },
    data: { lastUsedAt: now, lastUsedIp: client?.address ?? null },
  });
}

/**
 * The app a token asks for, by id or name, in the token's team: 404 when there is none
 * (or `environment` is given and is not the app's), 403 when it is outside the token's
 * apps or environments.
 */
export async function resolveTokenApp({ token, app, environment }: { token: ServiceTokenPrincipal; app: string; environment?: AppEnvironment }): Promise<{ id: string; name: string; environment: AppEnvironment; teamName: string }> {
  const row = await db.vaultApp.findFirst({ where: { teamId: token.teamId, OR: [{ id: app }, { name: app }] }, select: { id: true, name: true, environment: true, team: { select: { name: true } } } });
  if (!row) throw new AppError("NOT_FOUND", `The token's team has no app called “${app.slice(0, 100)}”.`);
  if (environment && row.environment !== environment) throw new AppError("NOT_FOUND", `“${row.name}” is a ${row.environment} app: the token's team has no ${environment} app of that name.`);
  if (!token.allApps && !token.appIds.includes(row.id)) throw new AppError("FORBIDDEN", `This token may not read “${row.name}”. An admin can make a token that includes it on the team's Tokens page.`);
  if (!token.environments.includes(row.environment)) throw new AppError("FORBIDDEN", `This token may not read ${row.environment} apps (it may read ${token.environments.join(", ")}).`);
  return { id: row.id, name: row.name, environment: row.environment, teamName: row.team.name };
}

/** The team's apps as choices for a token's scope (names and environments only). */
export async function findTokenAppChoices({ teamId }: { teamId: string }): Promise<{ id: string; name: string; environment: AppEnvironment }[]> {
  return db.vaultApp.findMany({ where: { teamId }, select: { id: true, name: true, environment: true }, orderBy: { name: "asc" }, take: 1000 });
}
