import "server-only";
import { db } from "@/lib/db/client";
import type { ClientInfo } from "@/lib/guard/client";
import { AppError } from "@/lib/guard/errors";
import { appendAudit } from "@/lib/vault/audit";
import { parseStoredDraft, viewDraft, type StoredDraft } from "./draft-state";
import { lintDraft } from "./lint";

/**
 * A team's saved drafts. Every save is a new version (never an overwrite); the text and
 * the findings are recomputed here from the saved answers and edits, so what the team
 * home shows does not depend on what a browser claimed.
 */

export type DraftSummary = { id: string; title: string; latestVersion: number; updatedAt: Date; openErrors: number; openWarnings: number; vaultApp: { id: string; name: string } | null };
export type DraftVersionRow = { version: number; createdAt: Date; author: string | null; errors: number; warnings: number };
export type SavedDraft = DraftSummary & { content: StoredDraft; versions: DraftVersionRow[] };

/** Drafts a team may have at once, and versions one draft may keep. */
export const DRAFT_LIMITS = { perTeam: 200, versionsPerDraft: 500 } as const;

function counts(content: StoredDraft) {
  const view = viewDraft(content);
  const findings = lintDraft({ text: view.text, answers: content.answers });
  return { view, errors: findings.filter((f) => f.severity === "error").length, warnings: findings.filter((f) => f.severity === "warning").length };
}

async function checkVaultApp(teamId: string, vaultAppId: string | null | undefined): Promise<string | null> {
  if (!vaultAppId) return null;
  const app = await db.vaultApp.findFirst({ where: { id: vaultAppId, teamId }, select: { id: true } });
  if (!app) throw new AppError("BAD_INPUT", "That app is not in this team's vault.", { fieldErrors: { vaultAppId: ["Choose an app of this team."] } });
  return app.id;
}

/**
 * Saves a version: a new draft when `draftId` is absent, otherwise the next version of
 * that draft of this team. Returns the draft's id and the version number.
 */
export async function saveDraftVersion({
  userId,
  teamId,
  draftId,
  title,
  vaultAppId,
  content: raw,
  client,
}: {
  userId: string;
  teamId: string;
  draftId?: string | null;
  title: string;
  vaultAppId?: string | null;
  content: unknown;
  client?: ClientInfo;
}): Promise<{ draftId: string; version: number }> {
  const content = parseStoredDraft(raw);
  const { view, errors, warnings } = counts(content);
  const appId = await checkVaultApp(teamId, vaultAppId);
  const version = { content: JSON.stringify(content), text: view.text, short: view.short, authorId: userId, errors, warnings };
  // The audit entry is written in the same transaction as the version: both or neither.
  return db.$transaction(async (tx) => {
    const saved = await writeVersion(tx);
    await appendAudit({ teamId, actorId: userId, action: "draft.saved", target: { type: "draft", id: saved.draftId, label: title }, detail: { version: saved.version, errors, warnings }, client }, tx);
    return saved;
  });

  async function writeVersion(tx: Parameters<Parameters<typeof db.$transaction>[0]>[0]): Promise<{ draftId: string; version: number }> {
    if (!draftId) {
      if ((await tx.draft.count({ where: { teamId } })) >= DRAFT_LIMITS.perTeam) throw new AppError("LIMIT_REACHED", `A team can keep ${DRAFT_LIMITS.perTeam} drafts. Delete some first.`);
      const draft = await tx.draft.create({ data: { teamId, title, vaultAppId: appId, createdById: userId, openErrors: errors, openWarnings: warnings, versions: { create: { version: 1, ...version } } } });
      return { draftId: draft.id, version: 1 };
    }
    const draft = await tx.draft.findFirst({ where: { id: draftId, teamId }, select: { latestVersion: true } });
    if (!draft) throw new AppError("NOT_FOUND", "That draft doesn't exist any more.");
    if (draft.latestVersion >= DRAFT_LIMITS.versionsPerDraft) throw new AppError("LIMIT_REACHED", `A draft keeps at most ${DRAFT_LIMITS.versionsPerDraft} versions. Start a new draft from this one.`);
    const next = draft.latestVersion + 1;
    // The unique (draftId, version) makes two concurrent saves take two numbers, never one.
    await tx.draftVersion.create({ data: { draftId, version: next, ...version } });
    await tx.draft.update({ where: { id: draftId }, data: { title, vaultAppId: appId, latestVersion: next, openErrors: errors, openWarnings: warnings } });
    return { draftId, version: next };
  }
}

/** The team's drafts, most recently changed first. */
export async function findDrafts({ teamId }: { teamId: string }): Promise<DraftSummary[]> {
  const rows = await db.draft.findMany({ where: { teamId }, orderBy: { updatedAt: "desc" }, take: DRAFT_LIMITS.perTeam, include: { vaultApp: { select: { id: true, name: true } } } });
  return rows.map((d) => ({ id: d.id, title: d.title, latestVersion: d.latestVersion, updatedAt: d.updatedAt, openErrors: d.openErrors, openWarnings: d.openWarnings, vaultApp: d.vaultApp }));
}

/** One draft of the team with a version's content (the latest unless named) and the list of versions. */
export async function getDraft({ teamId, draftId, version }: { teamId: string; draftId: string; version?: number }): Promise<SavedDraft> {
  const draft = await db.draft.findFirst({ where: { id: draftId, teamId }, include: { vaultApp: { select: { id: true, name: true } }, versions: { orderBy: { version: "desc" }, include: {} } } });
  if (!draft) throw new AppError("NOT_FOUND", "That draft doesn't exist, or it isn't in this team.");
  const chosen = draft.versions.find((v) => v.version === (version ?? draft.latestVersion));
  if (!chosen) throw new AppError("NOT_FOUND", `Version ${version} of this draft doesn't exist.`);
  const people = new Map((await db.user.findMany({ where: { id: { in: draft.versions.map((v) => v.authorId).filter((x): x is string => Boolean(x)) } }, select: { id: true, username: true } })).map((u) => [u.id, `@${u.username}`]));
  return {
    id: draft.id,
    title: draft.title,
    latestVersion: draft.latestVersion,
    updatedAt: draft.updatedAt,
    openErrors: draft.openErrors,
    openWarnings: draft.openWarnings,
    vaultApp: draft.vaultApp,
    content: parseStoredDraft(chosen.content),
    versions: draft.versions.map((v) => ({ version: v.version, createdAt: v.createdAt, author: v.authorId ? (people.get(v.authorId) ?? null) : null, errors: v.errors, warnings: v.warnings })),
  };
}

/** Deletes a draft and its versions. */
export async function deleteDraft({ userId, teamId, draftId, client }: { userId: string; teamId: string; draftId: string; client?: ClientInfo }): Promise<void> {
  const draft = await db.draft.findFirst({ where: { id: draftId, teamId }, select: { title: true } });
  if (!draft) throw new AppError("NOT_FOUND", "That draft doesn't exist any more.");
  await db.draft.deleteMany({ where: { id: draftId, teamId } });
  await appendAudit({ teamId, actorId: userId, action: "draft.deleted", target: { type: "draft", id: draftId, label: draft.title }, client });
}
