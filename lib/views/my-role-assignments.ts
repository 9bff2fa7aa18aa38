import {
  listRoleAssignments,
  listUserMemberOf,
  type GraphClient,
  type RoleAssignment,
  type RoleDefinition,
} from '@/lib/graph/server';
import { effectiveRoleAssignments, type EffectiveRoleAssignment } from '@/lib/roles/inherited-roles';
import { roleCatalog } from './role-catalog';

export type MyRoleAssignments = {
  rows: EffectiveRoleAssignment<RoleAssignment>[];
  roles: RoleDefinition[];
};

/**
 * A user's roles, direct and through role-assignable groups, in two sequential rounds of Graph requests:
 * the user's own assignments, groups and the role catalog in parallel, then the groups' assignments, alongside
 * whatever `withDirect` reads about the direct ones (so a caller's follow-up reads add no round of their own).
 */
export async function loadUserRoleAssignments<T = undefined>(
  graph: GraphClient,
  userId: string,
  withDirect?: (direct: RoleAssignment[], roles: RoleDefinition[]) => Promise<T>,
): Promise<MyRoleAssignments & { alongside: T | undefined }> {
  const [roles, memberOf, direct] = await Promise.all([
    roleCatalog(graph),
    listUserMemberOf(graph, userId),
    listRoleAssignments(graph, { principalIds: [userId], expandDirectoryScope: true }),
  ]);
  const groupIds = memberOf.filter((group) => group.isAssignableToRole === true).map((group) => group.id);
  const [inherited, alongside] = await Promise.all([
    groupIds.length ? listRoleAssignments(graph, { principalIds: groupIds, expandDirectoryScope: true }) : Promise.resolve([]),
    withDirect?.(direct, roles),
  ]);
  return {
    roles,
    rows: effectiveRoleAssignments({ userId, assignments: [...direct, ...inherited], memberOf, roles }),
    alongside,
  };
}
