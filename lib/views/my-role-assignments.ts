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
 * the user's own assignments, groups and the role catalog in parallel, then the groups' assignments.
 */
export async function loadUserRoleAssignments(graph: GraphClient, userId: string): Promise<MyRoleAssignments> {
  const [roles, memberOf, direct] = await Promise.all([
    roleCatalog(graph),
    listUserMemberOf(graph, userId),
    listRoleAssignments(graph, { principalIds: [userId] }),
  ]);
  const groupIds = memberOf.filter((group) => group.isAssignableToRole === true).map((group) => group.id);
  const inherited = groupIds.length ? await listRoleAssignments(graph, { principalIds: groupIds }) : [];
  return {
    roles,
    rows: effectiveRoleAssignments({ userId, assignments: [...direct, ...inherited], memberOf, roles }),
  };
}
