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
  return `This is the last ${name} assignment at directory scope: it goes only with a second confirmation.`;
}

/** The other role that can manage role assignments: Global Administrator for PRA, PRA for Global Administrator. */
export function otherManagingRole(roleTemplateId: string): string | null {
  const key = idKey(roleTemplateId);
  if (key === GLOBAL_ADMINISTRATOR) return PRIVILEGED_ROLE_ADMINISTRATOR;
  if (key === PRIVILEGED_ROLE_ADMINISTRATOR) return GLOBAL_ADMINISTRATOR;
  return null;
}

const assignmentsText = (count: number) => `${count.toLocaleString('en-US')} ${count === 1 ? 'assignment' : 'assignments'}`;
const remainVerb = (count: number) => (count === 1 ? 'remains' : 'remain');

/**
 * What removing the last tenant-scope holder of Global Administrator or Privileged Role Administrator really leaves:
 * the other role that can manage role assignments may still be held (say so, and how often), or not (then no one
 * can manage role assignments, the one case worth the strong words). `othersRemaining` is the other role's
 * tenant-scope assignments that stay; null when unknown, and then only the certain part is said.
 */
export function lastHolderConsequence(roleTemplateId: string, othersRemaining: number | null): { message: string; confirmation: string } {
  const name = PROTECTED_ROLES.get(idKey(roleTemplateId)) ?? 'this role';
  const other = otherManagingRole(roleTemplateId);
  const otherName = other ? (PROTECTED_ROLES.get(other) ?? '') : '';
  const gone = `After this, no one holds ${name} at directory scope.`;
  const plain = `I understand that no one will hold ${name} at directory scope.`;
  if (othersRemaining === null || !other) return { message: gone, confirmation: plain };
  if (othersRemaining === 0) {
    return {
      message: `${gone} No one holds ${otherName} there either, so no one will be able to manage role assignments in this tenant.`,
      confirmation: `I understand that after this, no one will hold ${name} at directory scope, and no one will be able to manage role assignments.`,
    };
  }
  const remain = `${assignmentsText(othersRemaining)} of ${otherName} at directory scope ${remainVerb(othersRemaining)}`;
  const reach = other === GLOBAL_ADMINISTRATOR
    ? 'and Global Administrators can still manage role assignments.'
    : 'and they can still manage role assignments, though not everything else a Global Administrator can.';
  return { message: `${gone} ${remain}, ${reach}`, confirmation: plain };
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
