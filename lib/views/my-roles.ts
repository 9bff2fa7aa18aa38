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
import { readRoleSettings } from './role-settings';
import type { ActivationSettings } from '@/components/my-roles/activation-rules';
import type { MyRolesData } from '@/components/my-roles/my-pim-rows';

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

/**
 * Everything My roles shows, as plain data: the roles in effect (loadMyRoles) beside PIM's lists (loadMyPimRoles),
 * then, for the eligible roles, their scope names and activation settings. Two rounds, the same as loadMyRoles
 * alone, which runs in parallel. A caller Graph doesn't let read a role's settings gets `ok: false` for it.
 */
export async function loadMyRolesPage(): Promise<MyRolesData & { settings: Record<string, ActivationSettings> }> {
  const session = await requireSession();
  const graph = await requireGraph();
  const [held, pim] = await Promise.all([loadMyRoles(), loadMyPimRoles()]);
  return withSignInOnUnauthorized(async () => {
    const roleIds = [...new Set(pim.eligible.map((item) => item.roleDefinitionId))];
    const scopeIds = [...pim.eligible, ...pim.active, ...pim.requests].map((item) => item.directoryScopeId ?? '/');
    const [scopes, reads] = await Promise.all([
      nameDirectoryScopes(graph, scopeIds),
      Promise.all(roleIds.map((id) => readRoleSettings(graph, id))),
    ]);
    const settings = Object.fromEntries(
      roleIds.map((id, index) => {
        const read = reads[index];
        const plain: ActivationSettings = read?.ok ? { ok: true, settings: read.settings } : { ok: false, denied: read?.denied ?? false, message: read?.message ?? '' };
        return [id, plain];
      }),
    );
    const scopeNames = Object.fromEntries([...scopes.values()].map((scope) => [scope.directoryScopeId, scope.kind === 'directory' ? 'Directory' : `${scope.name} (${scope.kindLabel})`]));
    return { userId: session.claims.oid, held, ...pim, scopeNames, settings };
  });
}
