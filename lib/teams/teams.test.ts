import { describe, expect, it } from "vitest";
import type { Role } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import { isAppError } from "@/lib/guard/errors";
import { newPerchUser, uid } from "@/test/sandbox/fixtures";
import { acceptInvite, createInvite, mayGrant, previewInvite } from "./invites";
import { changeRole, createTeam, leaveTeam, removeMember } from "./teams";

/** A team with an owner and one more person per role given. */
async function team(...roles: Role[]) {
  const owner = await newPerchUser("Owner");
  const { id: teamId } = await createTeam({ userId: owner.id, name: `Team ${uid(4)}` });
  const people = [];
  for (const role of roles) {
    const p = await newPerchUser(role);
    await db.membership.create({ data: { teamId, userId: p.id, role } });
    people.push(p);
  }
  return { teamId, owner, people };
}
const roleOf = async (teamId: string, userId: string) => (await db.membership.findUnique({ where: { teamId_userId: { teamId, userId } } }))?.role ?? null;
const code = (e: unknown) => (isAppError(e) ? e.code : e);

describe("invites never outlive their maker's rights (issue 15, medium)", () => {
  it("an admin who is removed cannot come back at the old role with their own link", async () => {
    const { teamId, owner, people } = await team("admin");
    const admin = people[0]!;
    const { token } = await createInvite({ userId: admin.id, userRole: "admin", teamId, role: "admin" });
    await removeMember({ userId: owner.id, teamId, memberId: admin.id });
    expect(await previewInvite({ token, userId: admin.id })).toMatchObject({ status: "revoked" });
    await expect(acceptInvite({ token, userId: admin.id })).rejects.toSatisfy((e) => code(e) === "BAD_INPUT");
    expect(await roleOf(teamId, admin.id)).toBeNull();
    const invite = await db.invite.findFirstOrThrow({ where: { teamId, createdById: admin.id } });
    expect(invite.revokedAt).not.toBeNull();
  });

  it("an admin who is demoted, then leaves, cannot accept their own admin link", async () => {
    const { teamId, owner, people } = await team("admin");
    const admin = people[0]!;
    const { token } = await createInvite({ userId: admin.id, userRole: "admin", teamId, role: "admin" });
    await changeRole({ userId: owner.id, teamId, memberId: admin.id, role: "member" });
    await leaveTeam({ userId: admin.id, teamId });
    await expect(acceptInvite({ token, userId: admin.id })).rejects.toSatisfy((e) => code(e) === "BAD_INPUT");
    expect(await roleOf(teamId, admin.id)).toBeNull();
  });

  it("a link someone else uses is refused once its maker may no longer grant the role, even if it was not revoked", async () => {
    const { teamId, owner, people } = await team("admin");
    const [admin] = people;
    const newcomer = await newPerchUser("Newcomer");
    const { token } = await createInvite({ userId: admin!.id, userRole: "admin", teamId, role: "viewer" });
    // The demotion is written behind the library's back (no revocation ran): accepting must still check.
    await db.membership.update({ where: { teamId_userId: { teamId, userId: admin!.id } }, data: { role: "member" } });
    await expect(acceptInvite({ token, userId: newcomer.id })).rejects.toSatisfy((e) => code(e) === "BAD_INPUT");
    expect(await roleOf(teamId, newcomer.id)).toBeNull();
    // The owner's own links still work.
    const own = await createInvite({ userId: owner.id, userRole: "owner", teamId, role: "admin" });
    await acceptInvite({ token: own.token, userId: newcomer.id });
    expect(await roleOf(teamId, newcomer.id)).toBe("admin");
  });

  it("demoting an admin revokes their open links and records how many", async () => {
    const { teamId, owner, people } = await team("admin");
    const admin = people[0]!;
    await createInvite({ userId: admin.id, userRole: "admin", teamId, role: "admin" });
    await createInvite({ userId: admin.id, userRole: "admin", teamId, role: "viewer" });
    await createInvite({ userId: owner.id, userRole: "owner", teamId, role: "member" });
    await changeRole({ userId: owner.id, teamId, memberId: admin.id, role: "viewer" });
    const open = await db.invite.findMany({ where: { teamId, revokedAt: null } });
    expect(open.map((i) => i.createdById)).toEqual([owner.id]);
    const entry = await db.auditEntry.findFirstOrThrow({ where: { teamId, action: "member.role_changed" } });
    expect(JSON.parse(entry.detail ?? "{}")).toMatchObject({ from: "admin", to: "viewer", revokedInvites: 2 });
  });

  it("grants follow the access table: invites.create's permission, never above one's own role", () => {
    expect(mayGrant("owner", "admin")).toBe(true);
    expect(mayGrant("admin", "admin")).toBe(true);
    expect(mayGrant("admin", "owner")).toBe(false);
    expect(mayGrant("member", "viewer")).toBe(false);
    expect(mayGrant(null, "viewer")).toBe(false);
  });
});

describe("role changes and removals read and write in one transaction (issue 15, info)", () => {
  it("two concurrent role changes: one lands, the other gets a conflict, and the audit trail is a chain", async () => {
    const { teamId, owner, people } = await team("member", "admin");
    const [member, admin] = people;
    const results = await Promise.allSettled([
      changeRole({ userId: owner.id, teamId, memberId: member!.id, role: "viewer" }),
      changeRole({ userId: admin!.id, teamId, memberId: member!.id, role: "admin" }),
    ]);
    const failed = results.filter((r) => r.status === "rejected");
    for (const r of failed) expect(code(r.reason)).toBe("CONFLICT");
    const entries = await db.auditEntry.findMany({ where: { teamId, action: "member.role_changed" }, orderBy: { createdAt: "asc" } });
    const chain = entries.map((e) => JSON.parse(e.detail ?? "{}") as { from: Role; to: Role });
    // Every recorded change starts from the role the one before it left, and ends at the role stored.
    expect(chain.length).toBe(results.length - failed.length);
    expect(chain[0]!.from).toBe("member");
    for (let i = 1; i < chain.length; i++) expect(chain[i]!.from).toBe(chain[i - 1]!.to);
    expect(await roleOf(teamId, member!.id)).toBe(chain.at(-1)!.to);
  });

  it("a removal racing a role change: never a change recorded for someone removed, never a 500", async () => {
    const { teamId, owner, people } = await team("member", "admin");
    const [member, admin] = people;
    const results = await Promise.allSettled([
      changeRole({ userId: admin!.id, teamId, memberId: member!.id, role: "admin" }),
      removeMember({ userId: owner.id, teamId, memberId: member!.id }),
    ]);
    for (const r of results) if (r.status === "rejected") expect(["CONFLICT", "NOT_FOUND"]).toContain(code(r.reason));
    const entries = await db.auditEntry.findMany({ where: { teamId, action: { in: ["member.role_changed", "member.removed"] } }, orderBy: { createdAt: "asc" } });
    const stored = await roleOf(teamId, member!.id);
    const last = entries.at(-1)!;
    if (stored === null) expect(last.action).toBe("member.removed");
    else expect(last.action).toBe("member.role_changed");
    // The removal records the role the member really had when removed.
    const removal = entries.find((e) => e.action === "member.removed");
    const change = entries.find((e) => e.action === "member.role_changed");
    const detail = (e: { detail: string | null }) => JSON.parse(e.detail ?? "{}") as { role?: Role; to?: Role };
    if (removal && change) expect(detail(removal).role).toBe(detail(change).to);
  });

  it("an actor demoted meanwhile cannot still remove someone", async () => {
    const { teamId, people } = await team("admin", "member");
    const [admin, member] = people;
    await db.membership.update({ where: { teamId_userId: { teamId, userId: admin!.id } }, data: { role: "viewer" } });
    await expect(removeMember({ userId: admin!.id, teamId, memberId: member!.id })).rejects.toSatisfy((e) => code(e) === "FORBIDDEN");
    expect(await roleOf(teamId, member!.id)).toBe("member");
  });
});
