import { z } from 'zod';
import {
  listRoleAssignments,
  type DirectoryObject,
  type GraphClient,
  type RoleAssignment,
} from '@/lib/graph/server';
import type { AssignmentPrincipalType, RoleAssignmentRow } from '@/lib/roles/assignment-filters';
import { nameDirectoryScopes } from './directory-scopes';

const principalTypes: Record<string, AssignmentPrincipalType> = {
  '#microsoft.graph.user': 'user',
  '#microsoft.graph.group': 'group',
  '#microsoft.graph.serviceprincipal': 'servicePrincipal',
};

export function principalTypeOf(principal: DirectoryObject | null | undefined): AssignmentPrincipalType {
  return principalTypes[principal?.['@odata.type']?.toLowerCase() ?? ''] ?? 'unknown';
}

const memberCountPageSchema = z.object({ '@odata.count': z.number().int() });

/**
 * Direct member counts of groups, in one round of `$batch` (20 per batch): `members?$count=true&$top=1` with
 * `ConsistencyLevel: eventual`, which Graph and the emulator both answer. A count that fails is null, not an error:
 * the blade still shows who holds the role.
 */
export async function countGroupMembers(graph: GraphClient, groupIds: readonly string[]): Promise<Map<string, number | null>> {
  const ids = [...new Set(groupIds)];
  const counts = new Map<string, number | null>();
  if (ids.length === 0) return counts;
  const results = await graph.batch(
    ids.map((id) => ({ method: 'GET' as const, url: `/groups/${id}/members?$count=true&$top=1&$select=id`, eventual: true })),
  );
  results.forEach((result, index) => {
    const parsed = result.ok ? memberCountPageSchema.safeParse(result.body) : undefined;
    counts.set(ids[index] as string, parsed?.success ? parsed.data['@odata.count'] : null);
  });
  return counts;
}

function toRow(assignment: RoleAssignment, memberCounts: Map<string, number | null>, scopes: Awaited<ReturnType<typeof nameDirectoryScopes>>): RoleAssignmentRow {
  const principal = assignment.principal;
  const principalType = principalTypeOf(principal);
  const scope = scopes.get(assignment.directoryScopeId);
  return {
    id: assignment.id,
    roleDefinitionId: assignment.roleDefinitionId,
    principalId: assignment.principalId,
    principalType,
    // A principal deleted since (Graph returns no principal) keeps its id, as Entra shows "Unknown".
    displayName: principal?.displayName ?? principal?.userPrincipalName ?? assignment.principalId,
    userPrincipalName: principalType === 'user' ? (principal?.userPrincipalName ?? null) : null,
    appId: principalType === 'servicePrincipal' ? (principal?.appId ?? null) : null,
    userType: principal?.userType ?? null,
    memberCount: principalType === 'group' ? (memberCounts.get(assignment.principalId) ?? null) : null,
    directoryScopeId: assignment.directoryScopeId,
    scopeKind: scope?.kind ?? 'unknown',
    scopeKindLabel: scope?.kindLabel ?? 'Other',
    scopeName: scope?.name ?? assignment.directoryScopeId,
  };
}

/**
 * Every assignment of a role (or, given `directoryScopeId`, those at one scope) with its principal (from the same
 * request, `$expand=principal`), its scope named, and groups' member counts: three rounds of Graph requests however
 * many assignments the role has.
 */
export async function loadRoleAssignmentRows(
  graph: GraphClient,
  roleId: string,
  options: { directoryScopeId?: string } = {},
): Promise<RoleAssignmentRow[]> {
  const assignments = await listRoleAssignments(graph, { roleDefinitionId: roleId, directoryScopeId: options.directoryScopeId, expandPrincipal: true });
  const groupIds = assignments.filter((a) => principalTypeOf(a.principal) === 'group').map((a) => a.principalId);
  const [memberCounts, scopes] = await Promise.all([
    countGroupMembers(graph, groupIds),
    nameDirectoryScopes(graph, assignments.map((a) => a.directoryScopeId)),
  ]);
  return assignments.map((assignment) => toRow(assignment, memberCounts, scopes));
}
