import 'server-only';
import { requireGraph, requireSession, withSignInOnUnauthorized } from '@/lib/auth/session';
import {
  listUserMemberOf,
  listMyRoleAssignmentScheduleInstances,
  listMyRoleEligibilitySchedules,
  listMyRoleScheduleRequests,
  type RoleAssignmentScheduleInstance,
  type RoleEligibilitySchedule,
  type RoleScheduleRequest,
} from '@/lib/graph/server';
import type { AssignmentPath } from '@/lib/roles/inherited-roles';
import { nameDirectoryScopes } from './directory-scopes';
import { loadUserRoleAssignments } from './my-role-assignments';
import { roleAtScope, type RoleAtScope } from './role-at-scope';
import { roleCatalog } from './role-catalog';

export type MyRoleRow = RoleAtScope & { via: AssignmentPath };

/** The signed-in admin's own role assignments, direct and through groups, with named scopes. */
export async function loadMyRoles(): Promise<MyRoleRow[]> {
  const session = await requireSession();
  const graph = await requireGraph();
  return withSignInOnUnauthorized(async () => {
    const { rows } = await loadUserRoleAssignments(graph, session.claims.oid);
    const scopes = await nameDirectoryScopes(graph, rows.map((row) => row.assignment));
    return rows.map(({ assignment, role, via }) => ({ ...roleAtScope(assignment, role, scopes.get(assignment.directoryScopeId)), via }));
  });
}

/** The signed-in admin's PIM lists for My roles: eligible (own and via groups), active now, and own requests. */
export type MyPimRoles = {
  eligible: Array<RoleEligibilitySchedule & { roleName: string; viaGroup: string | null }>;
  active: Array<RoleAssignmentScheduleInstance & { roleName: string }>;
  requests: Array<RoleScheduleRequest & { roleName: string }>;
};

/** One round of reads in parallel (PIM's filterByCurrentUser lists, the caller's groups, the roles): no request per row. */
export async function loadMyPimRoles(): Promise<MyPimRoles> {
  const session = await requireSession();
  const graph = await requireGraph();
  return withSignInOnUnauthorized(async () => {
    const userId = session.claims.oid;
    // The caller's groups come with their names, in the same round: a group-held eligibility is named from them.
    const [roles, memberOf, eligible, active, requests] = await Promise.all([
      roleCatalog(graph),
      listUserMemberOf(graph, userId),
      listMyRoleEligibilitySchedules(graph),
      listMyRoleAssignmentScheduleInstances(graph),
      listMyRoleScheduleRequests(graph, 'assignment'),
    ]);
    const roleName = (id: string) => roles.find((role) => role.id === id)?.displayName ?? id;
    const groupNames = new Map(memberOf.map((group) => [group.id.toLowerCase(), group.displayName ?? group.id]));
    return {
      eligible: eligible.map((item) => ({
        ...item,
        roleName: roleName(item.roleDefinitionId),
        viaGroup: item.principalId === userId ? null : (groupNames.get(item.principalId.toLowerCase()) ?? item.principalId),
      })),
      active: active.map((item) => ({ ...item, roleName: roleName(item.roleDefinitionId) })),
      requests: requests.map((item) => ({ ...item, roleName: roleName(item.roleDefinitionId) })),
    };
  });
}
