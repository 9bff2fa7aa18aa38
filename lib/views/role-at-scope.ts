import type { RoleAssignment } from '@/lib/graph/schemas';
import { isPrivilegedRole } from '@/lib/roles/privileged';
import type { RoleDefinitionInput } from '@/lib/roles/role-inputs';
import type { NamedScope } from './directory-scopes';

/** One role assignment as the lists of held roles show it (My roles, a user's and a group's Assigned roles). */
export type RoleAtScope = {
  assignmentId: string;
  roleId: string;
  roleName: string;
  privileged: boolean;
  /** "Directory", "Administrative unit" or "Application". */
  scopeKindLabel: string;
  scopeName: string;
};

/** The row of an assignment; a role or scope that couldn't be named (deleted since) shows its id. */
export function roleAtScope(assignment: RoleAssignment, role: RoleDefinitionInput | null | undefined, scope: NamedScope | undefined): RoleAtScope {
  return {
    assignmentId: assignment.id,
    roleId: role?.id ?? assignment.roleDefinitionId,
    roleName: role?.displayName ?? assignment.roleDefinitionId,
    privileged: role ? isPrivilegedRole(role) : false,
    scopeKindLabel: scope?.kindLabel ?? 'Other',
    scopeName: scope?.name ?? assignment.directoryScopeId,
  };
}
