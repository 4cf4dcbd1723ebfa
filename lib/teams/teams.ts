import "server-only";
import { can, roleRank, type Role } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import { accessEntry, type AccessId } from "@/lib/guard/access";
import type { ClientInfo } from "@/lib/guard/client";
import { AppError } from "@/lib/guard/errors";
import { revokeInvitesBeyond } from "@/lib/teams/invites";
import { appendAudit } from "@/lib/vault/audit";
import { ensureTeamKey } from "@/lib/vault/keys";

/**
 * Teams and their members. Every function takes the acting `userId` and the `teamId` and
 * scopes its query by membership in its `where`, besides the guard's role check: a team id
 * comes from the URL, but membership always from the database. Exactly one owner, always.
 */

export type TeamSummary = { id: string; name: string; isPersonal: boolean; role: Role; memberCount: number; appCount: number };
export type TeamDetail = { id: string; name: string; isPersonal: boolean; staleAfterDays: number; role: Role; createdAt: Date };
export type MemberRow = { userId: string; name: string; username: string; image: string | null; role: Role; joinedAt: Date };

/** The most teams one person may create (personal team aside). */
export const MAX_TEAMS_PER_USER = 20;

/** Creates the personal team a person gets at first sign-in (once: a second call finds it). */
export async function ensurePersonalTeam({ userId, name }: { userId: string; name: string }): Promise<string> {
  const existing = await db.membership.findFirst({ where: { userId, team: { isPersonal: true } }, select: { teamId: true } });
  if (existing) return existing.teamId;
  const team = await db.team.create({ data: { name: `${name}'s team`.slice(0, 60), isPersonal: true, memberships: { create: { userId, role: "owner" } } } });
  await ensureTeamKey({ teamId: team.id });
  await appendAudit({ teamId: team.id, actorId: userId, action: "team.created", target: { type: "team", id: team.id, label: team.name }, detail: { personal: true } });
  return team.id;
}

/** Creates a team with the caller as its owner. */
export async function createTeam({ userId, name, client }: { userId: string; name: string; client?: ClientInfo }): Promise<{ id: string }> {
  const owned = await db.membership.count({ where: { userId, role: "owner", team: { isPersonal: false } } });
  if (owned >= MAX_TEAMS_PER_USER) throw new AppError("LIMIT_REACHED", `You own ${MAX_TEAMS_PER_USER} teams, the most allowed. Delete one to make another.`);
  const team = await db.team.create({ data: { name, memberships: { create: { userId, role: "owner" } } } });
  await ensureTeamKey({ teamId: team.id });
  await appendAudit({ teamId: team.id, actorId: userId, action: "team.created", target: { type: "team", id: team.id, label: name }, client });
  return { id: team.id };
}

/** The caller's teams (their personal team first), with their role in each. */
export async function findMyTeams({ userId }: { userId: string }): Promise<TeamSummary[]> {
  const rows = await db.membership.findMany({
    where: { userId },
    include: { team: { include: { _count: { select: { memberships: true, apps: true } } } } },
    orderBy: [{ team: { isPersonal: "desc" } }, { team: { name: "asc" } }],
  });
  return rows.map(({ role, team }) => ({ id: team.id, name: team.name, isPersonal: team.isPersonal, role, memberCount: team._count.memberships, appCount: team._count.apps }));
}

/** One team, as its member sees it; NOT_FOUND for anyone else. */
export async function getTeam({ userId, teamId }: { userId: string; teamId: string }): Promise<TeamDetail> {
  const membership = await db.membership.findUnique({ where: { teamId_userId: { teamId, userId } }, include: { team: true } });
  if (!membership) throw new AppError("NOT_FOUND", "That team doesn't exist, or you are not a member of it.");
  const { team } = membership;
  return { id: team.id, name: team.name, isPersonal: team.isPersonal, staleAfterDays: team.staleAfterDays, role: membership.role, createdAt: team.createdAt };
}

/** Renames a team and sets how old credentials may get before health flags them. */
export async function updateTeamSettings({ userId, teamId, name, staleAfterDays, client }: { userId: string; teamId: string; name: string; staleAfterDays: number; client?: ClientInfo }): Promise<void> {
  // The change and its audit entry land together or not at all.
  await db.$transaction(async (tx) => {
    const { count } = await tx.team.updateMany({ where: { id: teamId, memberships: { some: { userId } } }, data: { name, staleAfterDays } });
    if (count !== 1) throw new AppError("NOT_FOUND");
    await appendAudit({ teamId, actorId: userId, action: "team.updated", target: { type: "team", id: teamId, label: name }, detail: { staleAfterDays }, client }, tx);
  });
}

/** Deletes a team and everything in it, once its name is typed to confirm (never a personal team). */
export async function deleteTeam({ userId, teamId, confirmName }: { userId: string; teamId: string; confirmName: string }): Promise<void> {
  const team = await getTeam({ userId, teamId });
  if (team.isPersonal) throw new AppError("BAD_INPUT", "Your personal team can't be deleted; you can rename it and empty it.");
  if (confirmName.trim() !== team.name) throw new AppError("BAD_INPUT", "Type the team's name exactly to delete it.", { fieldErrors: { confirmName: ["Type the team's name exactly."] } });
  await db.team.deleteMany({ where: { id: teamId, memberships: { some: { userId, role: "owner" } } } });
}

/** The team's members, owner first. */
export async function findMembers({ userId, teamId }: { userId: string; teamId: string }): Promise<MemberRow[]> {
  const rows = await db.membership.findMany({ where: { teamId, team: { memberships: { some: { userId } } } }, include: { user: true }, orderBy: [{ createdAt: "asc" }] });
  return rows
    .map((m) => ({ userId: m.userId, name: m.user.name, username: m.user.username, image: m.user.image, role: m.role, joinedAt: m.createdAt }))
    .sort((a, b) => roleRank(b.role) - roleRank(a.role) || a.joinedAt.getTime() - b.joinedAt.getTime());
}

type Tx = Parameters<Parameters<typeof db.$transaction>[0]>[0];

/**
 * Inside a transaction: the actor still has the permission the access table names for
 * `id` (the guard checked it before, but the actor's role may have changed since).
 */
async function assertStillAllowed(tx: Tx, { userId, teamId, id }: { userId: string; teamId: string; id: AccessId }) {
  const entry = accessEntry(id);
  const mine = (await tx.membership.findUnique({ where: { teamId_userId: { teamId, userId } }, select: { role: true } }))?.role;
  if (!mine || (entry.level === "team" && !can(mine, entry.permission))) throw new AppError("FORBIDDEN", "You no longer have the rights to do that in this team.");
}

/**
 * Changes a member's role. Admins and owners may set viewer, member or admin on anyone but
 * the owner; ownership moves only by transfer, so there is always exactly one owner.
 * The role is read and written in one transaction, and written only if it is still the
 * role read (a concurrent change makes this one fail with CONFLICT rather than be lost).
 * Open invites the member may no longer make are revoked with it.
 */
export async function changeRole({ userId, teamId, memberId, role, client }: { userId: string; teamId: string; memberId: string; role: Exclude<Role, "owner">; client?: ClientInfo }): Promise<void> {
  if (memberId === userId) throw new AppError("BAD_INPUT", "You can't change your own role.");
  await db.$transaction(async (tx) => {
    await assertStillAllowed(tx, { userId, teamId, id: "members.changeRole" });
    const membership = await tx.membership.findUnique({ where: { teamId_userId: { teamId, userId: memberId } }, select: { role: true, user: { select: { username: true } } } });
    if (!membership) throw new AppError("NOT_FOUND", "That person is not in this team.");
    const current = membership.role;
    if (current === "owner") throw new AppError("FORBIDDEN", "The owner's role changes only by transferring ownership.");
    const { count } = await tx.membership.updateMany({ where: { teamId, userId: memberId, role: current }, data: { role } });
    if (count !== 1) throw new AppError("CONFLICT", "Someone changed this member at the same moment. Reload and try again.");
    const revokedInvites = await revokeInvitesBeyond({ teamId, makerId: memberId, newRole: role }, tx);
    await appendAudit({ teamId, actorId: userId, action: "member.role_changed", target: { type: "member", id: memberId, label: `@${membership.user.username}` }, detail: { from: current, to: role, ...(revokedInvites ? { revokedInvites } : {}) }, client }, tx);
  });
}

/**
 * Removes a member (not the owner). Their access ends on their next request: the guard
 * reads membership every time. Read, delete, the revocation of their open invites and the
 * audit entry are one transaction; the delete matches the role read, as in changeRole.
 */
export async function removeMember({ userId, teamId, memberId, client }: { userId: string; teamId: string; memberId: string; client?: ClientInfo }): Promise<void> {
  if (memberId === userId) throw new AppError("BAD_INPUT", "To leave the team, use Leave team.");
  await db.$transaction(async (tx) => {
    await assertStillAllowed(tx, { userId, teamId, id: "members.remove" });
    const membership = await tx.membership.findUnique({ where: { teamId_userId: { teamId, userId: memberId } }, select: { role: true, user: { select: { username: true } } } });
    if (!membership) throw new AppError("NOT_FOUND", "That person is not in this team.");
    const current = membership.role;
    if (current === "owner") throw new AppError("FORBIDDEN", "The owner can't be removed. They can transfer ownership and then leave.");
    const { count } = await tx.membership.deleteMany({ where: { teamId, userId: memberId, role: current } });
    if (count !== 1) throw new AppError("CONFLICT", "Someone changed this member at the same moment. Reload and try again.");
    const revokedInvites = await revokeInvitesBeyond({ teamId, makerId: memberId, newRole: null }, tx);
    await appendAudit({ teamId, actorId: userId, action: "member.removed", target: { type: "member", id: memberId, label: `@${membership.user.username}` }, detail: { role: current, ...(revokedInvites ? { revokedInvites } : {}) }, client }, tx);
  });
}

/** Leaves a team. The owner must transfer ownership first. */
export async function leaveTeam({ userId, teamId, client }: { userId: string; teamId: string; client?: ClientInfo }): Promise<void> {
  const team = await getTeam({ userId, teamId });
  if (team.role === "owner") throw new AppError("BAD_INPUT", team.isPersonal ? "This is your personal team: it stays yours." : "Transfer ownership to another member before you leave.");
  await db.$transaction(async (tx) => {
    const { count } = await tx.membership.deleteMany({ where: { teamId, userId, role: { not: "owner" } } });
    if (count !== 1) throw new AppError("CONFLICT", "Your membership changed at the same moment. Reload and try again.");
    const revokedInvites = await revokeInvitesBeyond({ teamId, makerId: userId, newRole: null }, tx);
    const me = await tx.user.findUniqueOrThrow({ where: { id: userId }, select: { username: true } });
    await appendAudit({ teamId, actorId: userId, action: "member.left", target: { type: "member", id: userId, label: `@${me.username}` }, detail: revokedInvites ? { revokedInvites } : undefined, client }, tx);
  });
}

/** Makes another member the owner; the old owner becomes an admin. One transaction: never zero or two owners. */
export async function transferOwnership({ userId, teamId, memberId, client }: { userId: string; teamId: string; memberId: string; client?: ClientInfo }): Promise<void> {
  if (memberId === userId) throw new AppError("BAD_INPUT", "You already own this team.");
  const team = await getTeam({ userId, teamId });
  if (team.isPersonal) throw new AppError("BAD_INPUT", "A personal team stays with the person it belongs to.");
  await db.$transaction(async (tx) => {
    const demoted = await tx.membership.updateMany({ where: { teamId, userId, role: "owner" }, data: { role: "admin" } });
    if (demoted.count !== 1) throw new AppError("FORBIDDEN", "Only the owner can transfer ownership.");
    const promoted = await tx.membership.updateMany({ where: { teamId, userId: memberId }, data: { role: "owner" } });
    if (promoted.count !== 1) throw new AppError("NOT_FOUND", "That person is not in this team.");
    const member = await tx.user.findUniqueOrThrow({ where: { id: memberId }, select: { username: true } });
    await appendAudit({ teamId, actorId: userId, action: "team.ownership_transferred", target: { type: "member", id: memberId, label: `@${member.username}` }, client }, tx);
  });
}
