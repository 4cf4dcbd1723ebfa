/**
 * Who may do what in a team: the one permission table. The team guard reads it, the
 * /settings/permissions page and the README show it, and the authorization tests are
 * generated from it. Roles are ordered; each permission names the least role that has it.
 */

/** Team roles, least to most. */
export const ROLES = ["viewer", "member", "admin", "owner"] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_LABELS: Record<Role, string> = { viewer: "Viewer", member: "Member", admin: "Admin", owner: "Owner" };

export const PERMISSIONS = {
  "team.view": { minRole: "viewer", label: "See the team, its apps and which credential fields exist (masked)" },
  "credential.reveal": { minRole: "member", label: "Reveal and copy a credential (each time recorded in the audit log)" },
  "credential.test": { minRole: "member", label: "Test an app's credentials against the API" },
  "credential.edit": { minRole: "member", label: "Add and edit apps and credentials, import a .env" },
  "draft.edit": { minRole: "member", label: "Write and save use-case drafts" },
  "audit.viewOwn": { minRole: "member", label: "See their own entries in the audit log" },
  "credential.export": { minRole: "admin", label: "Export an app as .env" },
  "token.manage": { minRole: "admin", label: "Create and revoke service tokens, which let programs read chosen apps' secrets" },
  "app.delete": { minRole: "admin", label: "Delete apps and drafts" },
  "member.manage": { minRole: "admin", label: "Invite people, change roles (up to admin), remove members" },
  "audit.view": { minRole: "admin", label: "See the whole team's audit log" },
  "team.settings": { minRole: "admin", label: "Rename the team and change its settings" },
  "team.delete": { minRole: "owner", label: "Delete the team" },
  "team.transfer": { minRole: "owner", label: "Transfer ownership" },
  "team.rekey": { minRole: "owner", label: "Re-encrypt the team's credentials under a new key" },
} as const satisfies Record<string, { minRole: Role; label: string }>;

export type Permission = keyof typeof PERMISSIONS;

/** A role's rank: viewer 0 … owner 3. */
export function roleRank(role: Role): number {
  return ROLES.indexOf(role);
}

/** True when `role` has `permission`. */
export function can(role: Role, permission: Permission): boolean {
  return roleRank(role) >= roleRank(PERMISSIONS[permission].minRole);
}

/** Every permission of `role`, in table order. */
export function permissionsOf(role: Role): Permission[] {
  return (Object.keys(PERMISSIONS) as Permission[]).filter((p) => can(role, p));
}

/** True for a string that names a role. */
export function isRole(value: unknown): value is Role {
  return typeof value === "string" && (ROLES as readonly string[]).includes(value);
}
