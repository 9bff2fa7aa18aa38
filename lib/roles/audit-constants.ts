// The audit blade's constants for client components, without zod (audit-rows.ts parses Graph's audit records).

/** Entra's activity names (Core Directory) for role and role-assignable group changes, as the Activity filter lists them. */
export const AUDIT_ACTIVITIES = [
  { name: 'Add member to role', category: 'RoleManagement' },
  { name: 'Remove member from role', category: 'RoleManagement' },
  { name: 'Add scoped member to role', category: 'RoleManagement' },
  { name: 'Remove scoped member from role', category: 'RoleManagement' },
  { name: 'Add role definition', category: 'RoleManagement' },
  { name: 'Update role definition', category: 'RoleManagement' },
  { name: 'Delete role definition', category: 'RoleManagement' },
  { name: 'Add member to group', category: 'GroupManagement' },
  { name: 'Remove member from group', category: 'GroupManagement' },
  { name: 'Add group', category: 'GroupManagement' },
  { name: 'Delete group', category: 'GroupManagement' },
] as const;

export type AuditActivity = (typeof AUDIT_ACTIVITIES)[number]['name'];

/** The categories the blade reads: role changes, and group changes (a role-assignable group's members hold its roles). */
export const AUDIT_CATEGORIES = ['RoleManagement', 'GroupManagement'] as const;

export type AuditScopeKind = 'directory' | 'administrativeUnit' | 'application';

export const auditScopeKindLabels: Record<AuditScopeKind, string> = {
  directory: 'Directory',
  administrativeUnit: 'Administrative unit',
  application: 'Application',
};
