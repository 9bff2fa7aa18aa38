import 'server-only';
import { requireGraph, withSignInOnUnauthorized } from '@/lib/auth/session';
import { countRoleAssignmentsOfRoles, listRoleAssignments, type GraphClient, type RoleAssignment, type RoleDefinition } from '@/lib/graph/server';
import { sortAssignmentRows, type RoleAssignmentRow } from '@/lib/roles/assignment-filters';
import { isPrivilegedRole } from '@/lib/roles/privileged';
import { idKey } from '@/lib/roles/role-inputs';
import { holdersWithoutReadAccess, needsDirectoryRead, type ScopedHolder } from '@/lib/roles/scope-read-access';
import { rolesForScope } from '@/lib/roles/scopes';
import { toDirectoryScopeId, type ScopeKind } from '@/lib/roles/scope-kinds';
import { principalTypeOf, loadRoleAssignmentRows } from './role-assignments';
import { roleCatalog } from './role-catalog';

/** The object whose "Roles and administrators" blade this is: an administrative unit or an app registration. */
export type ScopedObject = {
  kind: Exclude<ScopeKind, 'directory'>;
  id: string;
  name: string;
  /** "/administrativeUnits/{id}" or "/{applicationObjectId}". */
  directoryScopeId: string;
  /** "/admin-units/{id}" or "/app-registrations/{id}". */
  basePath: string;
};

export function scopedObject(kind: ScopedObject['kind'], id: string, name: string): ScopedObject {
  return kind === 'administrativeUnit'
    ? { kind, id, name, directoryScopeId: toDirectoryScopeId({ kind, id }), basePath: `/admin-units/${id}` }
    : { kind, id, name, directoryScopeId: toDirectoryScopeId({ kind, id }), basePath: `/app-registrations/${id}` };
}

export type ScopedRoleRow = {
  id: string;
  displayName: string;
  description: string;
  isBuiltIn: boolean;
  privileged: boolean;
  /** Assignments scoped to this unit or app. */
  assignments: number;
  /** Assignments at tenant scope ("/"), which also reach an app; null on a unit's blade. */
  directoryAssignments: number | null;
};

/** A service principal or guest holding a role here who can't read the directory, and so can't use it. */
export type ReadAccessWarning = {
  principalId: string;
  displayName: string;
  principalType: 'user' | 'servicePrincipal';
  roleNames: string[];
};

/**
 * Warnings for a unit's holders: the service principals and guests among `holders` whose tenant-scope roles don't
 * read the directory. One Graph request (their assignments at "/"), none when no such holder exists.
 */
async function readAccessWarnings(graph: GraphClient, holders: ScopedHolder[], roles: RoleDefinition[]): Promise<ReadAccessWarning[]> {
  const candidates = holders.filter(needsDirectoryRead);
  if (candidates.length === 0) return [];
  const tenantAssignments = await listRoleAssignments(graph, {
    principalIds: candidates.map((holder) => holder.principalId),
    directoryScopeId: '/',
  });
  const names = new Map(roles.map((role) => [idKey(role.id), role.displayName]));
  return holdersWithoutReadAccess({ scopedHolders: candidates, tenantAssignments, roles }).map((holder) => ({
    principalId: holder.principalId,
    displayName: holder.displayName,
    principalType: holder.principalType === 'servicePrincipal' ? 'servicePrincipal' : 'user',
    roleNames: holder.roleDefinitionIds.map((id) => names.get(idKey(id)) ?? id),
  }));
}

function holderOf(assignment: RoleAssignment): ScopedHolder {
  const principal = assignment.principal;
  return {
    principalId: assignment.principalId,
    principalType: principalTypeOf(principal),
    userType: principal?.userType ?? null,
    displayName: principal?.displayName ?? principal?.userPrincipalName ?? assignment.principalId,
    roleDefinitionId: assignment.roleDefinitionId,
  };
}

function countByRole(assignments: readonly RoleAssignment[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const a of assignments) counts.set(idKey(a.roleDefinitionId), (counts.get(idKey(a.roleDefinitionId)) ?? 0) + 1);
  return counts;
}

/**
 * A unit's or an app's "Roles and administrators": only the roles assignable at its scope, each with its count of
 * assignments here. Two rounds of Graph requests: the role catalog (shared with the shell) and ONE roleAssignments
 * request filtered by the scope (counted in memory); then, for an app, the listed roles' assignments at "/" (what
 * reaches it from the tenant, one request per 15 roles), and for a unit the read-access check of its service
 * principals and guests.
 */
export async function loadScopedRoleList(scope: ScopedObject): Promise<{ rows: ScopedRoleRow[]; warnings: ReadAccessWarning[] }> {
  const graph = await requireGraph();
  return withSignInOnUnauthorized(async () => {
    const [roles, here] = await Promise.all([
      roleCatalog(graph),
      listRoleAssignments(graph, { directoryScopeId: scope.directoryScopeId, expandPrincipal: scope.kind === 'administrativeUnit' }),
    ]);
    const listed = rolesForScope(roles, scope.kind);
    const counts = countByRole(here);
    // What reaches an app from the tenant: the listed roles' assignments at "/", counted by role, not every one.
    const [tenantCounts, warnings] = await Promise.all([
      scope.kind === 'application' ? countRoleAssignmentsOfRoles(graph, listed.map((role) => role.id), { directoryScopeId: '/' }) : null,
      scope.kind === 'administrativeUnit' ? readAccessWarnings(graph, here.map(holderOf), roles) : [],
    ]);
    const rows = listed.map((role) => ({
      id: role.id,
      displayName: role.displayName,
      description: role.description ?? '',
      isBuiltIn: role.isBuiltIn,
      privileged: isPrivilegedRole(role),
      assignments: counts.get(idKey(role.id)) ?? 0,
      directoryAssignments: tenantCounts ? (tenantCounts.get(idKey(role.id)) ?? 0) : null,
    }));
    return { rows, warnings };
  });
}

export type ScopedRoleAssignments = {
  /** Whether the role may be assigned at this scope at all (Add is offered only then). */
  supported: boolean;
  /** Assignments scoped to this unit or app: the ones this blade adds and removes. */
  rows: RoleAssignmentRow[];
  /** On an app's blade, the role's tenant-scope assignments, which also apply to the app. */
  directoryRows: RoleAssignmentRow[];
  warnings: ReadAccessWarning[];
};

/**
 * One role at a unit's or an app's scope, read with the ids alone (so alongside the role and the scope object, not
 * after them). A unit: ONE roleAssignments request filtered by role and scope. An app: ONE request for the role's
 * assignments, split in memory into this app's and the tenant's. Plus the round of group member counts and scope
 * names every assignments list makes, and a unit's read-access check.
 */
export async function loadScopedRoleAssignments(roleId: string, scope: Pick<ScopedObject, 'kind' | 'directoryScopeId'>): Promise<Omit<ScopedRoleAssignments, 'supported'>> {
  const graph = await requireGraph();
  return withSignInOnUnauthorized(async () => {
    if (scope.kind === 'administrativeUnit') {
      const [rows, roles] = await Promise.all([
        loadRoleAssignmentRows(graph, roleId, { directoryScopeId: scope.directoryScopeId }),
        roleCatalog(graph),
      ]);
      const holders: ScopedHolder[] = rows.map((row) => ({ ...row, roleDefinitionId: roleId }));
      return { rows: sortAssignmentRows(rows), directoryRows: [], warnings: await readAccessWarnings(graph, holders, roles) };
    }
    const all = sortAssignmentRows(await loadRoleAssignmentRows(graph, roleId));
    return {
      rows: all.filter((row) => row.directoryScopeId.toLowerCase() === scope.directoryScopeId.toLowerCase()),
      directoryRows: all.filter((row) => row.directoryScopeId === '/'),
      warnings: [],
    };
  });
}
