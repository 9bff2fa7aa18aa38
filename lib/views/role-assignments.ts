import {
  countGroupMembers,
  directoryObjectKind,
  listRoleAssignments,
  listRoleAssignmentsPage,
  type DirectoryObject,
  type GraphClient,
  type RoleAssignment,
  type RoleAssignmentsPage,
} from '@/lib/graph/server';
import { ASSIGNMENTS_PAGE_SIZE, type AssignmentPrincipalType, type RoleAssignmentRow } from '@/lib/roles/assignment-filters';
import { nameDirectoryScopes } from './directory-scopes';

/** The principal's kind as the role blade filters it; a device or a principal Graph didn't return is 'unknown'. */
export function principalTypeOf(principal: DirectoryObject | null | undefined): AssignmentPrincipalType {
  const kind = directoryObjectKind(principal);
  return kind === undefined || kind === 'device' ? 'unknown' : kind;
}

// Kept here too while callers move to lib/graph: the blades import it from this module.
export { countGroupMembers };

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

export type RoleAssignmentPage = RoleAssignmentsPage;

/**
 * One Graph page (what one page of the grid shows) of a role's assignments with their principals, optionally
 * narrowed to one scope or to some principals (one `in` list), from `cursor` (a `$skiptoken`) on. One request.
 */
export async function readRoleAssignmentPage(
  graph: GraphClient,
  roleId: string,
  options: { cursor?: string | null; directoryScopeId?: string | null; principalIds?: readonly string[] } = {},
): Promise<RoleAssignmentPage> {
  return listRoleAssignmentsPage(graph, roleId, { ...options, top: ROLE_ASSIGNMENTS_GRAPH_PAGE });
}

