import type { AssignmentPrincipalType } from './assignment-filters';
import { idKey, roleTemplateId, type RoleAssignmentInput, type RoleRuleInput } from './role-inputs';
import { DIRECTORY_READERS } from './well-known-roles';

// Service principals and guests can't read the directory by default, so a role scoped to an administrative unit
// gives them nothing they can use until they also hold Directory Readers (or another role that reads users) at
// tenant scope (Microsoft Learn, admin-units-assign-roles.md: "… also need the Directory Readers role").

/** Actions that let a holder read the directory's users: Directory Readers, Global Reader, Global Administrator… */
const readActions = new Set([
  'microsoft.directory/users/standard/read',
  'microsoft.directory/users/allProperties/read',
  'microsoft.directory/users/allProperties/allTasks',
]);

/** Whether a role, held at tenant scope, lets its holder read the directory. */
export function grantsDirectoryRead(role: RoleRuleInput): boolean {
  if (roleTemplateId(role) === DIRECTORY_READERS) return true;
  return role.rolePermissions.some((permission) => permission.allowedResourceActions.some((action) => readActions.has(action)));
}

/** Whether a principal kind needs Directory Readers to use a role scoped to an administrative unit. */
export function needsDirectoryRead(holder: { principalType: AssignmentPrincipalType; userType: string | null }): boolean {
  return holder.principalType === 'servicePrincipal' || (holder.principalType === 'user' && holder.userType === 'Guest');
}

export type ScopedHolder = {
  principalId: string;
  principalType: AssignmentPrincipalType;
  userType: string | null;
  displayName: string;
  roleDefinitionId: string;
};

export type HolderWithoutReadAccess = {
  principalId: string;
  principalType: AssignmentPrincipalType;
  displayName: string;
  /** The roles held at this scope, by id, that the holder can't use yet. */
  roleDefinitionIds: string[];
};

/**
 * The service principals and guests holding a role at the scope who hold no directory-reading role at tenant scope
 * ("/"), in the order they first appear. `tenantAssignments` are those principals' assignments at "/"; a role
 * missing from `roles` (deleted since) grants nothing.
 */
export function holdersWithoutReadAccess(input: {
  scopedHolders: readonly ScopedHolder[];
  tenantAssignments: readonly RoleAssignmentInput[];
  roles: readonly RoleRuleInput[];
}): HolderWithoutReadAccess[] {
  const readRoleIds = new Set(input.roles.filter(grantsDirectoryRead).map((role) => idKey(role.id)));
  const canRead = new Set(
    input.tenantAssignments
      .filter((assignment) => assignment.directoryScopeId === '/' && readRoleIds.has(idKey(assignment.roleDefinitionId)))
      .map((assignment) => idKey(assignment.principalId)),
  );
  const missing = new Map<string, HolderWithoutReadAccess>();
  for (const holder of input.scopedHolders) {
    const key = idKey(holder.principalId);
    if (!needsDirectoryRead(holder) || canRead.has(key)) continue;
    const entry = missing.get(key) ?? { principalId: holder.principalId, principalType: holder.principalType, displayName: holder.displayName, roleDefinitionIds: [] };
    if (!entry.roleDefinitionIds.includes(holder.roleDefinitionId)) entry.roleDefinitionIds.push(holder.roleDefinitionId);
    missing.set(key, entry);
  }
  return [...missing.values()];
}
