import { idKey, type RoleAssignmentInput } from './role-inputs';
import { GLOBAL_ADMINISTRATOR, PRIVILEGED_ROLE_ADMINISTRATOR } from './well-known-roles';

// Guard rails checked before a removal reaches Graph, so the admin gets a plain sentence instead of a 400,
// and the portal never leaves a tenant without anyone able to manage roles.

const sameId = (a: string, b: string) => idKey(a) === idKey(b);

export const MANAGE_ROLE_ASSIGNMENTS_DENIED =
  'You need the Privileged Role Administrator or Global Administrator role to change role assignments.';
export const SELF_GLOBAL_ADMINISTRATOR_REMOVAL_REFUSED =
  'You can\u2019t remove your own Global Administrator assignment. Ask another Global Administrator to remove it.';

/** Graph refuses this with 400 "Removing self from Global Administrator built-in role is not allowed". */
export function isSelfGlobalAdministratorRemoval(
  assignment: Pick<RoleAssignmentInput, 'roleDefinitionId' | 'principalId'>,
  signedInUserId: string,
): boolean {
  return sameId(assignment.roleDefinitionId, GLOBAL_ADMINISTRATOR) && sameId(assignment.principalId, signedInUserId);
}

const PROTECTED_ROLES = new Map([
  [GLOBAL_ADMINISTRATOR, 'Global Administrator'],
  [PRIVILEGED_ROLE_ADMINISTRATOR, 'Privileged Role Administrator'],
]);

/**
 * Whether removing these assignments would leave Global Administrator or Privileged Role Administrator with no
 * assignment at tenant scope. Counts assignments, not people: a group holding the role counts as a holder.
 * Always false for other roles, and when no tenant-scope assignment is being removed.
 */
export function wouldRemoveLastHolder(
  roleTemplateId: string,
  assignmentsOfRole: readonly Pick<RoleAssignmentInput, 'id' | 'roleDefinitionId' | 'directoryScopeId'>[],
  toRemoveIds: Iterable<string>,
): boolean {
  if (!PROTECTED_ROLES.has(idKey(roleTemplateId))) return false;
  const removing = new Set(toRemoveIds);
  const atTenant = assignmentsOfRole.filter((a) => a.directoryScopeId === '/' && sameId(a.roleDefinitionId, roleTemplateId));
  const left = atTenant.filter((a) => !removing.has(a.id)).length;
  return left === 0 && atTenant.length > 0;
}

/** The sentence to show when a removal would leave a protected role without a tenant-scope assignment. */
export function lastHolderMessage(roleTemplateId: string): string {
  const name = PROTECTED_ROLES.get(idKey(roleTemplateId)) ?? 'this role';
  return `At least one ${name} assignment at directory scope must remain.`;
}

/**
 * Why a removal must be refused, or null when it may go ahead: the caller's own Global Administrator
 * assignment, or the last tenant-scope holder of Global Administrator or Privileged Role Administrator.
 */
export function removalRefusal(input: {
  roleTemplateId: string;
  assignmentsOfRole: readonly RoleAssignmentInput[];
  toRemoveIds: readonly string[];
  signedInUserId: string;
}): string | null {
  const removing = new Set(input.toRemoveIds);
  const removed = input.assignmentsOfRole.filter((a) => removing.has(a.id));
  if (removed.some((a) => isSelfGlobalAdministratorRemoval(a, input.signedInUserId))) {
    return SELF_GLOBAL_ADMINISTRATOR_REMOVAL_REFUSED;
  }
  if (wouldRemoveLastHolder(input.roleTemplateId, input.assignmentsOfRole, removing)) {
    return lastHolderMessage(input.roleTemplateId);
  }
  return null;
}

/** Whether the signed-in admin may add or remove role assignments, from the template ids they hold at "/". */
export function canManageRoleAssignments(roleTemplateIdsAtTenantScope: Iterable<string>): boolean {
  for (const id of roleTemplateIdsAtTenantScope) {
    if (sameId(id, PRIVILEGED_ROLE_ADMINISTRATOR) || sameId(id, GLOBAL_ADMINISTRATOR)) return true;
  }
  return false;
}
