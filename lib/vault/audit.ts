import "server-only";
import { can, type Role } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import type { ClientInfo } from "@/lib/guard/client";

/**
 * The team audit log: append-only (nothing here updates or deletes an entry), one entry
 * for every read of a secret and every change. An entry says who, when, what and from
 * where, never a value.
 */

export const AUDIT_ACTIONS = {
  "app.created": "created an app",
  "app.updated": "changed an app",
  "app.deleted": "deleted an app",
  "app.exported": "exported an app as .env",
  "credential.revealed": "revealed a credential",
  "credential.copied": "copied a credential",
  "credential.tested": "tested an app's credentials",
  "member.joined": "joined the team",
  "member.role_changed": "changed a member's role",
  "member.removed": "removed a member",
  "member.left": "left the team",
  "invite.created": "made an invite link",
  "invite.revoked": "revoked an invite link",
  "team.created": "created the team",
  "team.updated": "changed the team's settings",
  "team.ownership_transferred": "transferred ownership",
  "team.rekeyed": "re-encrypted the team's credentials under a new key",
  "draft.saved": "saved a use-case draft",
  "draft.deleted": "deleted a use-case draft",
  "secrets.read": "read an app's secrets with a service token",
  "token.created": "created a service token",
  "token.revoked": "revoked a service token",
} as const;

export type AuditAction = keyof typeof AUDIT_ACTIONS;
export type AuditTarget = { type: "app" | "credential" | "member" | "invite" | "team" | "draft" | "token"; id?: string | null; label: string };

/** Facts an entry may carry beside its target: names and numbers, never values. */
export type AuditDetail = Record<string, string | number | boolean | string[] | null>;

type Writer = Pick<typeof db, "auditEntry">;

/** Appends one entry. Pass the transaction client when the change it records is in one. */
export async function appendAudit(
  entry: { teamId: string; actorId: string | null; serviceTokenId?: string | null; action: AuditAction; target: AuditTarget; detail?: AuditDetail; client?: ClientInfo | null },
  writer: Writer = db,
): Promise<void> {
  await writer.auditEntry.create({
    data: {
      teamId: entry.teamId,
      actorId: entry.actorId,
      serviceTokenId: entry.serviceTokenId ?? null,
      action: entry.action,
      targetType: entry.target.type,
      targetId: entry.target.id ?? null,
      targetLabel: entry.target.label.slice(0, 200),
      detail: entry.detail ? JSON.stringify(entry.detail) : null,
      ip: entry.client?.address ?? null,
      userAgent: entry.client?.userAgent ?? null,
    },
  });
}

export type AuditRow = {
  id: string;
  action: AuditAction;
  actionLabel: string;
  actor: { id: string; name: string; username: string } | null;
  /** The service token that acted, when a program did. */
  serviceToken: { id: string; name: string } | null;
  targetType: string;
  targetId: string | null;
  targetLabel: string;
  detail: AuditDetail | null;
  ip: string | null;
  userAgent: string | null;
  createdAt: Date;
};

export type AuditFilters = { action?: string; actorId?: string; targetId?: string; tokenId?: string; before?: Date; limit?: number };

function parseDetail(text: string | null): AuditDetail | null {
  if (!text) return null;
  try {
    return JSON.parse(text) as AuditDetail;
  } catch {
    return null;
  }
}

/**
 * The team's log, newest first, for a viewer: admins and owners see everyone's entries,
 * members their own (the permission table says who is which).
 */
export async function findAuditEntries({ teamId, viewer, filters = {} }: { teamId: string; viewer: { userId: string; role: Role }; filters?: AuditFilters }): Promise<AuditRow[]> {
  const seesAll = can(viewer.role, "audit.view");
  const rows = await db.auditEntry.findMany({
    where: {
      teamId,
      ...(seesAll ? (filters.actorId ? { actorId: filters.actorId } : {}) : { actorId: viewer.userId }),
      ...(filters.action ? { action: filters.action } : {}),
      ...(filters.targetId ? { targetId: filters.targetId } : {}),
      ...(seesAll && filters.tokenId ? { serviceTokenId: filters.tokenId } : {}),
      ...(filters.before ? { createdAt: { lt: filters.before } } : {}),
    },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: Math.min(filters.limit ?? 100, 500),
    include: { actor: { select: { id: true, name: true, username: true } }, serviceToken: { select: { id: true, name: true } } },
  });
  return rows.map((r) => ({
    id: r.id,
    action: r.action as AuditAction,
    actionLabel: AUDIT_ACTIONS[r.action as AuditAction] ?? r.action,
    actor: r.actor,
    serviceToken: r.serviceToken,
    targetType: r.targetType,
    targetId: r.targetId,
    targetLabel: r.targetLabel,
    detail: parseDetail(r.detail),
    ip: r.ip,
    userAgent: r.userAgent,
    createdAt: r.createdAt,
  }));
}
