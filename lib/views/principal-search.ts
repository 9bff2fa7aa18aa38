import 'server-only';
import { listRoleAssignments, searchPrincipals, type GraphClient, type Principal, type PrincipalKind } from '@/lib/graph/server';

/** A picker's search result; `holds` is set when the search asked about a role at a scope. */
export type PrincipalCandidate = Principal & { holds?: boolean };

export type PrincipalSearchOptions = {
  types: readonly PrincipalKind[];
  top: number;
  /** Mark the results that already hold this role at this scope (Add would refuse them). */
  holding?: { roleId: string; directoryScopeId: string };
};

/**
 * The principal picker's type-ahead: one `$batch` of searches, then, when asked about a role, ONE roleAssignments
 * request for the found principals at that role and scope, so a role with thousands of holders costs the same.
 */
export async function searchPrincipalCandidates(
  graph: GraphClient,
  query: string,
  options: PrincipalSearchOptions,
): Promise<{ principals: PrincipalCandidate[]; hasMore: boolean }> {
  const found = await searchPrincipals(graph, query, { types: options.types, top: options.top });
  const holding = options.holding;
  if (!holding || found.principals.length === 0) return found;
  const held = await listRoleAssignments(graph, {
    roleDefinitionId: holding.roleId,
    directoryScopeId: holding.directoryScopeId,
    principalIds: found.principals.map((principal) => principal.id),
    select: 'id,principalId,roleDefinitionId,directoryScopeId',
  });
  const holders = new Set(held.map((assignment) => assignment.principalId.toLowerCase()));
  return { ...found, principals: found.principals.map((principal) => ({ ...principal, holds: holders.has(principal.id.toLowerCase()) })) };
}
