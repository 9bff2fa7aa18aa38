import { idKey, type RoleAssignmentInput, type RoleDefinitionInput } from './role-inputs';
import { parseDirectoryScopeId, type ScopeKind } from './scope-kinds';

/** Assignments of one role: every assignment in total, and those whose scope parses, by scope kind. */
export type AssignmentCounts = { total: number } & Record<ScopeKind, number>;

export function emptyAssignmentCounts(): AssignmentCounts {
  return { total: 0, directory: 0, administrativeUnit: 0, application: 0 };
}

/**
 * Counts assignments per role, keyed by the role definition's id (lower-cased), with an entry for every role.
 * An assignment's roleDefinitionId may be the definition id or the template id (Graph accepts both), so
 * both resolve to the same role; an assignment of a role not in the list is counted under its own id.
 */
export function countAssignmentsByRole(
  assignments: readonly RoleAssignmentInput[],
  roles: readonly Pick<RoleDefinitionInput, 'id' | 'templateId'>[],
): Map<string, AssignmentCounts> {
  const counts = new Map<string, AssignmentCounts>();
  const roleKeyById = new Map<string, string>();
  for (const role of roles) {
    const key = idKey(role.id);
    counts.set(key, emptyAssignmentCounts());
    roleKeyById.set(key, key);
    if (role.templateId) roleKeyById.set(idKey(role.templateId), key);
  }
  for (const assignment of assignments) {
    const key = roleKeyById.get(idKey(assignment.roleDefinitionId)) ?? idKey(assignment.roleDefinitionId);
    const entry = counts.get(key) ?? emptyAssignmentCounts();
    counts.set(key, entry);
    entry.total += 1;
    const scope = parseDirectoryScopeId(assignment.directoryScopeId);
    if (scope) entry[scope.kind] += 1;
  }
  return counts;
}

/**
 * Eligible holders per role (PIM's eligibility schedules), keyed like countAssignmentsByRole; only roles that have
 * any. All roles shows them apart from the active count ("3 active · 2 eligible").
 */
export function countEligibleByRole(
  eligibilities: ReadonlyArray<{ id: string; roleDefinitionId: string; principalId: string; directoryScopeId?: string | null }>,
  roles: readonly Pick<RoleDefinitionInput, 'id' | 'templateId'>[],
): Record<string, number> {
  const counts = countAssignmentsByRole(eligibilities.map((item) => ({ ...item, directoryScopeId: item.directoryScopeId ?? '/' })), roles);
  return Object.fromEntries([...counts].filter(([, entry]) => entry.total > 0).map(([key, entry]) => [key, entry.total]));
}
