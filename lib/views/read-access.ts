import 'server-only';
import { listRoleAssignments, listUsersByIds, type GraphClient } from '@/lib/graph/server';
import { holdersWithoutReadAccess, needsDirectoryRead, type ScopedHolder } from '@/lib/roles/scope-read-access';
import { roleCatalog } from './role-catalog';

/**
 * Before Add at an administrative unit: which of these users and service principals could not use a role there,
 * because they are service principals or guests without a directory-reading role at "/". One parallel round (the
 * users' userType, every candidate's assignments at "/", the role catalog); members are never guests here.
 */
export async function principalsWithoutReadAccess(
  graph: GraphClient,
  candidates: { userIds: readonly string[]; servicePrincipalIds: readonly string[] },
): Promise<string[]> {
  const ids = [...candidates.userIds, ...candidates.servicePrincipalIds];
  if (ids.length === 0) return [];
  const [users, tenantAssignments, roles] = await Promise.all([
    listUsersByIds(graph, candidates.userIds),
    listRoleAssignments(graph, { principalIds: ids, directoryScopeId: '/' }),
    roleCatalog(graph),
  ]);
  const holders: ScopedHolder[] = [
    ...users.map((user) => ({ principalId: user.id, principalType: 'user' as const, userType: user.userType ?? null, displayName: user.displayName ?? user.userPrincipalName, roleDefinitionId: '' })),
    ...candidates.servicePrincipalIds.map((id) => ({ principalId: id, principalType: 'servicePrincipal' as const, userType: null, displayName: id, roleDefinitionId: '' })),
  ].filter(needsDirectoryRead);
  return holdersWithoutReadAccess({ scopedHolders: holders, tenantAssignments, roles }).map((holder) => holder.principalId);
}
