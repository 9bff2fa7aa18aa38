import {
  idKey,
  type GroupInput,
  type RoleAssignmentInput,
  type RoleDefinitionInput,
} from './role-inputs';
import { parseDirectoryScopeId, SCOPE_KINDS } from './scope-kinds';

/** How a user holds a role: assigned to them, or to a role-assignable group they are a member of. */
export type AssignmentPath = { kind: 'direct' } | { kind: 'group'; groupId: string; groupDisplayName: string };

export type EffectiveRoleAssignment<A extends RoleAssignmentInput = RoleAssignmentInput> = {
  assignment: A;
  via: AssignmentPath;
  /** The assigned role, or null when it is not among the roles passed in. */
  role: RoleDefinitionInput | null;
};

const byName = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

function scopeRank(directoryScopeId: string): number {
  const kind = parseDirectoryScopeId(directoryScopeId)?.kind;
  return kind ? SCOPE_KINDS.indexOf(kind) : SCOPE_KINDS.length;
}

/**
 * A user's effective roles: their direct assignments plus those of the role-assignable groups they are a
 * direct member of. Role-assignable groups cannot be nested, so one level is the whole answer (Graph v1.0 has
 * no transitiveRoleAssignments). Sorted by role name, then scope (directory, unit, app), then path.
 */
export function effectiveRoleAssignments<A extends RoleAssignmentInput>(input: {
  userId: string;
  /** Any assignments, e.g. filtered by principalId in (user, ...groups); others are ignored. */
  assignments: readonly A[];
  /** The groups the user is a direct member of; only role-assignable ones can pass a role on. */
  memberOf: readonly GroupInput[];
  roles: readonly RoleDefinitionInput[];
}): EffectiveRoleAssignment<A>[] {
  const user = idKey(input.userId);
  const groups = new Map(
    input.memberOf.filter((group) => group.isAssignableToRole === true).map((group) => [idKey(group.id), group]),
  );
  const roles = new Map<string, RoleDefinitionInput>();
  for (const role of input.roles) {
    roles.set(idKey(role.id), role);
    if (role.templateId) roles.set(idKey(role.templateId), role);
  }

  const rows: EffectiveRoleAssignment<A>[] = [];
  for (const assignment of input.assignments) {
    const principal = idKey(assignment.principalId);
    const role = roles.get(idKey(assignment.roleDefinitionId)) ?? null;
    const group = groups.get(principal);
    if (principal === user) rows.push({ assignment, via: { kind: 'direct' }, role });
    else if (group) {
      rows.push({ assignment, via: { kind: 'group', groupId: group.id, groupDisplayName: group.displayName }, role });
    }
  }

  const name = (row: EffectiveRoleAssignment<A>) => row.role?.displayName ?? row.assignment.roleDefinitionId;
  const path = (row: EffectiveRoleAssignment<A>) => (row.via.kind === 'direct' ? '' : row.via.groupDisplayName);
  return rows.sort(
    (a, b) =>
      byName.compare(name(a), name(b)) ||
      scopeRank(a.assignment.directoryScopeId) - scopeRank(b.assignment.directoryScopeId) ||
      a.assignment.directoryScopeId.localeCompare(b.assignment.directoryScopeId) ||
      byName.compare(path(a), path(b)),
  );
}
