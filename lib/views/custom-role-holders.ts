import 'server-only';
import { listRoleAssignments, listRoleEligibilitySchedules, type GraphClient } from '@/lib/graph/server';
import { nameDirectoryScopes } from './directory-scopes';

/** Who holds a role, as Delete's confirmation names them: Graph refuses to delete a role that is still held. */
export type RoleHolder = { principalName: string; scopeName: string; how: 'active' | 'eligible' };

/**
 * Every active assignment and PIM eligibility of a role, each with its principal and scope named (two parallel
 * reads with `$expand`, then one round to name the scopes Graph did not expand). An active PIM assignment is a
 * roleAssignment too, so it is not read twice.
 */
export async function loadRoleHolders(graph: GraphClient, roleId: string): Promise<RoleHolder[]> {
  const [assignments, eligibilities] = await Promise.all([
    listRoleAssignments(graph, { roleDefinitionId: roleId, expandPrincipal: true, expandDirectoryScope: true }),
    listRoleEligibilitySchedules(graph, { roleDefinitionId: roleId, expandPrincipal: true, expandDirectoryScope: true }),
  ]);
  const scopes = await nameDirectoryScopes(graph, [
    ...assignments.map((item) => ({ directoryScopeId: item.directoryScopeId, directoryScope: item.directoryScope })),
    ...eligibilities.map((item) => ({ directoryScopeId: item.directoryScopeId ?? '/', directoryScope: item.directoryScope })),
  ]);
  const holder = (item: { principalId: string; principal?: { displayName?: string | null } | null; directoryScopeId?: string | null }, how: RoleHolder['how']): RoleHolder => ({
    principalName: item.principal?.displayName ?? item.principalId,
    scopeName: scopes.get(item.directoryScopeId ?? '/')?.name ?? item.directoryScopeId ?? '/',
    how,
  });
  return [...assignments.map((item) => holder(item, 'active')), ...eligibilities.map((item) => holder(item, 'eligible'))];
}
