import 'server-only';
import { requireGraph, requireSession, withSignInOnUnauthorized } from '@/lib/auth/session';
import type { AssignmentPath } from '@/lib/roles/inherited-roles';
import { nameDirectoryScopes } from './directory-scopes';
import { loadUserRoleAssignments } from './my-role-assignments';
import { roleAtScope, type RoleAtScope } from './role-at-scope';

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
