import { z } from 'zod';
import {
  and,
  assertDirectoryScopeId,
  assertGuid,
  eq,
  inList,
  listRoleAssignments,
  roleAssignmentSchema,
  type DirectoryObject,
  type GraphClient,
  type RoleAssignment,
} from '@/lib/graph/server';
import { ROLE_ASSIGNMENTS_PATH } from '@/lib/graph/request-plans';
import { ASSIGNMENTS_PAGE_SIZE, type AssignmentPrincipalType, type RoleAssignmentRow } from '@/lib/roles/assignment-filters';
import { readDirectoryPage } from './directory-page';
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

/** Rows for assignments read with their principals: groups' member counts and scope names in one parallel round. */
export async function toRoleAssignmentRows(graph: GraphClient, assignments: readonly RoleAssignment[]): Promise<RoleAssignmentRow[]> {
  const groupIds = assignments.filter((a) => principalTypeOf(a.principal) === 'group').map((a) => a.principalId);
  const [memberCounts, scopes] = await Promise.all([
    countGroupMembers(graph, groupIds),
    nameDirectoryScopes(graph, assignments),
  ]);
  return assignments.map((assignment) => toRow(assignment, memberCounts, scopes));
}

/**
 * Every assignment of a role (or, given `directoryScopeId`, those at one scope) with its principal (from the same
 * request, `$expand=principal`), its scope named, and groups' member counts.
 */
export async function loadRoleAssignmentRows(
  graph: GraphClient,
  roleId: string,
  options: { directoryScopeId?: string } = {},
): Promise<RoleAssignmentRow[]> {
  const assignments = await listRoleAssignments(graph, {
    roleDefinitionId: roleId,
    directoryScopeId: options.directoryScopeId,
    expandPrincipal: true,
    expandDirectoryScope: true,
  });
  return toRoleAssignmentRows(graph, assignments);
}

/** Assignments the role blade reads per Graph page: what one page of its grid shows. */
export const ROLE_ASSIGNMENTS_GRAPH_PAGE = ASSIGNMENTS_PAGE_SIZE;

export type RoleAssignmentPage = {
  assignments: RoleAssignment[];
  /** Graph's count of every assignment matching the filter. */
  total: number;
  /** The `$skiptoken` of the next page, or null on the last one. */
  nextCursor: string | null;
};

/**
 * One Graph page of a role's assignments with their principals, optionally narrowed to one scope or to some
 * principals (at most 15: one `in` list), from `cursor` (a `$skiptoken`) on. One request.
 */
export async function readRoleAssignmentPage(
  graph: GraphClient,
  roleId: string,
  options: { cursor?: string | null; directoryScopeId?: string | null; principalIds?: readonly string[] } = {},
): Promise<RoleAssignmentPage> {
  const principalIds = options.principalIds?.map((id) => assertGuid(id, 'principal'));
  const filter = and(
    eq('roleDefinitionId', assertGuid(roleId, 'role definition')),
    options.directoryScopeId ? eq('directoryScopeId', assertDirectoryScopeId(options.directoryScopeId)) : undefined,
    principalIds === undefined ? undefined : inList('principalId', principalIds.slice(0, 15)),
  );
  const page = await readDirectoryPage(
    graph,
    ROLE_ASSIGNMENTS_PATH,
    { $filter: filter, $expand: 'principal,directoryScope', $top: ROLE_ASSIGNMENTS_GRAPH_PAGE, $count: true },
    roleAssignmentSchema,
    options.cursor ?? null,
  );
  return { assignments: page.items, total: page.count ?? page.items.length, nextCursor: page.nextCursor };
}

