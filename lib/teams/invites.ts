import "server-only";
import { randomBytes } from "node:crypto";
import { can, roleRank, type Role } from "@/lib/auth/permissions";
import { sha256 } from "@/lib/crypto/hash";
import { db } from "@/lib/db/client";
import { accessEntry } from "@/lib/guard/access";
import type { ClientInfo } from "@/lib/guard/client";
import { AppError } from "@/lib/guard/errors";
import { appendAudit } from "@/lib/vault/audit";

/**
 * Invite links. Twitter gives no e-mail, so an admin makes a link (a role, single use, a
 * 7-day expiry, revocable) and sends it however the team talks; a signed-in person who
 * opens it joins. Only the token's hash is stored; the link is shown once.
 *
 * A link never outlives its maker's rights: removing, demoting or losing a maker revokes
 * the open links they may no longer make (`revokeInvitesBeyond`, called in the same
 * transaction as the change), and accepting checks again that the maker is still a member
 * who may grant the link's role (`mayGrant`), inside the transaction that spends it.
 */

type Tx = Parameters<Parameters<typeof db.$transaction>[0]>[0];
type Writer = Tx | typeof db;

/**
 * True when someone with `makerRole` may make an invite for `role`: the permission the
 * access table names for "invites.create", and never more rights than their own.
 */
export function mayGrant(makerRole: Role | null, role: Role): boolean {
  const entry = accessEntry("invites.create");
  if (!makerRole || entry.level !== "team") return false;
  return can(makerRole, entry.permission) && roleRank(role) <= roleRank(makerRole);
}

export const INVITE_TTL_DAYS = 7;
/** Open (unused, unexpired, unrevoked) invites a team may have at once. */
export const MAX_OPEN_INVITES = 50;

export type InviteRow = { id: string; role: Role; createdAt: Date; expiresAt: Date; createdBy: string | null; status: "open" | "used" | "expired" | "revoked"; usedBy: string | null };

const statusOf = (i: { usedAt: Date | null; revokedAt: Date | null; expiresAt: Date }, now: Date): InviteRow["status"] =>
  i.revokedAt ? "revoked" : i.usedAt ? "used" : i.expiresAt.getTime() <= now.getTime() ? "expired" : "open";

/** Makes an invite link for `role` (never owner; an admin may invite up to admin). Returns the token once. */
export async function createInvite({ userId, userRole, teamId, role, client, now = new Date() }: { userId: string; userRole: Role; teamId: string; role: Exclude<Role, "owner">; client?: ClientInfo; now?: Date }): Promise<{ token: string; expiresAt: Date }> {
  if (!mayGrant(userRole, role)) throw new AppError("FORBIDDEN", "You can't invite someone with more rights than you have.");
  const open = await db.invite.count({ where: { teamId, usedAt: null, revokedAt: null, expiresAt: { gt: now } } });
  if (open >= MAX_OPEN_INVITES) throw new AppError("LIMIT_REACHED", `This team has ${MAX_OPEN_INVITES} open invite links. Revoke some first.`);
  const token = randomBytes(32).toString("base64url");
  const expiresAt = new Date(now.getTime() + INVITE_TTL_DAYS * 24 * 3600_000);
  // The invite and its audit entry land together or not at all.
  await db.$transaction(async (tx) => {
    const invite = await tx.invite.create({ data: { teamId, role, tokenHash: sha256(token), createdById: userId, expiresAt } });
    await appendAudit({ teamId, actorId: userId, action: "invite.created", target: { type: "invite", id: invite.id, label: `${role} invite` }, detail: { role, expiresAt: expiresAt.toISOString() }, client }, tx);
  });
  return { token, expiresAt };
}

/** The team's invites, newest first. */
export async function findInvites({ teamId, now = new Date() }: { teamId: string; now?: Date }): Promise<InviteRow[]> {
  const rows = await db.invite.findMany({ where: { teamId }, orderBy: { createdAt: "desc" }, take: 100 });
  const people = new Map((await db.user.findMany({ where: { id: { in: rows.flatMap((r) => [r.createdById, r.usedById].filter((x): x is string => Boolean(x))) } }, select: { id: true, username: true } })).map((u) => [u.id, `@${u.username}`]));
  return rows.map((r) => ({ id: r.id, role: r.role, createdAt: r.createdAt, expiresAt: r.expiresAt, createdBy: r.createdById ? (people.get(r.createdById) ?? null) : null, status: statusOf(r, now), usedBy: r.usedById ? (people.get(r.usedById) ?? null) : null }));
}

/** Revokes an open invite of this team. */
export async function revokeInvite({ userId, teamId, inviteId, client, now = new Date() }: { userId: string; teamId: string; inviteId: string; client?: ClientInfo; now?: Date }): Promise<void> {
  await db.$transaction(async (tx) => {
    const { count } = await tx.invite.updateMany({ where: { id: inviteId, teamId, usedAt: null, revokedAt: null }, data: { revokedAt: now } });
    if (count !== 1) throw new AppError("NOT_FOUND", "That invite was already used, revoked or never existed.");
    await appendAudit({ teamId, actorId: userId, action: "invite.revoked", target: { type: "invite", id: inviteId, label: "invite link" }, client }, tx);
  });
}

/**
 * Revokes the open invites `makerId` made in a team that `newRole` (null: no longer a
 * member) may not make. Pass the transaction that changes the maker's membership. Returns
 * how many were revoked.
 */
export async function revokeInvitesBeyond({ teamId, makerId, newRole, now = new Date() }: { teamId: string; makerId: string; newRole: Role | null; now?: Date }, writer: Writer = db): Promise<number> {
  const open = await writer.invite.findMany({ where: { teamId, createdById: makerId, usedAt: null, revokedAt: null }, select: { id: true, role: true } });
  const ids = open.filter((i) => !mayGrant(newRole, i.role)).map((i) => i.id);
  if (ids.length === 0) return 0;
  const { count } = await writer.invite.updateMany({ where: { id: { in: ids }, usedAt: null, revokedAt: null }, data: { revokedAt: now } });
  return count;
}

/** The role of an invite's maker in its team now, or null (gone, or never recorded). */
async function makerRole(invite: { teamId: string; createdById: string | null }, writer: Writer = db): Promise<Role | null> {
  if (!invite.createdById) return null;
  return (await writer.membership.findUnique({ where: { teamId_userId: { teamId: invite.teamId, userId: invite.createdById } }, select: { role: true } }))?.role ?? null;
}

export type InvitePreview = { teamId: string; teamName: string; role: Role; status: InviteRow["status"]; isMember: boolean };

/** What an invite link leads to, for the page that offers to join (no side effects). */
export async function previewInvite({ token, userId, now = new Date() }: { token: string; userId: string | null; now?: Date }): Promise<InvitePreview | null> {
  const invite = await db.invite.findUnique({ where: { tokenHash: sha256(token) }, include: { team: { select: { name: true } } } });
  if (!invite) return null;
  const isMember = userId ? Boolean(await db.membership.findUnique({ where: { teamId_userId: { teamId: invite.teamId, userId } } })) : false;
  // A link whose maker may no longer grant its role is as good as revoked.
  const status = statusOf(invite, now);
  const effective = status === "open" && !mayGrant(await makerRole(invite), invite.role) ? "revoked" : status;
  return { teamId: invite.teamId, teamName: invite.team.name, role: invite.role, status: effective, isMember };
}

/** Joins the team with the invite's role, spending the invite atomically (two people cannot both use it). */
export async function acceptInvite({ token, userId, client, now = new Date() }: { token: string; userId: string; client?: ClientInfo; now?: Date }): Promise<{ teamId: string }> {
  const invite = await db.invite.findUnique({ where: { tokenHash: sha256(token) } });
  if (!invite) throw new AppError("NOT_FOUND", "This invite link is not valid. Ask for a new one.");
  if (await db.membership.findUnique({ where: { teamId_userId: { teamId: invite.teamId, userId } } })) return { teamId: invite.teamId };
  const status = statusOf(invite, now);
  if (status !== "open") throw new AppError("BAD_INPUT", `This invite link has ${status === "used" ? "already been used" : status === "revoked" ? "been revoked" : "expired"}. Ask for a new one.`);
  await db.$transaction(async (tx) => {
    // Checked again here, in the transaction that spends the link: the maker may have been
    // removed or demoted since it was made (or since the page was opened).
    if (!mayGrant(await makerRole(invite, tx), invite.role)) throw new AppError("BAD_INPUT", "This invite link is no longer valid: the person who made it can no longer invite at this role. Ask for a new one.");
    const spent = await tx.invite.updateMany({ where: { id: invite.id, usedAt: null, revokedAt: null, expiresAt: { gt: now } }, data: { usedAt: now, usedById: userId } });
    if (spent.count !== 1) throw new AppError("BAD_INPUT", "This invite link has just been used. Ask for a new one.");
    await tx.membership.create({ data: { teamId: invite.teamId, userId, role: invite.role } });
    const me = await tx.user.findUniqueOrThrow({ where: { id: userId }, select: { username: true } });
    await appendAudit({ teamId: invite.teamId, actorId: userId, action: "member.joined", target: { type: "member", id: userId, label: `@${me.username}` }, detail: { role: invite.role, invite: invite.id }, client }, tx);
  });
  return { teamId: invite.teamId };
}
